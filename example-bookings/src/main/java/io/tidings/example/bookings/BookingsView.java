package io.tidings.example.bookings;

import io.tidings.annotations.Consumes;
import io.tidings.annotations.Header;
import io.tidings.annotations.Key;
import io.tidings.runtime.Metadata;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The read side: a projection of every booking's state built from the events topic, as a query
 * service would keep it. It also checks the ordering promise — a cancellation must never arrive
 * before its creation — and counts what it saw.
 */
@Singleton
public final class BookingsView {
  /** A booking's state as the projection knows it. */
  public enum Status {
    /** Accepted and holding places. */
    CREATED,
    /** Cancelled after being accepted. */
    CANCELLED,
    /** Refused. */
    REJECTED
  }

  private final Map<String, Status> bookings = new ConcurrentHashMap<>();
  private final AtomicLong created = new AtomicLong();
  private final AtomicLong cancelled = new AtomicLong();
  private final AtomicLong rejected = new AtomicLong();
  private final AtomicLong outOfOrder = new AtomicLong();
  private final AtomicLong seen = new AtomicLong();

  @Inject
  BookingsView() {}

  @Consumes(topic = BookingEvents.class, group = "projection")
  void on(BookingCreated event, @Key String bookingId) {
    bookings.put(bookingId, Status.CREATED);
    created.incrementAndGet();
    count();
  }

  @Consumes(topic = BookingEvents.class, group = "projection")
  void on(BookingCancelled event, @Key String bookingId, @Header("reason") String reason, Metadata meta) {
    Status before = bookings.put(bookingId, Status.CANCELLED);
    if (before != Status.CREATED) {
      outOfOrder.incrementAndGet();
    }
    cancelled.incrementAndGet();
    count();
  }

  @Consumes(topic = BookingEvents.class, group = "projection")
  void on(BookingRejected event, @Key String bookingId) {
    bookings.putIfAbsent(bookingId, Status.REJECTED);
    rejected.incrementAndGet();
    count();
  }

  private void count() {
    long now = seen.incrementAndGet();
    synchronized (this) {
      if (now % 64 == 0) {
        notifyAll();
      }
    }
  }

  /** Waits until the projection has seen {@code events} events; returns whether it did in time. */
  public boolean awaitEvents(long events, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    synchronized (this) {
      while (seen.get() < events) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          return false;
        }
        wait(Math.max(1, Math.min(50, left / 1_000_000)));
      }
    }
    return true;
  }

  /** The state of one booking, or {@code null} if no event named it yet. */
  public Status status(String bookingId) {
    return bookings.get(bookingId);
  }

  /** Events seen in all. */
  public long seen() {
    return seen.get();
  }

  /** Bookings created. */
  public long created() {
    return created.get();
  }

  /** Bookings cancelled. */
  public long cancelled() {
    return cancelled.get();
  }

  /** Commands rejected. */
  public long rejected() {
    return rejected.get();
  }

  /** Cancellations that arrived for a booking not (yet) created: must stay 0. */
  public long outOfOrder() {
    return outOfOrder.get();
  }
}
