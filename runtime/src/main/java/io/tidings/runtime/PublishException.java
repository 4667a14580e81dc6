package io.tidings.runtime;

/**
 * Thrown by a {@code void} publish method when the broker did not acknowledge the record: the
 * message names the topic, the key and the cause, so the caller can decide whether to retry.
 */
public class PublishException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception with a message naming topic, key and cause. */
  public PublishException(String message, Throwable cause) {
    super(message, cause);
  }
}
