package evo;

import java.util.Optional;

/** An order was placed (version 2: a coupon, a wider quantity, no legacy note). */
public record OrderPlaced(String id, long quantity, Size size, Optional<String> coupon) {
  /** How big. */
  public enum Size {
    SMALL,
    LARGE
  }
}
