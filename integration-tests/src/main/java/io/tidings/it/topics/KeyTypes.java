package io.tidings.it.topics;

import io.tidings.annotations.Key;
import io.tidings.annotations.Topic;

/** One topic per supported key type (and one without keys). */
public final class KeyTypes {
  private KeyTypes() {}

  /**
   * The payload every key-type topic carries.
   *
   * @param text some text
   */
  public record Ping(String text) {}

  /** Primitive long keys. */
  @Topic(name = "it.keys.long")
  public interface LongKeys {
    /** Publishes with a long key. */
    void send(@Key long key, Ping ping);
  }

  /** Boxed int keys (null allowed). */
  @Topic(name = "it.keys.int", partitions = 2)
  public interface IntKeys {
    /** Publishes with an Integer key. */
    void send(@Key Integer key, Ping ping);
  }

  /** Raw byte keys. */
  @Topic(name = "it.keys.bytes", partitions = 2)
  public interface ByteKeys {
    /** Publishes with a byte[] key. */
    void send(@Key byte[] key, Ping ping);
  }

  /** No key at all. */
  @Topic(name = "it.keys.none", partitions = 2)
  public interface NoKeys {
    /** Publishes without a key. */
    void send(Ping ping);
  }
}
