package io.tidings.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tidings.annotations.Format;
import io.tidings.runtime.BusinessFailure;
import io.tidings.runtime.PermanentFailure;
import io.tidings.runtime.Receipt;
import io.tidings.runtime.TidingsSettings;
import io.tidings.runtime.TransientFailure;
import io.tidings.runtime.codec.DecodeException;
import io.tidings.runtime.fixture.CapturedLog;
import io.tidings.runtime.fixture.OrderPlaced;
import io.tidings.runtime.fixture.RecordingTransport;
import io.tidings.runtime.spi.Delivery;
import io.tidings.runtime.spi.Dispatcher;
import io.tidings.runtime.spi.EventType;
import io.tidings.runtime.spi.OutboundRecord;
import io.tidings.runtime.spi.RecordHeader;
import io.tidings.runtime.spi.Route;
import io.tidings.runtime.spi.StandardHeaders;
import io.tidings.runtime.spi.TopicDescriptor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import io.tidings.annotations.Backoff;
import io.tidings.runtime.HandleInterceptor;
import io.tidings.runtime.spi.FailurePolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The delivery pipeline's policy: routing, classification, retries and dead letters. */
class DeliveryPipelineTest {
  private static final TopicDescriptor TOPIC = new TopicDescriptor(
      "orders", Runnable.class, 2, Format.JSON, (short) -1, null, false, String.class,
      List.of(
          new EventType<>("OrderPlaced", OrderPlaced.class, OrderPlaced.CODEC),
          new EventType<>("OrderShipped", OrderPlaced.class, OrderPlaced.CODEC)));
  private static final Instant NOW = Instant.parse("2026-11-23T10:15:30Z");

  private final RecordingTransport transport = new RecordingTransport();
  private final ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(2);
  private final Queue<Supplier<CompletionStage<Void>>> outcomes = new ConcurrentLinkedQueue<>();
  private final AtomicInteger calls = new AtomicInteger();
  private FailurePolicy policy = FailurePolicy.DEFAULT;
  private Runnable during = () -> {};

  @AfterEach
  void stop() {
    scheduler.shutdownNow();
  }

  /** The handler: each call takes the next scripted outcome; with none left, it succeeds. */
  private final Dispatcher dispatcher = new Dispatcher() {
    @Override
    public List<Route> routes() {
      return List.of(new Route(TOPIC, "shipping", "OrderPlaced", 0, "Shipping.on(OrderPlaced)", policy));
    }

    @Override
    public CompletionStage<Void> dispatch(int route, Delivery delivery) {
      assertEquals(0, route);
      calls.incrementAndGet();
      during.run();
      Supplier<CompletionStage<Void>> outcome = outcomes.poll();
      return outcome == null ? DONE : outcome.get();
    }
  };

  private DeliveryPipeline pipeline(TidingsSettings settings, HandleInterceptor... interceptors) {
    Topics topics = Topics.of(List.of(TOPIC));
    RouteTable table = RouteTable.build(List.of(dispatcher), topics).get("shipping");
    return new DeliveryPipeline(
        table, topics, transport, settings, scheduler, Clock.fixed(NOW, ZoneOffset.UTC), List.of(interceptors));
  }

  private DeliveryPipeline pipeline() {
    return pipeline(TidingsSettings.defaults().withRetry(3, Duration.ofMillis(1), Duration.ofMillis(2), 2));
  }

  private static Delivery delivery(String eventType) {
    List<RecordHeader> headers = new ArrayList<>();
    if (eventType != null) {
      headers.add(RecordHeader.utf8(StandardHeaders.EVENT_TYPE, eventType));
    }
    headers.add(RecordHeader.utf8("trace", "t-1"));
    return new Delivery("shipping", "orders", 1, 42, 1000, "k-1".getBytes(StandardCharsets.UTF_8),
        "pen".getBytes(StandardCharsets.UTF_8), headers);
  }

  private void then(RuntimeException error) {
    outcomes.add(() -> {
      throw error;
    });
  }

