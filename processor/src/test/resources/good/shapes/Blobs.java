package com.acme.shapes;

import io.tidings.annotations.Consumes;
import io.tidings.annotations.Header;
import io.tidings.annotations.Key;
import io.tidings.annotations.Topic;
import io.tidings.runtime.Receipt;
import java.util.concurrent.CompletionStage;

/** byte[] and int keys, every primitive header type, a topic and its consumer side by side. */
@Topic(name = "blobs", partitions = 12)
public interface Blobs {
  CompletionStage<Receipt> stored(
      @Key byte[] id,
      Node node,
      @Header("b") byte b,
      @Header("s") short s,
      @Header("c") char c,
      @Header("l") long l,
      @Header("f") float f,
      @Header("d") double d,
      @Header("z") Boolean z);

  final class Store {
    @Consumes(topic = Blobs.class, group = "store")
    void stored(
        @Key byte[] id,
        @Header("b") Byte b,
        @Header("s") short s,
        @Header("c") Character c,
        @Header("l") Long l,
        @Header("f") Float f,
        @Header("d") double d,
        @Header("z") boolean z,
        Node node) {}
  }
}
