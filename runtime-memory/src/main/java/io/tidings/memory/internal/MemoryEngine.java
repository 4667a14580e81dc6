package io.tidings.memory.internal;

import io.tidings.memory.MemoryRecord;
import io.tidings.runtime.Health;
import io.tidings.runtime.Receipt;
import io.tidings.runtime.spi.Delivery;
import io.tidings.runtime.spi.DeliveryHandler;
import io.tidings.runtime.spi.OutboundRecord;
import io.tidings.runtime.spi.TopicDescriptor;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The state of one in-memory broker: partition logs, consumer groups with their committed positions
 * and members, and the delivery loop. Every field is guarded by this object's monitor; handlers are
 * always called outside it, on the subscribing member's own small thread pool.
 *
 * <p>Per group and partition there is one {@link Slot}: the committed position, the member that
 * owns the partition, and whether a record is in flight. A record is handed to the owner only when
 * nothing is in flight for that slot, so a partition is handled in order by one member at a time; its
 * position is committed the moment its stage completes normally. A stage that completes exceptionally
 * pauses the slot and the same record is delivered again (to whichever member then owns it).
 */
public final class MemoryEngine {
  private static final Logger LOG = LoggerFactory.getLogger(MemoryEngine.class);
  private static final AtomicInteger BROKERS = new AtomicInteger();
  private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(task -> {
    Thread thread = new Thread(task, "tidings-memory-timer");
    thread.setDaemon(true);
    return thread;
  });

  private final int id = BROKERS.incrementAndGet();
  private final Duration redeliveryPause;
  private final int deliveryThreads;
  private final Clock clock;
  private final Map<String, TopicLog> topics = new TreeMap<>();
  private final Map<Class<?>, TopicDescriptor> apis = new HashMap<>();
  private final Map<String, Group> groups = new TreeMap<>();
  private final Map<String, Deque<Fault>> faults = new HashMap<>();
  private int members;

  /**
   * @param redeliveryPause how long a partition waits before a record whose stage failed is delivered again
   * @param deliveryThreads the size of each subscription's thread pool
   */
  public MemoryEngine(Duration redeliveryPause, int deliveryThreads, Clock clock) {
    this.redeliveryPause = redeliveryPause;
    this.deliveryThreads = deliveryThreads;
    this.clock = clock;
  }

  // ---------------------------------------------------------------- topics

  /**
   * Creates the topic if it is unknown, learns its descriptor, and grows it if it has fewer
   * partitions than declared.
   *
   * @throws IllegalStateException if the topic already has more partitions than declared
   */
  public synchronized void declare(TopicDescriptor descriptor) {
    TopicLog log = topics.get(descriptor.name());
    if (log == null) {
      log = new TopicLog(descriptor.name(), descriptor.partitions());
      topics.put(log.name, log);
    } else if (log.partitions.size() > descriptor.partitions()) {
      throw new IllegalStateException(
          "topic " + descriptor.name() + " already has " + log.partitions.size() + " partitions in this MemoryBroker, but "
              + descriptor.api().getName() + " declares " + descriptor.partitions()
              + ": partitions can be added, never removed; use a new MemoryBroker or make the declarations agree");
    } else if (log.partitions.size() < descriptor.partitions()) {
      while (log.partitions.size() < descriptor.partitions()) {
        log.partitions.add(new ArrayList<>());
      }
      for (Group group : groups.values()) {
        group.addSlots(this, log.name);
        rebalance(group);
      }
    }
    if (!descriptor.eventTypes().isEmpty()) {
      if (log.descriptor == null) {
        log.descriptor = descriptor;
      }
      apis.putIfAbsent(descriptor.api(), descriptor);
    }
  }

  /** The descriptor of topic interface {@code api}, or {@code null} if no transport declared it. */
  public synchronized TopicDescriptor descriptor(Class<?> api) {
    return apis.get(api);
  }

