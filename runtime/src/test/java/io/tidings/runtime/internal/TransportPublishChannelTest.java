package io.tidings.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tidings.runtime.PublishException;
import io.tidings.runtime.PublishInterceptor;
import io.tidings.runtime.Receipt;
import io.tidings.runtime.codec.Keys;
import io.tidings.runtime.fixture.Orders_Publisher;
import io.tidings.runtime.fixture.RecordingTransport;
import io.tidings.runtime.spi.DeliveryHandler;
import io.tidings.runtime.spi.OutboundRecord;
import io.tidings.runtime.spi.RecordHeader;
import io.tidings.runtime.spi.StandardHeaders;
import io.tidings.runtime.spi.Subscription;
import io.tidings.runtime.spi.TopicDescriptor;
import io.tidings.runtime.spi.Transport;
import java.lang.ref.WeakReference;
import java.net.ConnectException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;

/** The channel a generated publisher sends through. */
class TransportPublishChannelTest {
  private final RecordingTransport transport = new RecordingTransport();
  private final TransportPublishChannel channel =
      new TransportPublishChannel(Orders_Publisher.TOPIC, () -> transport, Duration.ofMillis(50));
  private static final byte[] VALUE = "pen".getBytes(StandardCharsets.UTF_8);

  @Test
  void addsTheEventTypeHeaderBeforeTheMethodsHeaders() {
    Receipt receipt = channel.publish(Keys.encode(7L), "OrderPlaced", VALUE, List.of(RecordHeader.utf8("reason", "gift")));
    assertEquals(new Receipt("orders", 0, 0, Instant.EPOCH), receipt);
    var record = transport.sent.get(0);
    assertEquals("orders", record.topic());
    assertEquals(List.of(StandardHeaders.EVENT_TYPE, StandardHeaders.CORRELATION_ID, "reason"),
        record.headers().stream().map(RecordHeader::name).toList());
    assertEquals("OrderPlaced", record.headers().get(0).stringValue());
    assertTrue(record.headers().get(1).stringValue().matches("[0-9a-f]{32}"), record.headers().toString());
    assertEquals("gift", record.headers().get(2).stringValue());
    assertSame(Orders_Publisher.TOPIC, channel.topic());
  }

  @Test
  void aRefusedRecordThrowsAPublishExceptionNamingTopicEventTypeKeyAndCause() {
    ConnectException cause = new ConnectException("Connection refused");
    transport.answer = record -> CompletableFuture.failedFuture(cause);
    PublishException error = assertThrows(PublishException.class, () -> channel.publish(Keys.encode(7L), "OrderPlaced", VALUE, List.of()));
    assertEquals("Publishing OrderPlaced to topic orders (key 0x0000000000000007 (8 bytes)) failed:"
        + " java.net.ConnectException: Connection refused. Check that the broker is reachable (Tidings.health() shows"
        + " the transport), that topic orders exists with 2 partition(s) and that this service may write to it",
        error.getMessage());
    assertSame(cause, error.getCause());
  }

  @Test
  void anUnacknowledgedRecordTimesOut() {
    transport.answer = record -> new CompletableFuture<>();
    PublishException error = assertThrows(PublishException.class, () -> channel.publish(null, "OrderPlaced", VALUE, List.of()));
    assertEquals("Publishing OrderPlaced to topic orders (key no key) was not acknowledged within 50ms"
        + " (TIDINGS_PUBLISH_TIMEOUT). Check that the broker is reachable (Tidings.health() shows the transport) and"
        + " that the topic exists; the record may still be written, so publishing again may duplicate it", error.getMessage());
  }

