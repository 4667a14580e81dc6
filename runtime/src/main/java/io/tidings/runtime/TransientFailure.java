package io.tidings.runtime;

/**
 * A handler's signal that processing failed for a reason that may pass (a dependency timed out, a
 * lock was busy): the record is retried with backoff and dead-lettered once the attempts are used up.
 * Any exception a handler throws that is not classified otherwise counts as transient.
 */
public class TransientFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Creates the failure with a message that says what went wrong. */
  public TransientFailure(String message) {
    super(message);
  }

  /** Creates the failure with a message and the exception that caused it. */
  public TransientFailure(String message, Throwable cause) {
    super(message, cause);
  }
}
