package io.tidings.conformance;

/** A business rule's refusal that is not one of Tidings' own types: {@link Worker} maps it to business. */
public final class Overbooked extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Creates it with a message. */
  public Overbooked(String message) {
    super(message);
  }
}