  /** Every record of {@code topic} in the order the broker appended them (empty if unknown). */
  public synchronized List<MemoryRecord> records(String topic) {
    TopicLog log = topics.get(topic);
    return log == null ? List.of() : List.copyOf(log.all);
  }

  /** The next offset group {@code group} will handle on the partition (0 if it never committed). */
  public synchronized long committed(String group, String topic, int partition) {
    Group state = groups.get(group);
    Slot slot = state == null ? null : state.slots.get(new TopicPartition(topic, partition));
    return slot == null ? 0 : slot.committed;
  }

  /** Makes the next {@code count} sends to {@code topic} fail with {@code error}, or never complete if it is {@code null}. */
  public synchronized void injectFault(String topic, int count, Throwable error) {
    if (count < 1) {
      throw new IllegalArgumentException("count must be at least 1, not " + count);
    }
    faults.computeIfAbsent(topic, t -> new ArrayDeque<>()).add(new Fault(count, error));
  }

  /**
   * Appends a record, unless a fault was injected for its topic. Equal keys go to one partition
   * (Kafka's murmur2), {@code null} keys go round-robin. Unknown topics are created with one
   * partition, as Kafka's auto-creation does.
   */
  public synchronized CompletableFuture<Receipt> send(OutboundRecord record) {
    Deque<Fault> pending = faults.get(record.topic());
    if (pending != null && !pending.isEmpty()) {
      Fault fault = pending.peek();
      if (--fault.remaining == 0) {
        pending.poll();
      }
      return fault.error == null ? new CompletableFuture<>() : CompletableFuture.failedFuture(fault.error);
    }
    MemoryRecord stored = append(record);
    return CompletableFuture.completedFuture(
        new Receipt(stored.topic(), stored.partition(), stored.offset(), stored.timestamp()));
  }

  /** Appends a record regardless of injected faults; returns it as stored. */
  public synchronized MemoryRecord append(OutboundRecord record) {
    TopicLog log = topics.computeIfAbsent(record.topic(), name -> new TopicLog(name, 1));
    int partition = record.key() == null
        ? Math.floorMod(log.roundRobin++, log.partitions.size())
        : Murmur2.partition(record.key(), log.partitions.size());
    List<MemoryRecord> records = log.partitions.get(partition);
    MemoryRecord stored = new MemoryRecord(
        log.name, partition, records.size(), clock.instant(), record.key(), record.value(), record.headers());
    records.add(stored);
    log.all.add(stored);
    TopicPartition position = new TopicPartition(log.name, partition);
    for (Group group : groups.values()) {
      Slot slot = group.slots.get(position);
      if (slot != null) {
        pump(group, slot);
      }
    }
    notifyAll();
    return stored;
  }

  // ---------------------------------------------------------------- groups

  /** Adds a member to {@code group}, consuming {@code topics}, and rebalances the group. */
  public synchronized Member join(String group, Collection<TopicDescriptor> topics, DeliveryHandler handler) {
    if (topics.isEmpty()) {
      throw new IllegalArgumentException("group " + group + " subscribes to no topic");
    }
    List<String> names = new ArrayList<>();
    for (TopicDescriptor topic : topics) {
      declare(topic);
      names.add(topic.name());
    }
    Group state = groups.computeIfAbsent(group, Group::new);
    int number = ++members;
    AtomicInteger threads = new AtomicInteger();
    ThreadPoolExecutor pool = new ThreadPoolExecutor(
        deliveryThreads, deliveryThreads, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(),
        task -> {
          Thread thread = new Thread(task, "tidings-memory-" + id + "-" + group + "-" + number + "-" + threads.incrementAndGet());
          thread.setDaemon(true);
          return thread;
        });
    Member member = new Member(this, state.name, number, List.copyOf(names), handler, pool);
    state.members.add(member);
    for (String name : names) {
      state.addSlots(this, name);
    }
    rebalance(state);
    LOG.debug("Member {} joined group {} on {}", number, group, names);
    return member;
  }

