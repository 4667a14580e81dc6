package io.tidings.runtime.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.TypeLiteral;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.tidings.runtime.HandleInterceptor;
import io.tidings.runtime.HandleInterceptor.Outcome;
import io.tidings.runtime.PublishInterceptor;
import io.tidings.runtime.Receipt;
import io.tidings.runtime.TidingsModule;
import io.tidings.runtime.TidingsSettings;
import io.tidings.runtime.fixture.RecordingTransport;
import io.tidings.runtime.spi.Delivery;
import io.tidings.runtime.spi.OutboundRecord;
import io.tidings.runtime.spi.Transport;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Metrics: counted per topic and group when Micrometer is on the class path, into the bound registry. */
class MicrometerMetricsTest {
  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
  private final MicrometerMetrics metrics = new MicrometerMetrics(registry);
  private final Delivery delivery = new Delivery("projector", "orders", 0, 5, 0, null, new byte[0], List.of());

  @Test
  void everyOutcomeIsCountedByTopicAndGroup() {
    metrics.onOutcome(delivery, Outcome.HANDLED, 1, 1_000_000, null);
    metrics.onOutcome(delivery, Outcome.RETRY_SCHEDULED, 1, 1_000, new IllegalStateException());
    metrics.onOutcome(delivery, Outcome.RETRY_SCHEDULED, 2, 1_000, new IllegalStateException());
    metrics.onOutcome(delivery, Outcome.DEAD_LETTERED, 3, 1_000, new IllegalStateException());
    metrics.onOutcome(delivery, Outcome.BUSINESS_FAILURE, 1, 1_000, new IllegalStateException());
    metrics.onOutcome(delivery, Outcome.SKIPPED, 0, 0, null);

    assertEquals(1.0, count(MicrometerMetrics.HANDLED));
    assertEquals(2.0, count(MicrometerMetrics.RETRIED));
    assertEquals(1.0, count(MicrometerMetrics.DEAD_LETTERED));
    assertEquals(2.0, registry.get(MicrometerMetrics.FAILED).tag("class", "transient").counter().count());
    assertEquals(1.0, registry.get(MicrometerMetrics.FAILED).tag("class", "business").counter().count());
    assertEquals(5, registry.get(MicrometerMetrics.HANDLE_TIME).tag("group", "projector").timer().count());
  }

  @Test
  void theLagGaugeAsksForTheGroupsLagAndIsNaNWhereUnknown() {
    MicrometerMetrics withLag = new MicrometerMetrics(registry,
        group -> group.equals("projector") ? java.util.OptionalLong.of(42) : java.util.OptionalLong.empty());
    withLag.onOutcome(delivery, Outcome.HANDLED, 1, 1, null);
    withLag.onOutcome(new Delivery("audit", "orders", 0, 5, 0, null, new byte[0], List.of()), Outcome.HANDLED, 1, 1, null);
    assertEquals(42.0, registry.get(MicrometerMetrics.CONSUMER_LAG).tag("group", "projector").gauge().value());
    assertTrue(Double.isNaN(registry.get(MicrometerMetrics.CONSUMER_LAG).tag("group", "audit").gauge().value()));
  }

  @Test
  void publishesAreCountedByOutcome() {
    OutboundRecord record = new OutboundRecord("orders", null, new byte[0], List.of());
    metrics.afterPublish(record, new Receipt("orders", 0, 1, Instant.EPOCH), null);
    metrics.afterPublish(record, null, new IllegalStateException("down"));
    assertEquals(1.0, registry.get(MicrometerMetrics.PUBLISHED).tag("topic", "orders").counter().count());
    assertEquals(1.0, registry.get(MicrometerMetrics.PUBLISH_FAILED).tag("topic", "orders").counter().count());
  }

  @Test
  void tidingsModuleInstallsTheMetricsIntoTheBoundRegistry() {
    Injector injector = Guice.createInjector(
        new TidingsModule(TidingsSettings.defaults()),
        binder -> {
          binder.bind(Transport.class).toInstance(new RecordingTransport());
          binder.bind(MeterRegistry.class).toInstance(registry);
        });
    Set<HandleInterceptor> handle = injector.getInstance(Key.get(new TypeLiteral<Set<HandleInterceptor>>() {}));
    Set<PublishInterceptor> publish = injector.getInstance(Key.get(new TypeLiteral<Set<PublishInterceptor>>() {}));
    assertEquals(1, handle.size());
    MicrometerMetrics installed = (MicrometerMetrics) handle.iterator().next();
    assertSame(installed, publish.iterator().next(), "one instance counts both sides");
    installed.onOutcome(delivery, Outcome.HANDLED, 1, 1, null);
    assertEquals(1.0, count(MicrometerMetrics.HANDLED), "into the registry the application bound");
    assertTrue(installed.toString().contains("SimpleMeterRegistry"));
  }

  private double count(String name) {
    return registry.get(name).tag("topic", "orders").tag("group", "projector").counter().count();
  }
}
