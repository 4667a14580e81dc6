package io.tidings.it.topics;

import io.tidings.annotations.Key;
import io.tidings.annotations.Topic;

/** Unicode identifiers everywhere. */
@Topic(name = "it.unicode")
public interface Grüße {

  /** Publishes a greeting. */
  void sënde(@Key String schlüssel, Grußwort wort);

  /**
   * A greeting.
   *
   * @param wörter the words
   * @param größe how big
   */
  record Grußwort(String wörter, int größe) {}
}
