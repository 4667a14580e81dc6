package io.tidings.memory.internal;

import io.tidings.runtime.Health;
import io.tidings.runtime.Receipt;
import io.tidings.runtime.spi.DeliveryHandler;
import io.tidings.runtime.spi.OutboundRecord;
import io.tidings.runtime.spi.Subscription;
import io.tidings.runtime.spi.TopicDescriptor;
import io.tidings.runtime.spi.Transport;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiConsumer;

/**
 * The {@link Transport} over a {@link MemoryEngine}: sends append to partition logs, subscriptions
 * are group members with their own threads. Several transports may share one engine, like several
 * service instances share one Kafka cluster. Thread-safe.
 */
public final class MemoryTransport implements Transport {
  private final MemoryEngine engine;
  private final List<Member> members = new CopyOnWriteArrayList<>();
  private final Set<CompletableFuture<Receipt>> unacknowledged = ConcurrentHashMap.newKeySet();
  private volatile boolean closed;

  /** Declares {@code topics} (the application's published topics) so they exist with their partitions before any send. */
  public MemoryTransport(MemoryEngine engine, Collection<TopicDescriptor> topics) {
    this.engine = engine;
    topics.forEach(engine::declare);
  }

  @Override
  public void prepare(Collection<TopicDescriptor> topics) {
    topics.forEach(engine::declare);
  }

  @Override
  public CompletableFuture<Receipt> send(OutboundRecord record) {
    CompletableFuture<Receipt> sent = new CompletableFuture<>();
    send(record, (receipt, error) -> {
      if (error == null) {
        sent.complete(receipt);
      } else {
        sent.completeExceptionally(error);
      }
    });
    return sent;
  }

  /** Calls {@code whenDone} on the calling thread once the record is stored: no future per record. */
  @Override
  public void send(OutboundRecord record, BiConsumer<? super Receipt, ? super Throwable> whenDone) {
    if (closed) {
      whenDone.accept(null, new IllegalStateException("the memory transport is closed; publish before Tidings.close()"));
      return;
    }
    if (!engine.send(record, whenDone)) {
      // an injected stall: never acknowledged by the broker, failed when the transport closes
      CompletableFuture<Receipt> stalled = new CompletableFuture<>();
      unacknowledged.add(stalled);
      stalled.whenComplete((receipt, error) -> unacknowledged.remove(stalled));
      stalled.whenComplete(whenDone);
    }
  }

  @Override
  public Subscription subscribe(String group, Collection<TopicDescriptor> topics, DeliveryHandler handler) {
    if (closed) {
      throw new IllegalStateException("the memory transport is closed");
    }
    Member member = engine.join(group, topics, handler);
    members.add(member);
    return member;
  }

  @Override
  public void close(Duration timeout) {
    closed = true;
    for (Member member : members) {
      member.close(timeout);
    }
    for (CompletableFuture<Receipt> sent : new ArrayList<>(unacknowledged)) {
      sent.completeExceptionally(new IllegalStateException("the memory transport closed before the broker acknowledged the record"));
    }
  }

  @Override
  public Health health() {
    if (closed) {
      return Health.down("memory", "closed");
    }
    List<Health> groups = new ArrayList<>();
    members.stream().filter(member -> !member.closed).map(Member::group).distinct().forEach(group -> groups.add(engine.groupHealth(group)));
    return groups.isEmpty() ? Health.up("memory", "in-memory broker, no subscriptions") : Health.of("memory", groups);
  }
}
