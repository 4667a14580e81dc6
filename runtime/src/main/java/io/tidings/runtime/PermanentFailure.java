package io.tidings.runtime;

/**
 * A handler's signal that the record can never be processed (it is invalid, it refers to something
 * that does not exist): the record goes to the topic's dead-letter topic at once, without retry, so it
 * never stalls its partition.
 */
public class PermanentFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Creates the failure with a message that says what went wrong. */
  public PermanentFailure(String message) {
    super(message);
  }

  /** Creates the failure with a message and the exception that caused it. */
  public PermanentFailure(String message, Throwable cause) {
    super(message, cause);
  }
}
