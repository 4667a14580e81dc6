package io.tidings.benchmarks.jmh;

import io.tidings.annotations.Consumes;
import io.tidings.annotations.Key;

/** The in-memory benchmark's Tidings consumer: hands every event to the {@link Sink}. Stateless. */
public final class MemorySink {

  /** Handles one small event. */
  @Consumes(topic = MemoryTopic.class, group = "bench-memory")
  public void on(Small event, @Key String bookingId) {
    Sink.INSTANCE.accept(bookingId, event);
  }
}