  private static void await(CompletionStage<Void> stage) throws Exception {
    stage.toCompletableFuture().get(10, TimeUnit.SECONDS);
  }

  private OutboundRecord onlyDeadLetter() {
    assertEquals(1, transport.sent.size(), "dead letters: " + transport.sent);
    return transport.sent.get(0);
  }

  private static Map<String, String> headers(OutboundRecord record) {
    Map<String, String> headers = new java.util.LinkedHashMap<>();
    record.headers().forEach(header -> headers.put(header.name(), header.stringValue()));
    return headers;
  }

  @Test
  void mappedExceptionsAreClassifiedByTheMostSpecificListedType() throws Exception {
    policy = FailurePolicy.DEFAULT
        .withPermanent(IllegalArgumentException.class)
        .withBusiness(NumberFormatException.class);
    DeliveryPipeline pipeline = pipeline();
    then(new NumberFormatException("not a number"));
    await(pipeline.handle(delivery("OrderPlaced")));
    assertEquals(1, calls.get());
    assertTrue(transport.sent.isEmpty(), "a business failure is not dead-lettered");

    then(new IllegalArgumentException("bad"));
    await(pipeline.handle(delivery("OrderPlaced")));
    assertEquals(2, calls.get(), "a permanent failure is not retried");
    assertEquals(IllegalArgumentException.class.getName(), headers(onlyDeadLetter()).get(StandardHeaders.DLQ_ERROR_CLASS));
  }

  @Test
  void eachRecordIsRoutedByItsOwnEventTypeWhenTypesAlternate() throws Exception {
    DeliveryPipeline pipeline = pipeline();
    await(pipeline.handle(delivery("OrderPlaced")));
    await(pipeline.handle(delivery("OrderPlaced")));
    assertEquals(2, calls.get());
    await(pipeline.handle(delivery("OrderShipped")));
    assertEquals(2, calls.get(), "a type this group has no handler for is acknowledged, not handed to the last one's");
    assertTrue(transport.sent.isEmpty());
    await(pipeline.handle(delivery("OrderPlacedV2")));
    assertEquals(2, calls.get());
    assertEquals("orders", headers(onlyDeadLetter()).get(StandardHeaders.DLQ_TOPIC), "an unknown type is dead-lettered");
    await(pipeline.handle(delivery("OrderPlaced")));
    assertEquals(3, calls.get());
  }

  @Test
  void tidingsOwnFailureTypesMeanWhatTheySayWhateverTheMapping() throws Exception {
    policy = FailurePolicy.DEFAULT.withBusiness(RuntimeException.class);
    then(new PermanentFailure("gone"));
    await(pipeline().handle(delivery("OrderPlaced")));
    assertEquals(1, calls.get());
    assertEquals("gone", headers(onlyDeadLetter()).get(StandardHeaders.DLQ_ERROR_MESSAGE));
  }

  @Test
  void aRoutesRetryPolicyAndDeadLetterTopicOverrideTheSettings() throws Exception {
    policy = FailurePolicy.DEFAULT.withMaxAttempts(2).withBackoff(Backoff.FIXED).withDeadLetterTopic("orders.errors");
    then(new IllegalStateException("busy"));
    then(new IllegalStateException("still busy"));
    await(pipeline().handle(delivery("OrderPlaced")));
    assertEquals(2, calls.get());
    OutboundRecord letter = onlyDeadLetter();
    assertEquals("orders.errors", letter.topic());
    assertEquals("2", headers(letter).get(StandardHeaders.DLQ_ATTEMPTS));
    assertEquals("still busy", headers(letter).get(StandardHeaders.DLQ_ERROR_MESSAGE));
  }

