package io.tidings.processor.read;

/**
 * Thrown while parsing when a declaration refers to a type that is not generated yet (javac's
 * {@code TypeKind.ERROR}): the declaration is deferred to the next round. If the type is still
 * missing in the last round, the processor says nothing, because javac reports the missing type.
 */
public final class NotReadyException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception naming what is missing. */
  public NotReadyException(String missing) {
    super(missing, null, false, false);
  }
}
