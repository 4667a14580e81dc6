package io.tidings.runtime.spi;

import io.tidings.runtime.Health;
import io.tidings.runtime.Receipt;
import java.time.Duration;
import java.util.Collection;
import java.util.concurrent.CompletableFuture;

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
   * Whether the transport can reach its broker and every subscription is alive. The default says
   * nothing is known; real transports report their connection and each group's threads.
   */
  default Health health() {
    return Health.up(getClass().getSimpleName(), "no health checks");
  }
}
