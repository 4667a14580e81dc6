package io.tidings.it.model;

/** A customer tier: enums travel by name. */
public enum Tier {
  /** The default. */
  STANDARD,
  /** Pays more. */
  GOLD,
  /** Pays most. */
  PLATINUM
}
