package io.tidings.runtime.codec;

/**
 * A payload value that JSON cannot represent (a {@code null} map key), found at a known place in
 * the document being written. {@link JsonCodec#encode} rewrites it into an {@link
 * IllegalArgumentException} that starts with the payload type's name.
 */
final class JsonEncodeProblem extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** Where the value is, from the document's root, e.g. {@code ".prices"}. */
  private final String path;

  /** What is wrong with it, without the path. */
  private final String problem;

  JsonEncodeProblem(String path, String problem) {
    super("$" + path + ": " + problem);
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