  @Test
  void interceptorsSeeEveryCallAndEveryOutcome() throws Exception {
    List<String> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
    HandleInterceptor recorder = new HandleInterceptor() {
      @Override
      public void beforeHandle(Delivery delivery, int attempt) {
        seen.add("before " + attempt);
      }

      @Override
      public void afterHandle(Delivery delivery, int attempt, Throwable thrown) {
        seen.add("after " + attempt + (thrown == null ? "" : " " + thrown.getMessage()));
      }

      @Override
      public void onOutcome(Delivery delivery, Outcome outcome, int attempts, long nanos, Throwable failure) {
        seen.add(outcome + " " + attempts);
      }
    };
    HandleInterceptor broken = new HandleInterceptor() {
      @Override
      public void beforeHandle(Delivery delivery, int attempt) {
        throw new IllegalStateException("interceptor bug");
      }
    };
    DeliveryPipeline pipeline = pipeline(
        TidingsSettings.defaults().withRetry(2, Duration.ofMillis(1), Duration.ofMillis(1), 1), broken, recorder);
    await(pipeline.handle(delivery("OrderPlaced")));
    assertEquals(List.of("before 1", "after 1", "HANDLED 1"), seen);

    seen.clear();
    then(new IllegalStateException("x"));
    then(new IllegalStateException("y"));
    await(pipeline.handle(delivery("OrderPlaced")));
    assertEquals(List.of("before 1", "after 1 x", "RETRY_SCHEDULED 1", "before 2", "after 2 y", "DEAD_LETTERED 2"), seen);
  }

  @Test
  void whatAHandlerPublishesCarriesTheCorrelationCausationAndTraceForward() throws Exception {
    TransportPublishChannel channel = new TransportPublishChannel(TOPIC, () -> transport, Duration.ofSeconds(5));
    during = () -> channel.publish(null, "OrderShipped", new byte[0], List.of());
    List<RecordHeader> headers = new ArrayList<>(delivery("OrderPlaced").headers());
    headers.add(RecordHeader.utf8(StandardHeaders.CORRELATION_ID, "c-1"));
    headers.add(RecordHeader.utf8(StandardHeaders.TRACEPARENT, "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01"));
    await(pipeline().handle(new Delivery("shipping", "orders", 1, 42, 1000, null, new byte[0], headers)));
    Map<String, String> published = headers(transport.sent.get(0));
    assertEquals("c-1", published.get(StandardHeaders.CORRELATION_ID));
    assertEquals("orders-1@42", published.get(StandardHeaders.CAUSATION_ID));
    assertEquals("00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01", published.get(StandardHeaders.TRACEPARENT));

    during = () -> {};
    channel.publish(null, "OrderShipped", new byte[0], List.of());
    Map<String, String> outside = headers(transport.sent.get(1));
    assertFalse(outside.containsKey(StandardHeaders.CAUSATION_ID), "outside a handler there is no cause");
    assertFalse(outside.get(StandardHeaders.CORRELATION_ID).equals("c-1"), "outside a handler a new conversation starts");
  }

  @Test
  void aDeadLetterThatFailsAgainIsAcknowledgedNotDeadLetteredAgain() throws Exception {
    Dispatcher reader = new Dispatcher() {
      @Override
      public List<Route> routes() {
        return List.of(new Route(TOPIC, "desk", "OrderPlaced", 0, "Desk.on(DeadLetter<OrderPlaced>)",
            FailurePolicy.DEFAULT.withMaxAttempts(1), true));
      }

      @Override
      public CompletionStage<Void> dispatch(int route, Delivery delivery) {
        calls.incrementAndGet();
        throw new IllegalStateException("the desk is closed");
      }
    };
    Topics topics = Topics.of(List.of(TOPIC));
    RouteTable table = RouteTable.build(List.of(reader), topics, "-dead").get("desk");
    assertEquals(List.of("orders-dead"), table.topics().stream().map(TopicDescriptor::name).toList(),
        "the route reads the dead-letter topic named with the configured suffix");
    DeliveryPipeline pipeline = new DeliveryPipeline(table, topics, transport,
        TidingsSettings.defaults().withDeadLetterSuffix("-dead"), scheduler, Clock.fixed(NOW, ZoneOffset.UTC));
    List<RecordHeader> headers = List.of(RecordHeader.utf8(StandardHeaders.EVENT_TYPE, "OrderPlaced"));
    await(pipeline.handle(new Delivery("desk", "orders-dead", 0, 3, 0, null, new byte[0], headers)));
    await(pipeline.handle(new Delivery("desk", "orders-dead", 0, 4, 0, null, new byte[0],
        List.of(RecordHeader.utf8(StandardHeaders.EVENT_TYPE, "OrderLost")))));
    assertEquals(1, calls.get());
    assertTrue(transport.sent.isEmpty(), "nothing is written anywhere: " + transport.sent);
  }

