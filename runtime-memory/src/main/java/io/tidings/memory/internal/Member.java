package io.tidings.memory.internal;

import io.tidings.runtime.Health;
import io.tidings.runtime.spi.DeliveryHandler;
import io.tidings.runtime.spi.Subscription;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadPoolExecutor;

/**
 * One subscription to a {@link MemoryEngine}: a member of a consumer group with its own delivery
 * threads. Its mutable fields are guarded by the engine's monitor. Closing it is graceful and
 * idempotent.
 */
public final class Member implements Subscription {
  final MemoryEngine engine;
  final String group;
  final int number;
  final List<String> topics;
  final DeliveryHandler handler;
  final ThreadPoolExecutor pool;
  volatile boolean closed;
  int inFlight;

  Member(MemoryEngine engine, String group, int number, List<String> topics, DeliveryHandler handler, ThreadPoolExecutor pool) {
    this.engine = engine;
    this.group = group;
    this.number = number;
    this.topics = topics;
    this.handler = handler;
    this.pool = pool;
  }

  /** The consumer group. */
  public String group() {
    return group;
  }

  @Override
  public boolean close(Duration timeout) {
    return engine.leave(this, timeout);
  }

  @Override
  public Health health() {
    return engine.health(this);
  }

  @Override
  public String toString() {
    return "Member[group " + group + ", " + number + ", " + topics + "]";
  }
}
