package io.tidings.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.inject.CreationException;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.TypeLiteral;
import io.tidings.runtime.codec.Keys;
import io.tidings.runtime.fixture.Billing_Dispatcher;
import io.tidings.runtime.fixture.CapturedLog;
import io.tidings.runtime.fixture.OrderPlaced;
import io.tidings.runtime.fixture.Orders;
import io.tidings.runtime.fixture.Orders_Publisher;
import io.tidings.runtime.fixture.RecordingTransport;
import io.tidings.runtime.fixture.Services;
import io.tidings.runtime.fixture.Shipping;
import io.tidings.runtime.fixture.ShippingTwin;
import io.tidings.runtime.fixture.Shipping_Dispatcher;
import io.tidings.runtime.spi.Component;
import io.tidings.runtime.spi.Delivery;
import io.tidings.runtime.spi.Dispatcher;
import io.tidings.runtime.spi.RecordHeader;
import io.tidings.runtime.spi.StandardHeaders;
import io.tidings.runtime.spi.TopicDescriptor;
import io.tidings.runtime.spi.Transport;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** TidingsModule and Tidings as a user wires them, over a transport that records what it is asked. */
class TidingsTest {
  private final RecordingTransport transport = new RecordingTransport();

  private Injector injector() {
    return Guice.createInjector(new TidingsModule(TidingsSettings.defaults()), binder -> binder.bind(Transport.class).toInstance(transport));
  }

  private Injector injector(List<Class<? extends Component>> components) {
    return Services.with(components, this::injector);
  }

  @Test
  void bindsEachTopicInterfaceToASingletonPublisherOverItsTopic() {
    Injector injector = injector();
    Orders orders = injector.getInstance(Orders.class);
    assertSame(orders, injector.getInstance(Orders.class));
    assertEquals(Orders_Publisher.TOPIC, ((Orders_Publisher) orders).channel().topic());
    assertEquals(Set.of(Orders_Publisher.TOPIC), injector.getInstance(Key.get(new TypeLiteral<Set<TopicDescriptor>>() {})));
    assertEquals(TidingsSettings.defaults(), injector.getInstance(TidingsSettings.class));
  }

  @Test
  void publishingBeforeStartSendsWithTheEventTypeHeader() {
    injector().getInstance(Orders.class).placed(7L, new OrderPlaced("book"));
    assertEquals(1, transport.sent.size());
    var record = transport.sent.get(0);
    assertEquals("orders", record.topic());
    assertArrayEquals(Keys.encode(7L), record.key());
    assertEquals("book", new String(record.value(), StandardCharsets.UTF_8));
    assertEquals(List.of(StandardHeaders.EVENT_TYPE, StandardHeaders.CORRELATION_ID),
        record.headers().stream().map(RecordHeader::name).toList());
    assertEquals("OrderPlaced", record.headers().get(0).stringValue());
    assertTrue(transport.log.isEmpty(), "nothing is prepared or subscribed before start: " + transport.log);
  }

  @Test
  void startPreparesEveryTopicWithItsDeadLetterTopicThenSubscribesEachGroupOnce() {
    Injector injector = injector(List.of(
        Orders_Publisher.Registration.class, Shipping_Dispatcher.Registration.class, Billing_Dispatcher.Registration.class));
    Tidings tidings = injector.getInstance(Tidings.class);
    tidings.start();

    assertEquals(List.of("prepare orders, orders.dlq", "subscribe billing [orders]", "subscribe shipping [orders]"), transport.log);
    TopicDescriptor deadLetters = transport.prepared.get(1);
    assertEquals(2, deadLetters.partitions(), "same partitions, so a key keeps its partition number");
    assertTrue(deadLetters.eventTypes().isEmpty());

    tidings.close();
    assertEquals(List.of("close billing", "close shipping", "close transport"), transport.log.subList(3, 6));
  }

  @Test
  void consumersAreCreatedByGuiceAndReceiveTheirRecords() throws Exception {
    Shipping.HANDLED.clear();
    Tidings tidings = injector().getInstance(Tidings.class);
    tidings.start();
    var handler = transport.handlers.get("shipping");
    handler.handle(new Delivery("shipping", "orders", 1, 0, 0, Keys.encode(9L), "pen".getBytes(StandardCharsets.UTF_8),
        List.of(RecordHeader.utf8(StandardHeaders.EVENT_TYPE, "OrderPlaced")))).toCompletableFuture().get(5, TimeUnit.SECONDS);
    assertEquals(List.of("shipped 9:pen"), Shipping.HANDLED);
    tidings.close();
  }

  @Test
  void startTwiceFailsAndCloseIsIdempotent() {
    Tidings tidings = injector().getInstance(Tidings.class);
    tidings.start();
    IllegalStateException twice = assertThrows(IllegalStateException.class, tidings::start);
    assertEquals("Tidings.start() was already called (state started): start it once, and create a new injector to start"
        + " again after close()", twice.getMessage());
    tidings.close();
    tidings.close();
    assertEquals(1, transport.log.stream().filter("close transport"::equals).count());
  }

  @Test
  void closeWithoutStartStillReleasesTheTransport() {
    Tidings tidings = injector().getInstance(Tidings.class);
    tidings.close();
    assertEquals(List.of("close transport"), transport.log);
  }