  @Test
  void aSynchronousHandlerThatSucceedsTakesTheFastPathAndGetsTheSharedCompletedStage() {
    DeliveryPipeline pipeline = pipeline();
    assertSame(Dispatcher.DONE, pipeline.handle(delivery("OrderPlaced")), "no stage is made per record");
    assertSame(Dispatcher.DONE, pipeline.handle(delivery("OrderPlaced")));
    assertEquals(2, calls.get());
    assertTrue(pipeline.inFlight().isEmpty());
  }

  @Test
  void aHandlerThatReturnsNormallyCompletesTheStage() throws Exception {
    await(pipeline().handle(delivery("OrderPlaced")));
    assertEquals(1, calls.get());
    assertTrue(transport.sent.isEmpty());
  }

  @Test
  void anAsyncHandlerCompletesTheStageWhenItsOwnStageCompletes() throws Exception {
    CompletableFuture<Void> handler = new CompletableFuture<>();
    outcomes.add(() -> handler);
    CompletionStage<Void> stage = pipeline().handle(delivery("OrderPlaced"));
    assertFalse(stage.toCompletableFuture().isDone());
    handler.complete(null);
    await(stage);
  }

  @Test
  void aBusinessFailureIsAcknowledgedWithoutRetry() throws Exception {
    then(new BusinessFailure("overbooked"));
    await(pipeline().handle(delivery("OrderPlaced")));
    assertEquals(1, calls.get());
    assertTrue(transport.sent.isEmpty());
  }

  @Test
  void aPermanentFailureIsDeadLetteredAtOnceWithTheOriginalBytesAndTheStandardHeaders() throws Exception {
    then(new PermanentFailure("no such customer"));
    await(pipeline().handle(delivery("OrderPlaced")));

    assertEquals(1, calls.get());
    OutboundRecord letter = onlyDeadLetter();
    assertEquals("orders.dlq", letter.topic());
    assertArrayEquals("k-1".getBytes(StandardCharsets.UTF_8), letter.key());
    assertArrayEquals("pen".getBytes(StandardCharsets.UTF_8), letter.value());
    Map<String, String> expected = new java.util.LinkedHashMap<>();
    expected.put(StandardHeaders.EVENT_TYPE, "OrderPlaced");
    expected.put("trace", "t-1");
    expected.put(StandardHeaders.DLQ_TOPIC, "orders");
    expected.put(StandardHeaders.DLQ_PARTITION, "1");
    expected.put(StandardHeaders.DLQ_OFFSET, "42");
    expected.put(StandardHeaders.DLQ_GROUP, "shipping");
    expected.put(StandardHeaders.DLQ_ERROR_CLASS, PermanentFailure.class.getName());
    expected.put(StandardHeaders.DLQ_ERROR_MESSAGE, "no such customer");
    expected.put(StandardHeaders.DLQ_ATTEMPTS, "1");
    expected.put(StandardHeaders.DLQ_TIME, "2026-11-23T10:15:30Z");
    Map<String, String> actual = new java.util.LinkedHashMap<>(headers(letter));
    String stackTrace = actual.remove(StandardHeaders.DLQ_STACK_TRACE);
    assertEquals(expected, actual);
    assertTrue(stackTrace.startsWith(PermanentFailure.class.getName() + ": no such customer"), stackTrace);
    assertTrue(stackTrace.contains("\tat "), stackTrace);
  }

