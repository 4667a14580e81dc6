package io.tidings.example.bookings;

import io.tidings.annotations.Consumes;
import io.tidings.runtime.Metadata;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A second, independent consumer group on the events topic: it sees every event the projection
 * sees, at its own pace, and keeps an audit count per partition.
 */
@Singleton
public final class Audit {
  private final AtomicLong[] perPartition = new AtomicLong[64];
  private final AtomicLong total = new AtomicLong();

  @Inject
  Audit() {
    for (int i = 0; i < perPartition.length; i++) {
      perPartition[i] = new AtomicLong();
    }
  }

  @Consumes(topic = BookingEvents.class, group = "audit")
  void created(BookingCreated event, Metadata meta) {
    record(meta);
  }

  @Consumes(topic = BookingEvents.class, group = "audit")
  void cancelled(BookingCancelled event, Metadata meta) {
    record(meta);
  }

  @Consumes(topic = BookingEvents.class, group = "audit")
  void rejected(BookingRejected event, Metadata meta) {
    record(meta);
  }

  private void record(Metadata meta) {
    perPartition[meta.partition() % perPartition.length].incrementAndGet();
    total.incrementAndGet();
  }

  /** Events audited in all. */
  public long total() {
    return total.get();
  }

  /** Events audited from one partition. */
  public long partition(int partition) {
    return perPartition[partition].get();
  }
}
