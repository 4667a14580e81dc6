package evo;

/** An order was placed (version 1). */
public record OrderPlaced(String id, int quantity, Size size, String legacyNote) {
  /** How big. */
  public enum Size {
    SMALL,
    LARGE
  }
}
