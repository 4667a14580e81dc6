package io.tidings.example.bookings;

import io.tidings.runtime.HandleInterceptor;
import io.tidings.runtime.spi.Delivery;
import jakarta.inject.Singleton;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts what the booking service's failures led to — retries, business rejections, dead letters —
 * for the summary: a {@link HandleInterceptor}, bound with Guice's {@code Multibinder}. Thread-safe.
 */
@Singleton
public final class FailureCounter implements HandleInterceptor {
  private final AtomicLong retries = new AtomicLong();
  private final AtomicLong business = new AtomicLong();
  private final AtomicLong deadLettered = new AtomicLong();

  @Override
  public void onOutcome(Delivery delivery, Outcome outcome, int attempts, long nanos, Throwable failure) {
    switch (outcome) {
      case RETRY_SCHEDULED -> retries.incrementAndGet();
      case BUSINESS_FAILURE -> business.incrementAndGet();
      case DEAD_LETTERED -> deadLettered.incrementAndGet();
      default -> {
        // handled or skipped: nothing to count
      }
    }
  }

  /** Calls that failed transiently and were scheduled again. */
  public long retries() {
    return retries.get();
  }

  /** Records refused by a business rule. */
  public long businessRejections() {
    return business.get();
  }

  /** Records written to a dead-letter topic. */
  public long deadLettered() {
    return deadLettered.get();
  }
}
