package io.tidings.kafka;

import static org.junit.jupiter.api.Assertions.fail;

import io.tidings.annotations.Format;
import io.tidings.runtime.spi.Delivery;
import io.tidings.runtime.spi.DeliveryHandler;
import io.tidings.runtime.spi.OutboundRecord;
import io.tidings.runtime.spi.RecordHeader;
import io.tidings.runtime.spi.TopicDescriptor;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.Supplier;

/** Small helpers shared by the transport tests: topics, records, waiting and a recording handler. */
final class Fixtures {
  /** Stands in for a {@code @Topic} interface in descriptors. */
  interface TestTopic {}

  private Fixtures() {}

  static TopicDescriptor topic(String name, int partitions) {
    return new TopicDescriptor(name, TestTopic.class, partitions, Format.JSON, (short) -1, null, false, String.class, List.of());
  }

  static TopicDescriptor topic(String name, int partitions, short replicas, Duration retention, boolean compacted) {
    return new TopicDescriptor(name, TestTopic.class, partitions, Format.JSON, replicas, retention, compacted, String.class, List.of());
  }

  static OutboundRecord record(String topic, String key, String value, RecordHeader... headers) {
    return new OutboundRecord(
        topic, key == null ? null : bytes(key), value == null ? null : bytes(value), List.of(headers));
  }

  static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  static String text(byte[] bytes) {
    return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
  }

  /** Waits until {@code condition} holds, failing with {@code message} after {@code timeout}. */
  static void await(Duration timeout, Supplier<String> message, BooleanSupplier condition) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        fail("timed out after " + timeout + ": " + message.get());
      }
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        fail("interrupted");
      }
    }
  }

  /** A handler that records every delivery, then answers as {@code behaviour} says. */
  static final class Recorder implements DeliveryHandler {
    private final List<Delivery> deliveries = new ArrayList<>();
    private volatile Function<Delivery, CompletionStage<Void>> behaviour = d -> CompletableFuture.completedFuture(null);

    Recorder() {}

    Recorder(Function<Delivery, CompletionStage<Void>> behaviour) {
      this.behaviour = behaviour;
    }

    @Override
    public CompletionStage<Void> handle(Delivery delivery) {
      synchronized (deliveries) {
        deliveries.add(delivery);
      }
      return behaviour.apply(delivery);
    }

    List<Delivery> deliveries() {
      synchronized (deliveries) {
        return List.copyOf(deliveries);
      }
    }

    List<String> values() {
      List<String> values = new ArrayList<>();
      for (Delivery delivery : deliveries()) {
        values.add(text(delivery.value()));
      }
      return values;
    }

    int count() {
      synchronized (deliveries) {
        return deliveries.size();
      }
    }

    void awaitCount(int count) {
      await(Duration.ofSeconds(45), () -> "expected " + count + " deliveries, got " + values(), () -> count() >= count);
    }
  }
}