  /**
   * Removes a member from its group (its partitions move to the others at once, each after its
   * in-flight record finished), waits at most {@code timeout} for the records it is handling, then
   * stops its threads.
   *
   * @return whether everything it was handling finished in time
   */
  boolean leave(Member member, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    boolean finished;
    synchronized (this) {
      if (!member.closed) {
        member.closed = true;
        Group group = groups.get(member.group);
        group.members.remove(member);
        rebalance(group);
      }
      long left;
      while (member.inFlight > 0 && (left = deadline - System.nanoTime()) > 0) {
        try {
          TimeUnit.NANOSECONDS.timedWait(this, left);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          break;
        }
      }
      finished = member.inFlight == 0;
    }
    member.pool.shutdown();
    return finished;
  }

  private void rebalance(Group group) {
    Map<String, List<Member>> byTopic = new HashMap<>();
    for (Member member : group.members) {
      for (String topic : member.topics) {
        byTopic.computeIfAbsent(topic, t -> new ArrayList<>()).add(member);
      }
    }
    for (Slot slot : group.slots.values()) {
      List<Member> eligible = byTopic.getOrDefault(slot.position.topic(), List.of());
      slot.owner = eligible.isEmpty() ? null : eligible.get(slot.position.partition() % eligible.size());
    }
    for (Slot slot : group.slots.values()) {
      pump(group, slot);
    }
  }

  private void pump(Group group, Slot slot) {
    Member owner = slot.owner;
    if (slot.busy != null || slot.paused || owner == null || owner.closed) {
      return;
    }
    List<MemoryRecord> records = topics.get(slot.position.topic()).partitions.get(slot.position.partition());
    if (slot.committed >= records.size()) {
      return;
    }
    MemoryRecord record = records.get((int) slot.committed);
    Delivery delivery = new Delivery(
        group.name, record.topic(), record.partition(), record.offset(), record.timestamp().toEpochMilli(),
        record.key(), record.value(), record.headers());
    slot.busy = owner;
    owner.inFlight++;
    try {
      owner.pool.execute(() -> run(group, slot, owner, delivery));
    } catch (RejectedExecutionException e) {
      slot.busy = null;
      owner.inFlight--;
    }
  }

  private void run(Group group, Slot slot, Member member, Delivery delivery) {
    CompletionStage<Void> stage;
    try {
      stage = member.handler.handle(delivery);
    } catch (RuntimeException | Error e) {
      stage = CompletableFuture.failedFuture(e);
    }
    if (stage == null) {
      stage = CompletableFuture.failedFuture(new IllegalStateException("the delivery handler returned no stage"));
    }
    stage.whenComplete((ignored, error) -> completed(group, slot, member, delivery, error));
  }

  private synchronized void completed(Group group, Slot slot, Member member, Delivery delivery, Throwable error) {
    slot.busy = null;
    member.inFlight--;
    if (error == null) {
      if (slot.committed == delivery.offset()) {
        slot.committed = delivery.offset() + 1;
      }
    } else {
      LOG.warn("{} was not handled by group {} ({}); delivering it again in {} ms",
          delivery.position(), group.name, error.toString(), redeliveryPause.toMillis());
      slot.paused = true;
      TIMER.schedule(() -> resume(group, slot), redeliveryPause.toNanos(), TimeUnit.NANOSECONDS);
    }
    pump(group, slot);
    notifyAll();
  }

  private synchronized void resume(Group group, Slot slot) {
    slot.paused = false;
    pump(group, slot);
    notifyAll();
  }

  // ---------------------------------------------------------------- test support

