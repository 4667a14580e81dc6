package io.tidings.runtime.internal;

import io.tidings.runtime.BusinessFailure;
import io.tidings.runtime.PermanentFailure;
import io.tidings.runtime.Receipt;
import io.tidings.runtime.TidingsSettings;
import io.tidings.runtime.codec.DecodeException;
import io.tidings.runtime.spi.Delivery;
import io.tidings.runtime.spi.DeliveryHandler;
import io.tidings.runtime.spi.OutboundRecord;
import io.tidings.runtime.spi.RecordHeader;
import io.tidings.runtime.spi.StandardHeaders;
import io.tidings.runtime.spi.Transport;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place where Tidings decides what happens to a record: route it by its event type, call the
 * consumer method, and classify the outcome. Every transport hands its records here, so every
 * transport behaves alike.
 *
 * <ul>
 *   <li>returns normally (or its stage completes) → done, the transport may commit;
 *   <li>{@link BusinessFailure} → logged at WARN, done, never retried;
 *   <li>{@link PermanentFailure}, {@link DecodeException}, a missing or unknown event type → dead
 *       letter at once;
 *   <li>anything else → called again after an exponential pause (scheduled, never slept), up to the
 *       configured attempts, then dead letter.
 * </ul>
 *
 * <p>The stage returned by {@link #handle} completes only when the record is finally done; a dead
 * letter counts as done only once the transport acknowledged it — if it cannot be written the stage
 * fails, and the transport delivers the record again. Nothing is dropped silently.
 *
 * <p>Thread-safe: one pipeline serves one consumer group and is called concurrently for different
 * partitions.
 */
public final class DeliveryPipeline implements DeliveryHandler {
  /** Error messages on dead letters are cut to this many characters. */
  public static final int MAX_ERROR_MESSAGE = 1000;

  private static final Logger LOG = LoggerFactory.getLogger(DeliveryPipeline.class);

  private final RouteTable routes;
  private final Topics topics;
  private final Transport transport;
  private final TidingsSettings settings;
  private final ScheduledExecutorService scheduler;
  private final Clock clock;
  private final Set<Work> inFlight = ConcurrentHashMap.newKeySet();
  private volatile boolean closing;

  /**
   * @param routes the group's routes
   * @param topics every topic the application knows, to tell an unknown event type from one this
   *     group does not handle
   * @param scheduler runs retries after their pause
   */
  public DeliveryPipeline(
      RouteTable routes,
      Topics topics,
      Transport transport,
      TidingsSettings settings,
      ScheduledExecutorService scheduler,
      Clock clock) {
    this.routes = routes;
    this.topics = topics;
    this.transport = transport;
    this.settings = settings;
    this.scheduler = scheduler;
    this.clock = clock;
  }

  /** The consumer group this pipeline serves. */
  public String group() {
    return routes.group();
  }

  @Override
  public CompletionStage<Void> handle(Delivery delivery) {
    Work work = new Work(delivery);
    if (closing) {
      fail(work, new UnhandledDeliveryException(
          "Tidings is closing: " + delivery.position() + " was not handled and will be delivered again"));
      return work.result;
    }
    inFlight.add(work);
    try {
      route(work);
    } catch (RuntimeException | Error e) {
      // A bug in routing itself must not lose the record: fail the stage, the transport redelivers.
      LOG.error("Tidings could not route {} for group {}; it will be delivered again", delivery.position(), group(), e);
      fail(work, e);
    }
    return work.result;
  }

  /**
   * Stops retrying: records waiting for a retry are released unhandled (their stage fails, so the
   * transport does not commit them and they are delivered again later) and later deliveries are
   * refused. Handlers already running finish normally.
   */
  public void stopRetries() {
    closing = true;
    for (Work work : inFlight) {
      Future<?> pending = work.pending;
      if (pending != null && pending.cancel(false)) {
        fail(work, new UnhandledDeliveryException(
            "Tidings closed before retrying " + work.delivery.position() + "; it was not committed and will be delivered again"));
      }
    }
  }

  /** What is still in flight, one line per record, for the shutdown report. */
  public List<String> inFlight() {
    List<String> lines = new ArrayList<>();
    for (Work work : inFlight) {
      String eventType = work.eventType == null ? "no event type" : work.eventType;
      lines.add(work.delivery.position() + " (" + eventType + ", " + work.state + ")");
    }
    return lines;
  }

  private void route(Work work) {
    Delivery delivery = work.delivery;
    String eventType = delivery.header(StandardHeaders.EVENT_TYPE);
    work.eventType = eventType;
    if (eventType == null) {
      deadLetter(work, new PermanentFailure(
          "the record has no " + StandardHeaders.EVENT_TYPE + " header, so Tidings cannot tell which type it holds;"
              + " was it written by a Tidings publisher?"));
      return;
    }
    RouteTable.Target target = routes.target(delivery.topic(), eventType);
    if (target == null) {
      List<String> carried = topics.eventTypes(delivery.topic());
      if (carried.contains(eventType)) {
        LOG.debug("Group {} has no handler for {} on {}; acknowledged", group(), eventType, delivery.position());
        done(work);
      } else {
        deadLetter(work, new PermanentFailure(
            "topic " + delivery.topic() + " does not carry event type \"" + Bytes.truncate(eventType, 200)
                + "\" (it carries " + carried + "); deploy a consumer that knows it, then replay the dead letter"));
      }
      return;
    }
    work.target = target;
    attempt(work);
  }

  private void attempt(Work work) {
    work.pending = null;
    work.attempts++;
    work.state = "handler running, attempt " + work.attempts + " of " + settings.retryMaxAttempts();
    CompletionStage<Void> stage;
    try {
      stage = work.target.dispatcher().dispatch(work.target.route().index(), work.delivery);
    } catch (Throwable e) {
      failed(work, e);
      return;
    }
    if (stage == null) {
      done(work);
      return;
    }
    stage.whenComplete((ignored, error) -> {
      if (error == null) {
        done(work);
      } else {
        failed(work, unwrap(error));
      }
    });
  }

  private void failed(Work work, Throwable error) {
    Delivery delivery = work.delivery;
    String method = work.target.route().method();
    if (error instanceof BusinessFailure) {
      LOG.warn("{} rejected {} ({}, group {}): {}; business failure, acknowledged without retry",
          method, delivery.position(), work.eventType, group(), error.getMessage());
      done(work);
    } else if (error instanceof PermanentFailure || error instanceof DecodeException) {
      deadLetter(work, error);
    } else if (work.attempts >= settings.retryMaxAttempts()) {
      deadLetter(work, error);
    } else if (closing) {
      fail(work, new UnhandledDeliveryException(
          "Tidings is closing: " + delivery.position() + " failed and was not retried; it will be delivered again"));
    } else {
      Duration delay = settings.retryDelay(work.attempts);
      LOG.warn("{} failed on {} ({}, group {}), attempt {} of {}; retrying in {}: {}",
          method, delivery.position(), work.eventType, group(), work.attempts, settings.retryMaxAttempts(),
          Durations.format(delay), describe(error));
      LOG.debug("Failure of {} on {}", method, delivery.position(), error);
      work.state = "waiting " + Durations.format(delay) + " to retry, attempt " + (work.attempts + 1) + " of "
          + settings.retryMaxAttempts();
      try {
        work.pending = scheduler.schedule(() -> attempt(work), delay.toNanos(), TimeUnit.NANOSECONDS);
      } catch (RejectedExecutionException e) {
        fail(work, new UnhandledDeliveryException(
            "Tidings is closing: " + delivery.position() + " was not retried; it will be delivered again"));
      }
    }
  }

  private void deadLetter(Work work, Throwable cause) {
    Delivery delivery = work.delivery;
    String deadLetterTopic = delivery.topic() + StandardHeaders.DLQ_SUFFIX;
    work.state = "writing dead letter to " + deadLetterTopic;
    List<RecordHeader> headers = new ArrayList<>(delivery.headers());
    headers.add(RecordHeader.utf8(StandardHeaders.DLQ_TOPIC, delivery.topic()));
    headers.add(RecordHeader.utf8(StandardHeaders.DLQ_PARTITION, Integer.toString(delivery.partition())));
    headers.add(RecordHeader.utf8(StandardHeaders.DLQ_OFFSET, Long.toString(delivery.offset())));
    headers.add(RecordHeader.utf8(StandardHeaders.DLQ_GROUP, group()));
    headers.add(RecordHeader.utf8(StandardHeaders.DLQ_ERROR_CLASS, cause.getClass().getName()));
    headers.add(RecordHeader.utf8(StandardHeaders.DLQ_ERROR_MESSAGE,
        Bytes.truncate(String.valueOf(cause.getMessage()), MAX_ERROR_MESSAGE)));
    headers.add(RecordHeader.utf8(StandardHeaders.DLQ_ATTEMPTS, Integer.toString(work.attempts)));
    headers.add(RecordHeader.utf8(StandardHeaders.DLQ_TIME, clock.instant().toString()));
    OutboundRecord record = new OutboundRecord(deadLetterTopic, delivery.key(), delivery.value(), List.copyOf(headers));
    CompletableFuture<Receipt> sent;
    try {
      sent = transport.send(record);
    } catch (RuntimeException e) {
      sent = CompletableFuture.failedFuture(e);
    }
    sent.whenComplete((receipt, error) -> {
      String handler = work.target == null ? "no handler" : work.target.route().method();
      if (error == null) {
        LOG.error("Dead-lettered {} ({}, group {}, {}, {} attempt(s)) to {}: {}",
            delivery.position(), work.eventType, group(), handler, work.attempts,
            receipt == null ? deadLetterTopic : receipt.topic() + "-" + receipt.partition() + "@" + receipt.offset(),
            describe(cause), cause);
        done(work);
      } else {
        Throwable failure = unwrap(error);
        LOG.error("Could not dead-letter {} ({}, group {}) to {}: {}; it was not committed and will be delivered again."
                + " Check that {} exists and is writable. The original failure: {}",
            delivery.position(), work.eventType, group(), deadLetterTopic, describe(failure), deadLetterTopic,
            describe(cause), failure);
        IllegalStateException problem = new IllegalStateException(
            "could not write " + delivery.position() + " to " + deadLetterTopic + ": " + describe(failure), failure);
        problem.addSuppressed(cause);
        fail(work, problem);
      }
    });
  }

  private void done(Work work) {
    // Removed first: whoever sees the stage complete must no longer see the record in flight.
    inFlight.remove(work);
    work.result.complete(null);
  }

  private void fail(Work work, Throwable error) {
    inFlight.remove(work);
    work.result.completeExceptionally(error);
  }

  private static String describe(Throwable error) {
    String message = error.getMessage();
    return error.getClass().getName() + (message == null ? "" : ": " + Bytes.truncate(message, MAX_ERROR_MESSAGE));
  }

  private static Throwable unwrap(Throwable error) {
    Throwable cause = error;
    while ((cause instanceof CompletionException || cause instanceof ExecutionException) && cause.getCause() != null) {
      cause = cause.getCause();
    }
    return cause;
  }

  /** One record on its way through the pipeline. */
  private static final class Work {
    final Delivery delivery;
    final CompletableFuture<Void> result = new CompletableFuture<>();
    volatile String eventType;
    volatile RouteTable.Target target;
    volatile int attempts;
    volatile String state = "routing";
    volatile Future<?> pending;

    Work(Delivery delivery) {
      this.delivery = delivery;
    }
  }
}
