package example;

/** An enum that will be removed. */
@Deprecated(forRemoval = true)
public enum Doomed {
  SOON
}
