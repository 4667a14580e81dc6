package io.tidings.runtime.internal;

/**
 * Fails a delivery's stage when Tidings is closing and the record was not handled (it was waiting
 * for a retry, or arrived after close began): the transport does not commit it, so it is delivered
 * again, to this or another instance.
 */
public final class UnhandledDeliveryException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception with a message naming the record. */
  public UnhandledDeliveryException(String message) {
    super(message, null, false, false);
  }
}
