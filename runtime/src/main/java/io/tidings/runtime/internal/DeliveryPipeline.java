package io.tidings.runtime.internal;

import io.tidings.runtime.BusinessFailure;
import io.tidings.runtime.HandleInterceptor;
import io.tidings.runtime.HandleInterceptor.Outcome;
import io.tidings.runtime.PermanentFailure;
import io.tidings.runtime.Receipt;
import io.tidings.runtime.RetryPolicy;
import io.tidings.runtime.TidingsSettings;
import io.tidings.runtime.spi.Delivery;
import io.tidings.runtime.spi.DeliveryHandler;
import io.tidings.runtime.spi.Dispatcher;
import io.tidings.runtime.spi.OutboundRecord;
import io.tidings.runtime.spi.RecordHeader;
import io.tidings.runtime.spi.Route;
import io.tidings.runtime.spi.StandardHeaders;
import io.tidings.runtime.spi.Transport;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
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
 *   <li>{@link BusinessFailure}, or an exception the method's {@code @OnFailure(business = ...)}
 *       names → logged at WARN, done, never retried;
 *   <li>{@link PermanentFailure}, an exception {@code @OnFailure(permanent = ...)} names, an
 *       undecodable key, header or payload, a missing or unknown event type → dead letter at once;
 *   <li>anything else → called again after a pause (scheduled, never slept) as the method's retry
 *       policy says, up to its attempts, then dead letter.
 * </ul>
 *
 * <p>The stage returned by {@link #handle} completes only when the record is finally done; a dead
 * letter counts as done only once the transport acknowledged it — if it cannot be written the stage
 * fails, and the transport delivers the record again. Nothing is dropped silently.
 *
 * <p>A record whose method returns normally on the first call takes a fast path: no bookkeeping
 * object, no string building, the shared completed stage.
 *
 * <p>Thread-safe: one pipeline serves one consumer group and is called concurrently for different
 * partitions.
 */
public final class DeliveryPipeline implements DeliveryHandler {
  /** Error messages on dead letters are cut to this many characters. */
  public static final int MAX_ERROR_MESSAGE = 1000;
  /** Stack traces on dead letters are cut to this many characters. */
  public static final int MAX_STACK_TRACE = 4000;

  private static final Logger LOG = LoggerFactory.getLogger(DeliveryPipeline.class);

  private final RouteTable routes;
  private final Topics topics;
  private final Transport transport;
  private final TidingsSettings settings;
  private final ScheduledExecutorService scheduler;
  private final Clock clock;
  private final HandleInterceptor[] interceptors;
  private final Map<Route, FailureRules> rules = new IdentityHashMap<>();
  private final Set<Work> inFlight = ConcurrentHashMap.newKeySet();
  private volatile boolean closing;
  /** The route of the last routed record; records of one topic and type mostly come in runs. */
  private volatile LastRoute lastRoute;

  /** A pipeline without interceptors. */
  public DeliveryPipeline(
      RouteTable routes,
      Topics topics,
      Transport transport,
      TidingsSettings settings,
      ScheduledExecutorService scheduler,
      Clock clock) {
    this(routes, topics, transport, settings, scheduler, clock, List.of());
  }

  /**
   * @param routes the group's routes
   * @param topics every topic the application knows, to tell an unknown event type from one this
   *     group does not handle
   * @param scheduler runs retries after their pause
   * @param interceptors called around every record, in order
   * @throws IllegalStateException if a route's retry policy is impossible with these settings
   */
  public DeliveryPipeline(
      RouteTable routes,
      Topics topics,
      Transport transport,
      TidingsSettings settings,
      ScheduledExecutorService scheduler,
      Clock clock,
      List<HandleInterceptor> interceptors) {
    this.routes = routes;
    this.topics = topics;
    this.transport = transport;
    this.settings = settings;
    this.scheduler = scheduler;
    this.clock = clock;
    this.interceptors = interceptors.toArray(new HandleInterceptor[0]);
    for (RouteTable.Target target : routes.targets()) {
      rules.put(target.route(), FailureRules.of(target.route(), settings));
    }
  }

  /** The consumer group this pipeline serves. */
  public String group() {
    return routes.group();
  }

  @Override
  public CompletionStage<Void> handle(Delivery delivery) {
    if (closing) {
      Work work = new Work(delivery);
      fail(work, new UnhandledDeliveryException(
          "Tidings is closing: " + delivery.position() + " was not handled and will be delivered again"));
      return work.result;
    }
    RecordHeader typeHeader = delivery.lastHeader(StandardHeaders.EVENT_TYPE);
    byte[] typeBytes = typeHeader == null ? null : typeHeader.value();
    LastRoute last = lastRoute;
    String eventType;
    RouteTable.Target target;
    if (last != null && typeBytes != null && last.topic.equals(delivery.topic()) && Arrays.equals(last.typeBytes, typeBytes)) {
      eventType = last.eventType; // the same topic and event type as the record before: no decoding, no lookup
      target = last.target;
    } else {
      eventType = typeBytes == null ? null : typeHeader.stringValue();
      target = eventType == null ? null : routes.target(delivery.topic(), eventType);
      if (target == null) {
        return slowRoute(delivery, eventType);
      }
      lastRoute = new LastRoute(delivery.topic(), typeBytes.clone(), eventType, target);
    }
    // Fast path: the first call, without a Work object; only a failure or a pending stage leaves it.
    long start = interceptors.length == 0 ? 0L : System.nanoTime();
    CompletionStage<Void> stage;
    Throwable thrown = null;
    Delivery previous = HandlingContext.enter(delivery);
    try {
      before(delivery, 1);
      stage = target.dispatcher().dispatch(target.route().index(), delivery);
    } catch (Throwable e) {
      stage = null;
      thrown = e;
    } finally {
      HandlingContext.exit(previous);
    }
    if (interceptors.length > 0) {
      after(delivery, 1, thrown);
    }
    if (thrown == null && (stage == null || isDone(stage))) {
      if (interceptors.length > 0) {
        outcome(delivery, Outcome.HANDLED, 1, System.nanoTime() - start, null);
      }
      return Dispatcher.DONE;
    }
    Work work = new Work(delivery);
    work.eventType = eventType;
    work.target = target;
    work.rules = rules.get(target.route());
    work.attempts = 1;
    work.started = start;
    inFlight.add(work);
    try {
      if (thrown != null) {
        failed(work, unwrap(thrown));
      } else {
        await(work, stage);
      }
    } catch (RuntimeException | Error e) {
      LOG.error("Tidings could not handle the failure of {} for group {}; it will be delivered again",
          delivery.position(), group(), e);
      fail(work, e);
    }
    return work.result;
  }

  private static boolean isDone(CompletionStage<Void> stage) {
    return stage instanceof CompletableFuture<Void> future && future.isDone() && !future.isCompletedExceptionally();
  }

  private CompletionStage<Void> slowRoute(Delivery delivery, String eventType) {
    Work work = new Work(delivery);
    work.eventType = eventType;
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
      lines.add(work.delivery.position() + " (" + eventType + ", " + work.state() + ")");
    }
    return lines;
  }

  private void route(Work work) {
    Delivery delivery = work.delivery;
    String eventType = work.eventType;
    work.rules = FailureRules.defaults(delivery.topic(), settings);
    if (eventType == null) {
      deadLetter(work, new PermanentFailure(
          "the record has no " + StandardHeaders.EVENT_TYPE + " header, so Tidings cannot tell which type it holds;"
              + " was it written by a Tidings publisher?"));
      return;
    }
    List<String> carried = routes.isDeadLetterTopic(delivery.topic())
        ? routes.eventTypes(delivery.topic())
        : topics.eventTypes(delivery.topic());
    if (carried.contains(eventType)) {
      LOG.debug("Group {} has no handler for {} on {}; acknowledged", group(), eventType, delivery.position());
      outcome(delivery, Outcome.SKIPPED, 0, 0L, null);
      done(work);
    } else {
      deadLetter(work, new PermanentFailure(
          "topic " + delivery.topic() + " does not carry event type \"" + Bytes.truncate(eventType, 200)
              + "\" (it carries " + carried + "); deploy a consumer that knows it, then replay the dead letter"));
    }
  }

  private void attempt(Work work) {
    work.pending = null;
    work.attempts++;
    work.started = System.nanoTime();
    Delivery delivery = work.delivery;
    CompletionStage<Void> stage;
    Throwable thrown = null;
    Delivery previous = HandlingContext.enter(delivery);
    try {
      before(delivery, work.attempts);
      stage = work.target.dispatcher().dispatch(work.target.route().index(), delivery);
    } catch (Throwable e) {
      stage = null;
      thrown = e;
    } finally {
      HandlingContext.exit(previous);
    }
    after(delivery, work.attempts, thrown);
    if (thrown != null) {
      failed(work, unwrap(thrown));
    } else if (stage == null) {
      handled(work);
    } else {
      await(work, stage);
    }
  }

  private void await(Work work, CompletionStage<Void> stage) {
    stage.whenComplete((ignored, error) -> {
      if (error == null) {
        handled(work);
      } else {
        failed(work, unwrap(error));
      }
    });
  }

  private void handled(Work work) {
    outcome(work.delivery, Outcome.HANDLED, work.attempts, System.nanoTime() - work.started, null);
    done(work);
  }

  private void failed(Work work, Throwable error) {
    Delivery delivery = work.delivery;
    String method = work.target.route().method();
    FailureRules rules = work.rules;
    RetryPolicy retry = rules.retry();
    long nanos = System.nanoTime() - work.started;
    switch (rules.classify(error)) {
      case BUSINESS -> {
        LOG.warn("{} rejected {} ({}, group {}): {}; business failure, acknowledged without retry",
            method, delivery.position(), work.eventType, group(), describe(error));
        outcome(delivery, Outcome.BUSINESS_FAILURE, work.attempts, nanos, error);
        done(work);
      }
      case PERMANENT -> deadLetter(work, error);
      case TRANSIENT -> {
        if (work.attempts >= retry.maxAttempts()) {
          deadLetter(work, error);
        } else if (closing) {
          fail(work, new UnhandledDeliveryException(
              "Tidings is closing: " + delivery.position() + " failed and was not retried; it will be delivered again"));
        } else {
          Duration delay = retry.delay(work.attempts, ThreadLocalRandom.current().nextDouble());
          LOG.warn("{} failed on {} ({}, group {}), attempt {} of {}; retrying in {}: {}",
              method, delivery.position(), work.eventType, group(), work.attempts, retry.maxAttempts(),
              Durations.format(delay), describe(error));
          LOG.debug("Failure of {} on {}", method, delivery.position(), error);
          outcome(delivery, Outcome.RETRY_SCHEDULED, work.attempts, nanos, error);
          work.retryDelay = delay;
          try {
            work.pending = scheduler.schedule(() -> attempt(work), delay.toNanos(), TimeUnit.NANOSECONDS);
          } catch (RejectedExecutionException e) {
            fail(work, new UnhandledDeliveryException(
                "Tidings is closing: " + delivery.position() + " was not retried; it will be delivered again"));
          }
        }
      }
    }
  }

  private void deadLetter(Work work, Throwable cause) {
    Delivery delivery = work.delivery;
    if (routes.isDeadLetterTopic(delivery.topic())) {
      // A dead letter is never dead-lettered again: there is nowhere further for it to go.
      LOG.error("Group {} gave up on dead letter {} ({}, {} attempt(s)); acknowledged, it stays where it is: {}",
          group(), delivery.position(), work.eventType, work.attempts, describe(cause), cause);
      outcome(delivery, Outcome.DEAD_LETTERED, work.attempts, 0L, cause);
      done(work);
      return;
    }
    String deadLetterTopic = work.rules.deadLetterTopic();
    work.deadLetterTopic = deadLetterTopic;
    List<RecordHeader> headers = new ArrayList<>(delivery.headers().size() + 10);
    headers.addAll(delivery.headers());
    headers.add(RecordHeader.utf8(StandardHeaders.DLQ_TOPIC, delivery.topic()));
    headers.add(RecordHeader.utf8(StandardHeaders.DLQ_PARTITION, Integer.toString(delivery.partition())));
    headers.add(RecordHeader.utf8(StandardHeaders.DLQ_OFFSET, Long.toString(delivery.offset())));
    headers.add(RecordHeader.utf8(StandardHeaders.DLQ_GROUP, group()));
    headers.add(RecordHeader.utf8(StandardHeaders.DLQ_ERROR_CLASS, cause.getClass().getName()));
    headers.add(RecordHeader.utf8(StandardHeaders.DLQ_ERROR_MESSAGE,
        Bytes.truncate(String.valueOf(cause.getMessage()), MAX_ERROR_MESSAGE)));
    headers.add(RecordHeader.utf8(StandardHeaders.DLQ_STACK_TRACE, stackTrace(cause)));
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
        outcome(delivery, Outcome.DEAD_LETTERED, work.attempts,
            work.started == 0 ? 0L : System.nanoTime() - work.started, cause);
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

  private void before(Delivery delivery, int attempt) {
    for (HandleInterceptor interceptor : interceptors) {
      try {
        interceptor.beforeHandle(delivery, attempt);
      } catch (RuntimeException e) {
        LOG.warn("Handle interceptor {} failed before {}; ignored", interceptor, delivery.position(), e);
      }
    }
  }

  private void after(Delivery delivery, int attempt, Throwable thrown) {
    for (HandleInterceptor interceptor : interceptors) {
      try {
        interceptor.afterHandle(delivery, attempt, thrown);
      } catch (RuntimeException e) {
        LOG.warn("Handle interceptor {} failed after {}; ignored", interceptor, delivery.position(), e);
      }
    }
  }

  private void outcome(Delivery delivery, Outcome outcome, int attempts, long nanos, Throwable failure) {
    for (HandleInterceptor interceptor : interceptors) {
      try {
        interceptor.onOutcome(delivery, outcome, attempts, nanos, failure);
      } catch (RuntimeException e) {
        LOG.warn("Handle interceptor {} failed on the outcome of {}; ignored", interceptor, delivery.position(), e);
      }
    }
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

  private static String stackTrace(Throwable error) {
    StringWriter text = new StringWriter();
    error.printStackTrace(new PrintWriter(text));
    return Bytes.truncate(text.toString(), MAX_STACK_TRACE);
  }

  private static Throwable unwrap(Throwable error) {
    Throwable cause = error;
    while ((cause instanceof CompletionException || cause instanceof ExecutionException) && cause.getCause() != null) {
      cause = cause.getCause();
    }
    return cause;
  }

  /** A topic and raw event type with the handler they route to; immutable, so racing threads are harmless. */
  private static final class LastRoute {
    final String topic;
    final byte[] typeBytes;
    final String eventType;
    final RouteTable.Target target;

    LastRoute(String topic, byte[] typeBytes, String eventType, RouteTable.Target target) {
      this.topic = topic;
      this.typeBytes = typeBytes;
      this.eventType = eventType;
      this.target = target;
    }
  }

  /** One record that left the fast path: failed once, or its method returned a pending stage. */
  private static final class Work {
    final Delivery delivery;
    final CompletableFuture<Void> result = new CompletableFuture<>();
    volatile String eventType;
    volatile RouteTable.Target target;
    volatile FailureRules rules;
    volatile int attempts;
    volatile long started;
    volatile Duration retryDelay;
    volatile String deadLetterTopic;
    volatile Future<?> pending;

    Work(Delivery delivery) {
      this.delivery = delivery;
    }

    /** What the record is doing now, for the shutdown report (built only when asked). */
    String state() {
      if (deadLetterTopic != null) {
        return "writing dead letter to " + deadLetterTopic;
      }
      if (pending != null) {
        return "waiting " + Durations.format(retryDelay) + " to retry, attempt " + (attempts + 1) + " of "
            + rules.retry().maxAttempts();
      }
      if (target == null) {
        return "routing";
      }
      return "handler running, attempt " + attempts + " of " + rules.retry().maxAttempts();
    }
  }
}