  @Test
  void aDecodeExceptionIsDeadLetteredAtOnce() throws Exception {
    then(new DecodeException("OrderPlaced.item: not a string"));
    await(pipeline().handle(delivery("OrderPlaced")));
    assertEquals(1, calls.get());
    assertEquals(DecodeException.class.getName(), headers(onlyDeadLetter()).get(StandardHeaders.DLQ_ERROR_CLASS));
  }

  @Test
  void aTransientFailureIsRetriedThenSucceeds() throws Exception {
    then(new TransientFailure("busy"));
    then(new IllegalStateException("flaky"));
    await(pipeline().handle(delivery("OrderPlaced")));
    assertEquals(3, calls.get());
    assertTrue(transport.sent.isEmpty());
  }

  @Test
  void aFailedAsyncStageCountsAsATransientFailure() throws Exception {
    outcomes.add(() -> CompletableFuture.failedFuture(new IOException("connection reset")));
    await(pipeline().handle(delivery("OrderPlaced")));
    assertEquals(2, calls.get());
  }

  @Test
  void anExhaustedRecordIsDeadLetteredWithTheLastErrorCutToABoundedLength() throws Exception {
    String longMessage = "x".repeat(5000);
    for (int i = 0; i < 3; i++) {
      then(new TransientFailure(i < 2 ? "busy" : longMessage));
    }
    await(pipeline().handle(delivery("OrderPlaced")));

    assertEquals(3, calls.get());
    Map<String, String> headers = headers(onlyDeadLetter());
    assertEquals("3", headers.get(StandardHeaders.DLQ_ATTEMPTS));
    assertEquals(TransientFailure.class.getName(), headers.get(StandardHeaders.DLQ_ERROR_CLASS));
    String message = headers.get(StandardHeaders.DLQ_ERROR_MESSAGE);
    assertEquals("x".repeat(DeliveryPipeline.MAX_ERROR_MESSAGE) + "… (4000 more characters)", message);
  }

  @Test
  void oneAttemptMeansNoRetry() throws Exception {
    then(new TransientFailure("busy"));
    await(pipeline(TidingsSettings.defaults().withRetry(1, Duration.ZERO, Duration.ZERO, 1)).handle(delivery("OrderPlaced")));
    assertEquals(1, calls.get());
    assertEquals("1", headers(onlyDeadLetter()).get(StandardHeaders.DLQ_ATTEMPTS));
  }

  @Test
  void theStageCompletesOnlyOnceTheDeadLetterIsAcknowledged() throws Exception {
    CompletableFuture<Receipt> ack = new CompletableFuture<>();
    transport.answer = record -> ack;
    then(new PermanentFailure("bad"));
    CompletionStage<Void> stage = pipeline().handle(delivery("OrderPlaced"));
    assertEquals(1, transport.sent.size());
    assertFalse(stage.toCompletableFuture().isDone(), "not done before the dead letter is acknowledged");
    ack.complete(new Receipt("orders.dlq", 1, 0, NOW));
    await(stage);
  }

  @Test
  void aDeadLetterThatCannotBeWrittenFailsTheStageSoTheTransportRedelivers() {
    transport.answer = record -> CompletableFuture.failedFuture(new IOException("disk full"));
    then(new PermanentFailure("bad"));
    ExecutionException error = assertThrows(ExecutionException.class, () -> await(pipeline().handle(delivery("OrderPlaced"))));
    assertEquals("could not write orders-1@42 to orders.dlq: java.io.IOException: disk full", error.getCause().getMessage());
    assertEquals("bad", error.getCause().getSuppressed()[0].getMessage());
  }

  @Test
  void aTransportThatThrowsOnSendAlsoFailsTheStage() {
    transport.answer = record -> {
      throw new IllegalStateException("producer closed");
    };
    then(new PermanentFailure("bad"));
    ExecutionException error = assertThrows(ExecutionException.class, () -> await(pipeline().handle(delivery("OrderPlaced"))));
    assertInstanceOf(IllegalStateException.class, error.getCause().getCause());
  }

