package io.tidings.it.model;

import java.util.Objects;

/** A JavaBean-style payload: a public no-argument constructor with getters and setters. */
public class Customer {
  private String name;
  private Tier tier;
  private boolean active;
  private long visits;

  /** An empty customer, filled by setters. */
  public Customer() {}

  /** Creates a customer with every property set. */
  public Customer(String name, Tier tier, boolean active, long visits) {
    this.name = name;
    this.tier = tier;
    this.active = active;
    this.visits = visits;
  }

  /** The name. */
  public String getName() {
    return name;
  }

  /** Sets the name. */
  public void setName(String name) {
    this.name = name;
  }

  /** The tier. */
  public Tier getTier() {
    return tier;
  }

  /** Sets the tier. */
  public void setTier(Tier tier) {
    this.tier = tier;
  }

  /** Whether the customer is active. */
  public boolean isActive() {
    return active;
  }

  /** Sets whether the customer is active. */
  public void setActive(boolean active) {
    this.active = active;
  }

  /** How often the customer visited. */
  public long getVisits() {
    return visits;
  }

  /** Sets how often the customer visited. */
  public void setVisits(long visits) {
    this.visits = visits;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Customer that
        && Objects.equals(name, that.name)
        && tier == that.tier
        && active == that.active
        && visits == that.visits;
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, tier, active, visits);
  }

  @Override
  public String toString() {
    return "Customer[" + name + ", " + tier + ", " + active + ", " + visits + "]";
  }
}
