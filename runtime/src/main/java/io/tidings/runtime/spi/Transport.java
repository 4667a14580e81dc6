package io.tidings.runtime.spi;

import io.tidings.runtime.Health;
import io.tidings.runtime.Receipt;
import java.time.Duration;
import java.util.Collection;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiConsumer;

/**
 * Moves bytes between Tidings and a broker: Kafka in production, memory in tests. A transport sends
 * records, delivers records to subscribed groups and commits their positions; it never decides what
 * happens to a record that fails — that policy lives once, in the runtime's delivery pipeline, so
 * every transport behaves alike.
 *
 * <p>Bound by a backend's Guice module ({@code MemoryModule}, {@code KafkaModule}); started and closed
 * by {@code io.tidings.runtime.Tidings}, never by Guice.
 */
public interface Transport {

  /**
   * Makes sure the given topics exist (creating or verifying them as the transport is configured
   * to). Called once by {@code Tidings.start()} before any subscription, with every topic the
   * application publishes to or consumes, and their dead-letter topics.
   */
  void prepare(Collection<TopicDescriptor> topics);

  /**
   * Sends a record. The future completes with the record's receipt once the broker acknowledged it,
   * or exceptionally; the call itself never blocks for the acknowledgement. Records with equal keys
   * go to the same partition (Kafka's murmur2 partitioner), so they keep their order.
   */
  CompletableFuture<Receipt> send(OutboundRecord record);

  /**
   * Sends a record and calls {@code whenDone} exactly once, with the receipt or the failure, on
   * whatever thread learns the outcome (the broker client's I/O thread for Kafka); never blocks for
   * the acknowledgement. The same contract as {@link #send(OutboundRecord)} without a future per
   * record: the runtime's publish path uses it so that one publish allocates one future, its own.
   * {@code whenDone} must be quick and must not throw. The default adapts {@link
   * #send(OutboundRecord)}; a transport overrides it when it can call back directly.
   */
  default void send(OutboundRecord record, BiConsumer<? super Receipt, ? super Throwable> whenDone) {
    CompletableFuture<Receipt> sent;
    try {
      sent = send(record);
    } catch (RuntimeException e) {
      whenDone.accept(null, e);
      return;
    }
    sent.whenComplete(whenDone);
  }

  /**
   * Starts delivering the records of {@code topics} to {@code handler} as a member of consumer group
   * {@code group}, from the group's committed positions (or the earliest record for a new group).
   * See {@link DeliveryHandler} for the ordering and commit contract.
   */
  Subscription subscribe(String group, Collection<TopicDescriptor> topics, DeliveryHandler handler);

  /**
   * Releases the transport after every subscription was closed: flushes pending sends (waiting at
   * most {@code timeout}) and closes connections.
   */
  void close(Duration timeout);

  /**
   * Whether the transport can reach its broker. Subscriptions report their own threads through
   * {@link Subscription#health()}, which {@code Tidings.health()} lists next to this, so a transport
   * does not repeat them here. The default says nothing is known.
   */
  default Health health() {
    return Health.up(getClass().getSimpleName(), "no health checks");
  }
}