  @Test
  void aRecordWithoutEventTypeIsDeadLetteredWithoutCallingTheHandler() throws Exception {
    await(pipeline().handle(delivery(null)));
    assertEquals(0, calls.get());
    Map<String, String> headers = headers(onlyDeadLetter());
    assertEquals("0", headers.get(StandardHeaders.DLQ_ATTEMPTS));
    assertEquals("the record has no tidings-type header, so Tidings cannot tell which type it holds; was it written by a"
        + " Tidings publisher?", headers.get(StandardHeaders.DLQ_ERROR_MESSAGE));
  }

  @Test
  void anEventTypeTheTopicDoesNotCarryIsDeadLettered() throws Exception {
    await(pipeline().handle(delivery("OrderLost")));
    assertEquals(0, calls.get());
    assertEquals("topic orders does not carry event type \"OrderLost\" (it carries [OrderPlaced, OrderShipped]);"
        + " deploy a consumer that knows it, then replay the dead letter",
        headers(onlyDeadLetter()).get(StandardHeaders.DLQ_ERROR_MESSAGE));
  }

  @Test
  void anEventTypeTheGroupDoesNotHandleIsAcknowledged() throws Exception {
    await(pipeline().handle(delivery("OrderShipped")));
    assertEquals(0, calls.get());
    assertTrue(transport.sent.isEmpty());
  }

  @Test
  void stopRetriesReleasesARecordWaitingToBeRetriedUnhandled() {
    DeliveryPipeline pipeline = pipeline(TidingsSettings.defaults().withRetry(3, Duration.ofHours(1), Duration.ofHours(1), 1));
    then(new TransientFailure("busy"));
    CompletionStage<Void> stage = pipeline.handle(delivery("OrderPlaced"));
    assertEquals(List.of("orders-1@42 (OrderPlaced, waiting 1h to retry, attempt 2 of 3)"), pipeline.inFlight());

    pipeline.stopRetries();
    ExecutionException error = assertThrows(ExecutionException.class, () -> await(stage));
    assertInstanceOf(UnhandledDeliveryException.class, error.getCause());
    assertTrue(pipeline.inFlight().isEmpty());
    assertTrue(transport.sent.isEmpty(), "not dead-lettered: it will be delivered again");

    ExecutionException refused = assertThrows(ExecutionException.class, () -> await(pipeline.handle(delivery("OrderPlaced"))));
    assertInstanceOf(UnhandledDeliveryException.class, refused.getCause());
    assertEquals(1, calls.get());
  }

  @Test
  void logsEveryRetryAtWarnAndEveryDeadLetterAtErrorWithPositionEventTypeGroupAndCause() throws Exception {
    then(new TransientFailure("busy"));
    then(new PermanentFailure("bad booking"));
    List<String> lines;
    try (CapturedLog log = new CapturedLog()) {
      await(pipeline().handle(delivery("OrderPlaced")));
      lines = log.lines();
    }
    assertTrue(lines.stream().anyMatch(line -> line.contains("WARN io.tidings.runtime.internal.DeliveryPipeline -"
        + " Shipping.on(OrderPlaced) failed on orders-1@42 (OrderPlaced, group shipping), attempt 1 of 3; retrying in"
        + " 1ms: io.tidings.runtime.TransientFailure: busy")), String.join("\n", lines));
    assertTrue(lines.stream().anyMatch(line -> line.contains("ERROR io.tidings.runtime.internal.DeliveryPipeline -"
        + " Dead-lettered orders-1@42 (OrderPlaced, group shipping, Shipping.on(OrderPlaced), 2 attempt(s)) to"
        + " orders.dlq-0@0: io.tidings.runtime.PermanentFailure: bad booking")), String.join("\n", lines));
  }
}
