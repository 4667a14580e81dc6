package io.tidings.runtime;

/**
 * A handler's signal that the record was processed and rejected by a business rule (a booking that
 * conflicts, a duplicate): the rejection is logged, the record is acknowledged, and it is neither
 * retried nor dead-lettered.
 */
public class BusinessFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Creates the failure with a message that says what went wrong. */
  public BusinessFailure(String message) {
    super(message);
  }

  /** Creates the failure with a message and the exception that caused it. */
  public BusinessFailure(String message, Throwable cause) {
    super(message, cause);
  }
}