  @Test
  void publishAsyncNeverThrowsAndNeverWaits() throws Exception {
    CompletableFuture<Receipt> ack = new CompletableFuture<>();
    transport.answer = record -> ack;
    CompletableFuture<Receipt> sent = channel.publishAsync(Keys.encode(1L), "OrderPlaced", VALUE, List.of());
    assertFalse(sent.isDone());
    ack.complete(new Receipt("orders", 1, 5, Instant.EPOCH));
    assertEquals(5, sent.get(5, TimeUnit.SECONDS).offset());

    transport.answer = record -> {
      throw new IllegalStateException("producer closed");
    };
    CompletableFuture<Receipt> refused = channel.publishAsync(Keys.encode("k"), "OrderPlaced", VALUE, List.of());
    ExecutionException error = assertThrows(ExecutionException.class, () -> refused.get(5, TimeUnit.SECONDS));
    PublishException publish = assertInstanceOf(PublishException.class, error.getCause());
    assertTrue(publish.getMessage().startsWith("Publishing OrderPlaced to topic orders (key \"k\") failed:"
        + " java.lang.IllegalStateException: producer closed."), publish.getMessage());
  }

  @Test
  void anInterruptedPublishKeepsTheInterruptFlag() {
    transport.answer = record -> new CompletableFuture<>();
    Thread.currentThread().interrupt();
    try {
      PublishException error = assertThrows(PublishException.class, () -> channel.publish(null, "OrderPlaced", VALUE, List.of()));
      assertTrue(error.getMessage().contains("interrupted"), error.getMessage());
      assertTrue(Thread.currentThread().isInterrupted());
    } finally {
      Thread.interrupted();
    }
  }

  @Test
  void eachEventTypeKeepsItsOwnHeaderWhenTypesAlternate() {
    for (String type : List.of("OrderPlaced", "OrderCancelled", "OrderPlaced", "OrderCancelled")) {
      channel.publishAsync(Keys.encode(7L), type, VALUE, List.of()).join();
    }
    assertEquals(List.of("OrderPlaced", "OrderCancelled", "OrderPlaced", "OrderCancelled"),
        transport.sent.stream().map(record -> record.headers().get(0).stringValue()).toList());
  }

  @Test
  void everyRecordGetsItsOwnCorrelationIdOf32HexDigits() {
    for (int i = 0; i < 100; i++) {
      channel.publishAsync(Keys.encode(7L), "OrderPlaced", VALUE, List.of()).join();
    }
    List<String> ids = transport.sent.stream().map(record -> record.headers().get(1).stringValue()).toList();
    assertTrue(ids.stream().allMatch(id -> id.matches("[0-9a-f]{32}")), ids.toString());
    assertEquals(100, ids.stream().distinct().count(), "no id repeats");
  }

  @Test
  void theTransportIsLookedUpOnceAndAFailedLookupFailsOnlyThatPublish() {
    java.util.concurrent.atomic.AtomicInteger lookups = new java.util.concurrent.atomic.AtomicInteger();
    TransportPublishChannel lazy = new TransportPublishChannel(Orders_Publisher.TOPIC, () -> {
      if (lookups.incrementAndGet() == 1) {
        throw new IllegalStateException("no transport bound yet");
      }
      return transport;
    }, Duration.ofSeconds(5));
    ExecutionException first = assertThrows(ExecutionException.class,
        () -> lazy.publishAsync(Keys.encode(7L), "OrderPlaced", VALUE, List.of()).get(5, TimeUnit.SECONDS));
    assertInstanceOf(PublishException.class, first.getCause());
    assertTrue(first.getCause().getMessage().contains("no transport bound yet"), first.getCause().getMessage());
    for (int i = 0; i < 3; i++) {
      lazy.publish(Keys.encode(7L), "OrderPlaced", VALUE, List.of());
    }
    assertEquals(2, lookups.get(), "looked up again after the failure, then kept");
    assertEquals(3, transport.sent.size());
  }

  @Test
  void theRecordsHeaderListCannotBeChangedByAnInterceptorOrTransport() {
    channel.publishAsync(Keys.encode(7L), "OrderPlaced", VALUE, List.of()).join();
    List<RecordHeader> headers = transport.sent.get(0).headers();
    assertThrows(UnsupportedOperationException.class, () -> headers.set(0, RecordHeader.utf8("x", "y")));
    assertThrows(UnsupportedOperationException.class, () -> headers.add(RecordHeader.utf8("x", "y")));
  }

