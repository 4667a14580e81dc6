package io.tidings.runtime;

import io.tidings.runtime.internal.DeliveryPipeline;
import io.tidings.runtime.internal.Durations;
import io.tidings.runtime.internal.RouteTable;
import io.tidings.runtime.internal.Topics;
import io.tidings.runtime.spi.Dispatcher;
import io.tidings.runtime.spi.Route;
import io.tidings.runtime.spi.Subscription;
import io.tidings.runtime.spi.TopicDescriptor;
import io.tidings.runtime.spi.Transport;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The lifecycle of a Tidings application: {@link #start()} makes sure every topic exists and
 * subscribes every consumer group; {@link #close()} finishes in-flight work, commits and releases the
 * transport. Obtain it from the injector built with {@link TidingsModule} and a backend module.
 *
 * <p>Publishing works before {@code start()} (a service that only publishes never needs to start).
 * {@code start()} may be called once; {@code close()} any number of times. Thread-safe.
 *
 * <pre>{@code
 * Injector injector = Guice.createInjector(new TidingsModule(), new MemoryModule());
 * try (Tidings tidings = injector.getInstance(Tidings.class)) {
 *   tidings.start();
 *   ...
 * }
 * }</pre>
 */
public final class Tidings implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Tidings.class);

  private enum State { NEW, STARTING, STARTED, CLOSED }

  /** A consumer group at work: its pipeline and its subscription. */
  private record Group(String name, DeliveryPipeline pipeline, Subscription subscription) {}

  private final Transport transport;
  private final Collection<TopicDescriptor> published;
  private final Collection<Dispatcher> dispatchers;
  private final TidingsSettings settings;
  private final List<HandleInterceptor> interceptors;
  private final List<Group> groups = new CopyOnWriteArrayList<>();
  private final List<DeliveryPipeline> pipelines = new ArrayList<>();
  private ScheduledExecutorService scheduler;
  private volatile State state = State.NEW;

  Tidings(
      Transport transport,
      Collection<TopicDescriptor> published,
      Collection<Dispatcher> dispatchers,
      TidingsSettings settings,
      Collection<HandleInterceptor> interceptors) {
    this.transport = transport;
    this.published = List.copyOf(published);
    this.dispatchers = List.copyOf(dispatchers);
    this.settings = settings;
    this.interceptors = List.copyOf(interceptors);
  }

  /**
   * Makes sure every topic and its dead-letter topic exist, then subscribes each consumer group once,
   * with all its topics.
   *
   * @throws IllegalStateException if called twice or after {@link #close()}; if two consumer methods
   *     of one group handle the same event type of one topic; or if two declarations of one topic
   *     disagree — each message names both sides and how to fix it
   */
  public synchronized void start() {
    if (state != State.NEW) {
      throw new IllegalStateException(
          "Tidings.start() was already called (state " + state.name().toLowerCase(java.util.Locale.ROOT)
              + "): start it once, and create a new injector to start again after close()");
    }
    state = State.STARTING;
    try {
      List<TopicDescriptor> all = new ArrayList<>(published);
      for (Dispatcher dispatcher : dispatchers) {
        for (Route route : dispatcher.routes()) {
          all.add(route.topic());
        }
      }
      Topics topics = Topics.of(all);
      Map<String, RouteTable> tables = RouteTable.build(dispatchers, topics, settings.deadLetterSuffix());
      if (!tables.isEmpty()) {
        scheduler = newScheduler();
      }
      Map<String, TopicDescriptor> customDeadLetters = new LinkedHashMap<>();
      List<DeliveryPipeline> created = new ArrayList<>();
      for (RouteTable table : tables.values()) {
        DeliveryPipeline pipeline =
            new DeliveryPipeline(table, topics, transport, settings, scheduler, Clock.systemUTC(), interceptors);
        created.add(pipeline);
        for (RouteTable.Target target : table.targets()) {
          String deadLetters = target.route().failure().deadLetterTopic();
          if (deadLetters != null) {
            customDeadLetters.putIfAbsent(deadLetters, topics.get(target.route().topic().name()));
          }
        }
      }
      transport.prepare(topics.withDeadLetterTopics(settings.deadLetterSuffix(), customDeadLetters));
      for (DeliveryPipeline pipeline : created) {
        RouteTable table = tables.get(pipeline.group());
        pipelines.add(pipeline);
        groups.add(new Group(table.group(), pipeline, transport.subscribe(table.group(), table.topics(), pipeline)));
        if (LOG.isInfoEnabled()) {
          LOG.info("Tidings subscribed {}", table.summary());
        }
      }
      state = State.STARTED;
      LOG.info("Tidings started: {} topic(s), {} consumer group(s), {}", topics.all().size(), tables.size(), settings);
    } catch (RuntimeException | Error e) {
      state = State.CLOSED;
      shutdown();
      throw e;
    }
  }

  /**
   * Stops consuming gracefully: refuses further retries, waits (at most the shutdown timeout) for
   * handlers already running, commits what they finished, then closes the transport. Records left
   * unfinished are not committed and will be delivered again; they are listed in a warning.
   * Idempotent.
   */
  @Override
  public synchronized void close() {
    if (state == State.CLOSED) {
      return;
    }
    state = State.CLOSED;
    shutdown();
  }

  /**
   * How many records consumer group {@code group} has yet to handle on this instance, as its
   * transport last saw it; empty if the group is not subscribed here or the transport does not know
   * (the memory transport does not). Cheap; any thread.
   */
  public java.util.OptionalLong lag(String group) {
    for (Group running : groups) {
      if (running.name().equals(group)) {
        return running.subscription().lag();
      }
    }
    return java.util.OptionalLong.empty();
  }

  /**
   * Whether Tidings works: its lifecycle state, the transport's connection and every consumer group's
   * subscription. Cheap enough for a health endpoint, and never blocked by a running start or close.
   */
  public Health health() {
    State state = this.state;
    List<Health> parts = new ArrayList<>();
    parts.add(state == State.STARTED
        ? Health.up("lifecycle", "started")
        : Health.down("lifecycle", state == State.CLOSED ? "closed" : "not started: call Tidings.start()"));
    parts.add(transport.health());
    groups.forEach(group -> parts.add(group.subscription().health()));
    return Health.of("tidings", parts);
  }

  private void shutdown() {
    long deadline = System.nanoTime() + settings.shutdownTimeout().toNanos();
    pipelines.forEach(DeliveryPipeline::stopRetries);
    for (Group group : groups) {
      boolean finished;
      try {
        finished = group.subscription().close(remaining(deadline));
      } catch (RuntimeException e) {
        LOG.warn("Closing the subscription of group {} failed", group.name(), e);
        finished = false;
      }
      List<String> left = group.pipeline().inFlight();
      if (!finished || !left.isEmpty()) {
        LOG.warn("Group {} did not finish within {} ({}); {} record(s) left in flight will be delivered again: {}",
            group.name(), Durations.format(settings.shutdownTimeout()), TidingsSettings.SHUTDOWN_TIMEOUT,
            left.size(), left);
      }
    }
    groups.clear();
    try {
      transport.close(remaining(deadline));
    } catch (RuntimeException e) {
      LOG.warn("Closing the transport failed", e);
    }
    if (scheduler != null) {
      scheduler.shutdownNow();
    }
    // A retry scheduled while close began never runs now: release it so its stage does not hang.
    pipelines.forEach(DeliveryPipeline::stopRetries);
    LOG.info("Tidings closed");
  }

  private static Duration remaining(long deadline) {
    return Duration.ofNanos(Math.max(0, deadline - System.nanoTime()));
  }

  private static ScheduledExecutorService newScheduler() {
    AtomicInteger count = new AtomicInteger();
    ThreadFactory threads = task -> {
      Thread thread = new Thread(task, "tidings-retry-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
    ScheduledThreadPoolExecutor executor =
        new ScheduledThreadPoolExecutor(Math.max(2, Runtime.getRuntime().availableProcessors()), threads);
    executor.setRemoveOnCancelPolicy(true);
    return executor;
  }
}
