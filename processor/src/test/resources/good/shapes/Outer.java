package com.acme.shapes;

import io.tidings.annotations.Consumes;
import io.tidings.annotations.Header;
import io.tidings.annotations.Key;
import io.tidings.annotations.Topic;
import io.tidings.runtime.Metadata;
import io.tidings.runtime.Receipt;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

/** Nested topic, payloads and consumer; inherited and generic super-interface methods. */
public final class Outer {
  private Outer() {}

  public enum Status {
    OPEN,
    CLOSED
  }

  public record Note(String text) {}

  public record Removed(long id) {}

  /** Methods a topic inherits: the abstract one is published, default and static ones stay as they are. */
  public interface Base<T> {
    void again(@Key long id, T channel);

    default void twice(long id, T event) {
      again(id, event);
      again(id, event);
    }

    static int version() {
      return 1;
    }
  }

  @Topic(name = "outer.notes", partitions = 2, replicas = 3, retention = "P7D", compacted = true)
  public interface Notes extends Base<Note> {
    Receipt noted(
        @Key long id,
        Note note,
        @Header("status") Status status,
        @Header("attempt") int attempt,
        @Header("trace") UUID trace,
        @Header("ratio") Double ratio);

    CompletableFuture<Receipt> removed(@Key Long id, Removed removed, @Header("flag") boolean flag);

    @Override
    String toString();
  }

  /** A static nested consumer with the Metadata first and the key last. */
  public static class Handler {
    @Consumes(topic = Notes.class, group = "handler")
    void on(
        Metadata metadata,
        @Header("status") Status status,
        Note note,
        @Header("attempt") int attempt,
        @Header("trace") UUID trace,
        @Header("ratio") Double ratio,
        @Key long id) {}

    @Consumes(topic = Notes.class, group = "handler")
    protected void removed(Removed removed, @Header("flag") Boolean flag, @Key Long id) {}
  }
}