  @Test
  void theRecordsHeaderListOfTwoBehavesLikeAnyImmutableList() {
    channel.publishAsync(Keys.encode(7L), "OrderPlaced", VALUE, List.of()).join();
    List<RecordHeader> headers = transport.sent.get(0).headers();
    assertEquals(2, headers.size());
    assertEquals(List.of(headers.get(0), headers.get(1)), headers, "equal to any list of the same headers");
    assertEquals(List.of(headers.get(0), headers.get(1)).hashCode(), headers.hashCode());
    assertThrows(UnsupportedOperationException.class, () -> headers.add(RecordHeader.utf8("tenant", "t1")),
        "an interceptor or transport cannot change the record's headers in place");
    assertThrows(IndexOutOfBoundsException.class, () -> headers.get(2));
  }

  @Test
  void interceptorsSeeTheRecordBeforeAndAfterTheSend() {
    List<String> seen = new CopyOnWriteArrayList<>();
    PublishInterceptor interceptor = new PublishInterceptor() {
      @Override
      public OutboundRecord beforePublish(OutboundRecord record) {
        List<RecordHeader> headers = new ArrayList<>(record.headers());
        headers.add(RecordHeader.utf8("tenant", "t1"));
        return new OutboundRecord(record.topic(), record.key(), record.value(), headers);
      }

      @Override
      public void afterPublish(OutboundRecord record, Receipt receipt, Throwable failure) {
        seen.add(record.headers().get(record.headers().size() - 1) + " " + receipt.offset() + " " + failure);
      }
    };
    TransportPublishChannel intercepted =
        new TransportPublishChannel(Orders_Publisher.TOPIC, () -> transport, Duration.ofSeconds(5), List.of(interceptor));
    intercepted.publishAsync(Keys.encode(7L), "OrderPlaced", VALUE, List.of()).join();
    assertEquals(List.of("tenant=t1 0 null"), seen, "afterPublish gets the record beforePublish returned");
  }

  @Test
  void anUnacknowledgedSendWithoutInterceptorsDoesNotKeepItsRecordAlive() throws Exception {
    // A producer may hold many thousands of sends unacknowledged: each should keep as little alive as possible.
    List<BiConsumer<? super Receipt, ? super Throwable>> callbacks = new ArrayList<>();
    Transport holdsOnlyTheCallback = new Transport() {
      @Override
      public void prepare(Collection<TopicDescriptor> topics) {}

      @Override
      public CompletableFuture<Receipt> send(OutboundRecord record) {
        throw new UnsupportedOperationException();
      }

      @Override
      public void send(OutboundRecord record, BiConsumer<? super Receipt, ? super Throwable> whenDone) {
        callbacks.add(whenDone);
      }

      @Override
      public Subscription subscribe(String group, Collection<TopicDescriptor> topics, DeliveryHandler handler) {
        throw new UnsupportedOperationException();
      }

      @Override
      public void close(Duration timeout) {}
    };
    TransportPublishChannel holding = new TransportPublishChannel(Orders_Publisher.TOPIC, () -> holdsOnlyTheCallback, Duration.ofSeconds(5));
    WeakReference<byte[]> value = publishAndForget(holding);
    for (int i = 0; i < 20 && value.get() != null; i++) {
      System.gc();
      Thread.sleep(10);
    }
    assertNull(value.get(), "the unacknowledged send still references the record's value");
    callbacks.get(0).accept(new Receipt("orders", 0, 0, Instant.EPOCH), null);
  }

  private static WeakReference<byte[]> publishAndForget(TransportPublishChannel on) {
    byte[] value = "a value nobody else holds".getBytes(StandardCharsets.UTF_8);
    on.publishAsync(Keys.encode(7L), "OrderPlaced", value, List.of());
    return new WeakReference<>(value);
  }
}
