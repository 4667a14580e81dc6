package io.tidings.runtime.codec;

/**
 * The bytes of a key, header or payload could not be decoded into the expected type: malformed
 * input, a missing required field, a value of the wrong type. A permanent failure — the record goes
 * to the dead-letter topic at once. The message names the type and the field path.
 */
public class DecodeException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception with a message naming the type and field path. */
  public DecodeException(String message) {
    super(message);
  }

  /** Creates the exception with a message and the parser's error. */
  public DecodeException(String message, Throwable cause) {
    super(message, cause);
  }
}
