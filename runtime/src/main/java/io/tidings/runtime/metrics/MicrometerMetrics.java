package io.tidings.runtime.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.tidings.runtime.HandleInterceptor;
import io.tidings.runtime.PublishInterceptor;
import io.tidings.runtime.Receipt;
import io.tidings.runtime.spi.Delivery;
import io.tidings.runtime.spi.OutboundRecord;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;

/**
 * Records what Tidings does as Micrometer meters, tagged with {@code topic} (and {@code group} for
 * consumers):
 *
 * <ul>
 *   <li>{@value #PUBLISHED} and {@value #PUBLISH_FAILED}: records the broker acknowledged, or not;
 *   <li>{@value #HANDLED}: records whose consumer method succeeded;
 *   <li>{@value #FAILED}: failed calls, tagged {@code class} = {@code transient}, {@code business} or
 *       {@code permanent};
 *   <li>{@value #RETRIED}: calls scheduled again after a transient failure;
 *   <li>{@value #DEAD_LETTERED}: records written to their dead-letter topic;
 *   <li>{@value #HANDLE_TIME}: the time of each record's last call, until its stage completed;
 *   <li>{@value #CONSUMER_LAG}: records a group has yet to handle, where the transport knows it.
 * </ul>
 *
 * <p>Meters are looked up once per topic and group, then cached: a record costs a map lookup and an
 * increment. Thread-safe.
 */
public final class MicrometerMetrics implements HandleInterceptor, PublishInterceptor {
  /** Counter of acknowledged publishes. */
  public static final String PUBLISHED = "tidings.published";
  /** Counter of failed publishes. */
  public static final String PUBLISH_FAILED = "tidings.publish.failed";
  /** Counter of records handled successfully. */
  public static final String HANDLED = "tidings.handled";
  /** Counter of failed calls, by failure class. */
  public static final String FAILED = "tidings.failed";
  /** Counter of scheduled retries. */
  public static final String RETRIED = "tidings.retried";
  /** Counter of dead letters written. */
  public static final String DEAD_LETTERED = "tidings.dead.lettered";
  /** Timer of consumer method calls. */
  public static final String HANDLE_TIME = "tidings.handle";
  /** Gauge of the records a group has yet to handle, where the transport knows it (NaN otherwise). */
  public static final String CONSUMER_LAG = "tidings.consumer.lag";

  /** The meters of one topic and group. */
  private record ConsumerMeters(
      Counter handled, Counter transientFailed, Counter businessFailed, Counter permanentFailed, Counter retried,
      Counter deadLettered, Timer time) {}

  /** The meters of one topic's publishes. */
  private record PublishMeters(Counter published, Counter failed) {}

  private final MeterRegistry registry;
  private final java.util.function.Function<String, java.util.OptionalLong> lag;
  private final ConcurrentMap<String, ConcurrentMap<String, ConsumerMeters>> consumers = new ConcurrentHashMap<>();
  private final ConcurrentMap<String, PublishMeters> publishers = new ConcurrentHashMap<>();
  private final java.util.Set<String> lagGauges = ConcurrentHashMap.newKeySet();

  /** Records into {@code registry}, without a lag gauge. */
  public MicrometerMetrics(MeterRegistry registry) {
    this(registry, group -> java.util.OptionalLong.empty());
  }

  /**
   * Records into {@code registry}; {@code lag} gives a group's consumer lag for the {@value
   * #CONSUMER_LAG} gauge, registered when the group handles its first record.
   */
  public MicrometerMetrics(MeterRegistry registry, java.util.function.Function<String, java.util.OptionalLong> lag) {
    this.registry = registry;
    this.lag = lag;
  }

  @Override
  public void onOutcome(Delivery delivery, Outcome outcome, int attempts, long nanos, Throwable failure) {
    ConsumerMeters meters = consumers
        .computeIfAbsent(delivery.topic(), topic -> new ConcurrentHashMap<>())
        .computeIfAbsent(delivery.group() == null ? "" : delivery.group(), group -> consumer(delivery.topic(), group));
    switch (outcome) {
      case HANDLED -> meters.handled().increment();
      case RETRY_SCHEDULED -> {
        meters.transientFailed().increment();
        meters.retried().increment();
      }
      case BUSINESS_FAILURE -> meters.businessFailed().increment();
      case DEAD_LETTERED -> {
        if (attempts > 0 && failure != null) {
          meters.permanentFailed().increment();
        }
        meters.deadLettered().increment();
      }
      case SKIPPED -> {
        return;
      }
    }
    if (nanos > 0) {
      meters.time().record(nanos, TimeUnit.NANOSECONDS);
    }
  }

  @Override
  public void afterPublish(OutboundRecord record, Receipt receipt, Throwable failure) {
    PublishMeters meters = publishers.computeIfAbsent(record.topic(), this::publisher);
    (failure == null ? meters.published() : meters.failed()).increment();
  }

  private ConsumerMeters consumer(String topic, String group) {
    if (lagGauges.add(group)) {
      io.micrometer.core.instrument.Gauge.builder(CONSUMER_LAG, () -> {
            java.util.OptionalLong known = lag.apply(group);
            return known.isPresent() ? known.getAsLong() : Double.NaN;
          })
          .tag("group", group)
          .register(registry);
    }
    return new ConsumerMeters(
        Counter.builder(HANDLED).tag("topic", topic).tag("group", group).register(registry),
        failed(topic, group, "transient"),
        failed(topic, group, "business"),
        failed(topic, group, "permanent"),
        Counter.builder(RETRIED).tag("topic", topic).tag("group", group).register(registry),
        Counter.builder(DEAD_LETTERED).tag("topic", topic).tag("group", group).register(registry),
        Timer.builder(HANDLE_TIME).tag("topic", topic).tag("group", group).register(registry));
  }

  private Counter failed(String topic, String group, String kind) {
    return Counter.builder(FAILED).tag("topic", topic).tag("group", group).tag("class", kind).register(registry);
  }

  private PublishMeters publisher(String topic) {
    return new PublishMeters(
        Counter.builder(PUBLISHED).tag("topic", topic).register(registry),
        Counter.builder(PUBLISH_FAILED).tag("topic", topic).register(registry));
  }

  @Override
  public String toString() {
    return "MicrometerMetrics[" + registry.getClass().getSimpleName() + "]";
  }
}
