package test.support;

/** An enum header type. */
public enum Status {
  OPEN,
  CLOSED
}