  @Test
  void twoMethodsClaimingOneEventTypeInOneGroupFailStartNamingBoth() {
    Injector injector = injector(List.of(Shipping_Dispatcher.Registration.class, ShippingTwin.TwinRegistration.class));
    Tidings tidings = injector.getInstance(Tidings.class);
    IllegalStateException error = assertThrows(IllegalStateException.class, tidings::start);
    assertEquals("Tidings cannot start: Shipping.on(OrderPlaced) and ShippingTwin.handle(OrderPlaced) both handle"
        + " OrderPlaced from topic orders in group shipping. Each record goes to exactly one method per group: move one"
        + " of the methods to another group (@Consumes(group = ...)), or merge them into one method.", error.getMessage());
    assertTrue(transport.log.contains("close transport"), "a failed start releases the transport");
    assertFalse(transport.log.stream().anyMatch(line -> line.startsWith("subscribe")));
  }

  @Test
  void twoDeclarationsOfOneTopicThatDisagreeFailStart() {
    Injector injector = injector(List.of(Orders_Publisher.Registration.class, ShippingTwin.WideRegistration.class));
    IllegalStateException error = assertThrows(IllegalStateException.class, injector.getInstance(Tidings.class)::start);
    assertEquals("Tidings cannot start: topic orders is declared by io.tidings.runtime.fixture.Orders and by"
        + " java.lang.Runnable, which disagree on partitions (2 vs 4). Make every declaration of a topic agree (or give"
        + " one of them another topic name) and rebuild.", error.getMessage());
  }

  @Test
  void aStaleServiceEntryFailsWithAMessageSayingToRebuild() {
    CreationException error = assertThrows(CreationException.class,
        () -> Services.withNames(List.of("com.example.Gone_Publisher$Registration"), this::injector));
    assertTrue(error.getMessage().contains("could not be loaded"), error.getMessage());
    assertTrue(error.getMessage().contains("Rebuild the module with the Tidings annotation processor"), error.getMessage());
  }

  @Test
  void healthReportsLifecycleTransportAndGroups() {
    Tidings tidings = injector().getInstance(Tidings.class);
    assertFalse(tidings.health().up());
    tidings.start();
    Health health = tidings.health();
    assertTrue(health.up());
    assertEquals(List.of("lifecycle", "recording", "group shipping"), health.parts().stream().map(Health::name).toList());
    tidings.close();
    assertEquals("closed", tidings.health().parts().get(0).detail());
  }

  @Test
  void aConsumerGuiceCannotCreateFailsWhenTheInjectorIsBuilt() {
    CreationException error = assertThrows(CreationException.class,
        () -> injector(List.of(UncreatableRegistration.class)));
    assertTrue(error.getMessage().contains(Uncreatable.class.getName()), error.getMessage());
  }

  @Test
  void tidingsIsASingletonThatNeedsATransportWhenTheInjectorIsBuilt() {
    Injector injector = injector();
    assertSame(injector.getInstance(Tidings.class), injector.getInstance(Tidings.class));
    CreationException error = assertThrows(CreationException.class,
        () -> Guice.createInjector(new TidingsModule(TidingsSettings.defaults())));
    assertTrue(error.getMessage().contains(Transport.class.getName()), error.getMessage());
  }

  @Test
  void tidingsUsesTheSettingsTheInjectorBinds() {
    TidingsSettings overridden = TidingsSettings.defaults().withDeadLetterSuffix(".parked");
    Injector injector = Guice.createInjector(
        com.google.inject.util.Modules.override(new TidingsModule(TidingsSettings.defaults()))
            .with(binder -> binder.bind(TidingsSettings.class).toInstance(overridden)),
        binder -> binder.bind(Transport.class).toInstance(transport));
    try (CapturedLog log = new CapturedLog()) {
      Tidings tidings = injector.getInstance(Tidings.class);
      tidings.start();
      tidings.close();
      assertTrue(log.lines().stream().anyMatch(line -> line.contains("Tidings started") && line.contains(overridden.toString())),
          log.lines().toString());
    }
  }

  @Test
  void dispatchersAreBoundAsASet() {
    Set<Dispatcher> dispatchers = injector(List.of(Shipping_Dispatcher.Registration.class, Billing_Dispatcher.Registration.class))
        .getInstance(Key.get(new TypeLiteral<Set<Dispatcher>>() {}));
    assertEquals(2, dispatchers.size());
  }

  /** A consumer without an injectable constructor. */
  static final class Uncreatable {
    Uncreatable(String needsAValue) {}
  }

  /** Registers {@link Uncreatable}. */
  public static final class UncreatableRegistration implements Component {
    @Override
    public void register(io.tidings.runtime.spi.ComponentRegistry registry) {
      registry.consumer(Uncreatable.class, consumer -> null);
    }
  }

  @Test
  void closeReportsWhatWasLeftInFlight() {
    Tidings tidings = injector().getInstance(Tidings.class);
    tidings.start();
    // One record handled normally, then one without event type whose dead letter is never acknowledged.
    transport.subscriptionsFinish = false;
    transport.handlers.get("shipping").handle(new Delivery("shipping", "orders", 1, 3, 0, Keys.encode(9L),
        "pen".getBytes(StandardCharsets.UTF_8), List.of(RecordHeader.utf8(StandardHeaders.EVENT_TYPE, "OrderPlaced"))));
    transport.answer = record -> new java.util.concurrent.CompletableFuture<>();
    transport.handlers.get("shipping").handle(new Delivery("shipping", "orders", 0, 8, 0, Keys.encode(9L),
        "pen".getBytes(StandardCharsets.UTF_8), List.of()));
    List<String> lines;
    try (CapturedLog log = new CapturedLog()) {
      tidings.close();
      lines = log.lines();
    }
    assertTrue(lines.stream().anyMatch(line -> line.contains("WARN io.tidings.runtime.Tidings - Group shipping did not"
        + " finish within 30s (TIDINGS_SHUTDOWN_TIMEOUT); 1 record(s) left in flight will be delivered again:"
        + " [orders-0@8 (no event type, writing dead letter to orders.dlq)]")), String.join("\n", lines));
  }
}