  /**
   * Waits until every group caught up with every partition it has a member for and nothing is in
   * flight or waiting to be delivered again.
   *
   * @throws AssertionError listing each lagging group, partition and position if it times out
   */
  public synchronized void awaitIdle(Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    List<String> lagging;
    while (!(lagging = lagging()).isEmpty()) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        throw new AssertionError("MemoryBroker is not idle after " + timeout.toMillis() + " ms: " + String.join("; ", lagging)
            + ". A handler may be blocked, or keep failing and being delivered again (see the log)");
      }
      try {
        TimeUnit.NANOSECONDS.timedWait(this, left);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted while waiting for the MemoryBroker to be idle", e);
      }
    }
  }

  private List<String> lagging() {
    List<String> lagging = new ArrayList<>();
    for (Group group : groups.values()) {
      for (Slot slot : group.slots.values()) {
        long end = topics.get(slot.position.topic()).partitions.get(slot.position.partition()).size();
        boolean behind = slot.owner != null && slot.committed < end;
        if (slot.busy != null || slot.paused || behind) {
          lagging.add("group " + group.name + " " + slot.position + " at " + slot.committed + " of " + end
              + (slot.busy != null ? ", offset " + slot.committed + " in flight" : "")
              + (slot.paused ? ", waiting to deliver offset " + slot.committed + " again" : ""));
        }
      }
    }
    return lagging;
  }

  /** The broker's view of a member: alive, and which partitions it owns. */
  synchronized Health health(Member member) {
    String name = "group " + member.group + " member " + member.number;
    if (member.closed) {
      return Health.down(name, "closed");
    }
    if (member.pool.isShutdown()) {
      return Health.down(name, "delivery threads stopped");
    }
    List<String> owned = new ArrayList<>();
    Group group = groups.get(member.group);
    for (Slot slot : group.slots.values()) {
      if (slot.owner == member) {
        owned.add(slot.position.toString());
      }
    }
    return Health.up(name, owned.isEmpty() ? "no partitions assigned (more members than partitions)" : "partitions " + owned);
  }

  /** The broker's view of a group: up if it has a live member for every topic and partition. */
  synchronized Health groupHealth(String name) {
    Group group = groups.get(name);
    if (group == null || group.members.isEmpty()) {
      return Health.down("group " + name, "no live member");
    }
    long unowned = group.slots.values().stream().filter(slot -> slot.owner == null).count();
    return unowned == 0
        ? Health.up("group " + name, group.members.size() + " member(s), " + group.slots.size() + " partition(s)")
        : Health.down("group " + name, unowned + " partition(s) without a member");
  }

  // ---------------------------------------------------------------- state

  private static final class TopicLog {
    final String name;
    final List<List<MemoryRecord>> partitions = new ArrayList<>();
    final List<MemoryRecord> all = new ArrayList<>();
    TopicDescriptor descriptor;
    int roundRobin;

    TopicLog(String name, int partitions) {
      this.name = name;
      for (int i = 0; i < partitions; i++) {
        this.partitions.add(new ArrayList<>());
      }
    }
  }

  private static final class Group {
    final String name;
    final List<Member> members = new ArrayList<>();
    final Map<TopicPartition, Slot> slots = new LinkedHashMap<>();

    Group(String name) {
      this.name = name;
    }

    void addSlots(MemoryEngine engine, String topic) {
      TopicLog log = engine.topics.get(topic);
      boolean subscribed = slots.keySet().stream().anyMatch(p -> p.topic().equals(topic))
          || members.stream().anyMatch(m -> m.topics.contains(topic));
      if (!subscribed) {
        return;
      }
      for (int p = 0; p < log.partitions.size(); p++) {
        slots.computeIfAbsent(new TopicPartition(topic, p), Slot::new);
      }
    }
  }

  private static final class Slot {
    final TopicPartition position;
    long committed;
    Member owner;
    Member busy;
    boolean paused;

    Slot(TopicPartition position) {
      this.position = position;
    }
  }

  private static final class Fault {
    final Throwable error;
    int remaining;

    Fault(int remaining, Throwable error) {
      this.remaining = remaining;
      this.error = error;
    }
  }

  /** A topic and partition, printed {@code topic-partition}. */
  record TopicPartition(String topic, int partition) {
    @Override
    public String toString() {
      return topic + "-" + partition;
    }
  }
}
