package io.tidings.runtime.codec;

/**
 * A value that a generated JSON codec could not read, found at a known place in the document.
 * Thrown by {@link Json}'s readers with the path taken from the parser's own context (free on the
 * happy path); {@link JsonCodec#decode} rewrites it into a {@link DecodeException} that starts with
 * the payload type's name, e.g. {@code BookingCreated.venue.seats: expected a number, found
 * "three"}.
 */
final class JsonProblem extends DecodeException {
  private static final long serialVersionUID = 1L;

  /**
   * Where the value is, from the document's root: {@code ""}, {@code ".venue.seats"}, {@code
   * "[2]"}.
   */
  private final String path;

  /** What is wrong with it, without the path. */
  private final String problem;

  JsonProblem(String path, String problem, Throwable cause) {
    super("$" + path + ": " + problem, cause);
    this.path = path;
    this.problem = problem;
  }

  String path() {
    return path;
  }

  String problem() {
    return problem;
  }
}
