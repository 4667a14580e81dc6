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
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
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
import java.util.function.BiConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The state of one in-memory broker: partition logs, consumer groups with their committed positions
 * and members, and the delivery loop. Every field is guarded by this object's monitor; handlers are
 * always called outside it, on the subscribing member's own small thread pool.
 *
 * <p>Per group and partition there is one {@link Slot}: the committed position, the member that
 * owns the partition, and whether it is being delivered. While a slot is busy, one task on its
 * owner's pool delivers its records in order, one at a time: it takes a run of up to {@value
 * #MAX_RUN} records under the monitor, hands each to the handler outside it, goes on with the next
 * as soon as a stage completes normally, and commits the run's position under the monitor before it
 * takes the next run (or goes to the back of the pool's queue if other partitions wait for a
 * thread, so a partition that is always fed does not starve the others). So a partition is handled
 * in order by one member at a time, a busy partition costs one lock round trip per run and no
 * thread wake-up per record, and a record is committed only after its stage completed normally. A
 * stage that is still pending when its handler returns is awaited: its completion commits the
 * record and delivers the next one. A stage that completes exceptionally pauses the slot and the
 * same record is delivered again (to whichever member then owns it). A task stops after the record
 * in hand when its member closes or loses the partition, so the new owner takes over from the
 * committed position.
 *
 * <p>Retention: every record is kept unless the broker was given a retention limit; then records
 * beyond the newest {@code retainedRecords} of a partition are dropped once every group that ever
 * consumed the partition committed past them (offsets keep counting, as on Kafka).
 */
public final class MemoryEngine {
  /** Keep every record: the default, so tests see everything that was published. */
  public static final int RETAIN_ALL = Integer.MAX_VALUE;
  /** The most records one delivery task takes from a partition under the monitor at a time. */
  static final int MAX_RUN = 64;

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
  private final int retainedRecords;
  private final Clock clock;
  private final Map<String, TopicLog> topics = new TreeMap<>();
  private final Map<Class<?>, TopicDescriptor> apis = new HashMap<>();
  private final Map<String, Group> groups = new TreeMap<>();
  private final Map<String, Deque<Fault>> faults = new HashMap<>();
  private int members;

  /**
   * A broker that keeps every record.
   *
   * @param redeliveryPause how long a partition waits before a record whose stage failed is delivered again
   * @param deliveryThreads the size of each subscription's thread pool
   */
  public MemoryEngine(Duration redeliveryPause, int deliveryThreads, Clock clock) {
    this(redeliveryPause, deliveryThreads, clock, RETAIN_ALL);
  }

  /**
   * @param redeliveryPause how long a partition waits before a record whose stage failed is delivered again
   * @param deliveryThreads the size of each subscription's thread pool
   * @param retainedRecords how many records of each partition are kept at least ({@link #RETAIN_ALL}
   *     keeps every one); older ones are dropped once every group consuming the partition handled them
   */
  public MemoryEngine(Duration redeliveryPause, int deliveryThreads, Clock clock, int retainedRecords) {
    if (retainedRecords < 1) {
      throw new IllegalArgumentException("retainedRecords must be at least 1, not " + retainedRecords);
    }
    this.redeliveryPause = redeliveryPause;
    this.deliveryThreads = deliveryThreads;
    this.clock = clock;
    this.retainedRecords = retainedRecords;
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
      log.grow(descriptor.partitions());
      for (Group group : groups.values()) {
        group.addSlots(log);
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

  /** Every retained record of {@code topic} in the order the broker appended them (empty if unknown). */
  public synchronized List<MemoryRecord> records(String topic) {
    TopicLog log = topics.get(topic);
    return log == null ? List.of() : log.inAppendOrder();
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
   * Appends a record, unless a fault was injected for its topic, and calls {@code whenDone} with its
   * receipt or the injected failure, on the calling thread and outside the monitor. Equal keys go to
   * one partition (Kafka's murmur2), {@code null} keys go round-robin. Unknown topics are created
   * with one partition, as Kafka's auto-creation does.
   *
   * @return {@code false}, without calling {@code whenDone}, if an injected stall swallowed the
   *     record: it is never acknowledged
   */
  public boolean send(OutboundRecord record, BiConsumer<? super Receipt, ? super Throwable> whenDone) {
    Receipt receipt = null;
    Throwable error = null;
    synchronized (this) {
      Deque<Fault> pending = faults.isEmpty() ? null : faults.get(record.topic());
      if (pending == null || pending.isEmpty()) {
        MemoryRecord stored = append(record);
        receipt = new Receipt(stored.topic(), stored.partition(), stored.offset(), stored.timestamp());
      } else {
        Fault fault = pending.peek();
        if (--fault.remaining == 0) {
          pending.poll();
        }
        if (fault.error == null) {
          return false;
        }
        error = fault.error;
      }
    }
    whenDone.accept(receipt, error);
    return true;
  }

  /** Appends a record regardless of injected faults; returns it as stored. */
  public synchronized MemoryRecord append(OutboundRecord record) {
    TopicLog log = topics.get(record.topic());
    if (log == null) {
      log = new TopicLog(record.topic(), 1);
      topics.put(log.name, log);
    }
    int partitions = log.partitions.size();
    Partition partition = log.partitions.get(record.key() == null
        ? Math.floorMod(log.roundRobin++, partitions)
        : Murmur2.partition(record.key(), partitions));
    MemoryRecord stored = new MemoryRecord(
        log.name, partition.number, partition.end(), clock.instant(), record.key(), record.value(), record.headers());
    partition.append(stored, log.appended++, stored.timestamp().toEpochMilli());
    List<Slot> slots = partition.slots;
    for (int i = 0; i < slots.size(); i++) {
      pump(slots.get(i));
    }
    trim(partition);
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
      state.addSlots(this.topics.get(name));
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
      pump(slot);
    }
  }

  /** Starts a delivery task for the slot if it has records to deliver, an owner, and none running. */
  private void pump(Slot slot) {
    Member owner = slot.owner;
    if (slot.busy != null || slot.paused || owner == null || owner.closed || slot.committed >= slot.partition.end()) {
      return;
    }
    slot.busy = owner;
    owner.inFlight++;
    try {
      owner.pool.execute(() -> deliver(slot, owner));
    } catch (RejectedExecutionException e) {
      slot.busy = null;
      owner.inFlight--;
    }
  }

  /**
   * The delivery task of a busy slot: delivers runs of records until the partition is drained, a
   * stage is pending or failed, or the member closed or lost the partition.
   */
  private void deliver(Slot slot, Member member) {
    MemoryRecord[] run = slot.run;
    long[] times = slot.runTimes;
    long handled = -1; // the offset of the last record handled since the last commit, or -1
    while (true) {
      int taken;
      synchronized (this) {
        if (handled >= 0) {
          commit(slot, handled);
          handled = -1;
          if (!member.pool.getQueue().isEmpty()) {
            // other partitions wait for this member's threads: go to the back of the queue (release re-submits)
            release(slot, member);
            return;
          }
        }
        taken = slot.owner == member && !member.closed ? slot.partition.copy(slot.committed, run, times) : 0;
        if (taken == 0) {
          release(slot, member);
          return;
        }
      }
      for (int i = 0; i < taken; i++) {
        MemoryRecord record = run[i];
        run[i] = null;
        Delivery delivery = new Delivery(
            slot.group.name, record.topic(), record.partition(), record.offset(), times[i],
            record.key(), record.value(), record.headers());
        CompletionStage<Void> stage = handle(member, delivery);
        if (stage instanceof CompletableFuture<Void> future && future.isDone() && !future.isCompletedExceptionally()) {
          handled = record.offset();
          if (slot.owner != member || member.closed) {
            Arrays.fill(run, i + 1, taken, null);
            break;
          }
          continue;
        }
        // pending or failed: commit what came before, and let the stage's completion go on
        Arrays.fill(run, i + 1, taken, null);
        if (handled >= 0) {
          synchronized (this) {
            commit(slot, handled);
          }
        }
        stage.whenComplete((ignored, error) -> completed(slot, member, delivery, error));
        return;
      }
    }
  }

  private static CompletionStage<Void> handle(Member member, Delivery delivery) {
    CompletionStage<Void> stage;
    try {
      stage = member.handler.handle(delivery);
    } catch (RuntimeException | Error e) {
      stage = CompletableFuture.failedFuture(e);
    }
    return stage == null
        ? CompletableFuture.failedFuture(new IllegalStateException("the delivery handler returned no stage"))
        : stage;
  }

  /** Commits a record handled in order: the slot's position moves past it. */
  private void commit(Slot slot, long offset) {
    if (offset >= slot.committed) {
      slot.committed = offset + 1;
      trim(slot.partition);
    }
  }

  /** Applies the retention limit, if any: on appends and on commits, so an idle partition is trimmed too. */
  private void trim(Partition partition) {
    if (retainedRecords != RETAIN_ALL) {
      partition.trim(retainedRecords);
    }
  }

  /** Ends the slot's delivery task: the slot is free, so its (maybe new) owner may start another. */
  private void release(Slot slot, Member member) {
    slot.busy = null;
    member.inFlight--;
    pump(slot);
    notifyAll();
  }

  /** The end of a stage that was pending or failed when its handler returned. */
  private synchronized void completed(Slot slot, Member member, Delivery delivery, Throwable error) {
    if (error == null) {
      if (slot.committed == delivery.offset()) {
        commit(slot, delivery.offset());
      }
    } else {
      LOG.warn("{} was not handled by group {} ({}); delivering it again in {} ms",
          delivery.position(), slot.group.name, error.toString(), redeliveryPause.toMillis());
      slot.paused = true;
      TIMER.schedule(() -> resume(slot), redeliveryPause.toNanos(), TimeUnit.NANOSECONDS);
    }
    release(slot, member);
  }

  private synchronized void resume(Slot slot) {
    slot.paused = false;
    pump(slot);
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
    while (!idle()) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        throw new AssertionError("MemoryBroker is not idle after " + timeout.toMillis() + " ms: " + String.join("; ", lagging())
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

  /** Whether no slot lags: checked on every wake-up of {@link #awaitIdle}, so it builds nothing. */
  private boolean idle() {
    for (Group group : groups.values()) {
      for (Slot slot : group.slots.values()) {
        if (slot.lagging()) {
          return false;
        }
      }
    }
    return true;
  }

  private List<String> lagging() {
    List<String> lagging = new ArrayList<>();
    for (Group group : groups.values()) {
      for (Slot slot : group.slots.values()) {
        if (slot.lagging()) {
          long end = slot.partition.end();
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
    final List<Partition> partitions = new ArrayList<>();
    TopicDescriptor descriptor;
    int roundRobin;
    /** How many records were appended to the topic: each record's place in its append order. */
    long appended;

    TopicLog(String name, int partitions) {
      this.name = name;
      grow(partitions);
    }

    void grow(int count) {
      while (partitions.size() < count) {
        partitions.add(new Partition(name, partitions.size()));
      }
    }

    /** The retained records of every partition, merged back into the order they were appended. */
    List<MemoryRecord> inAppendOrder() {
      int total = 0;
      for (Partition partition : partitions) {
        total += partition.count;
      }
      List<MemoryRecord> records = new ArrayList<>(total);
      int[] next = new int[partitions.size()];
      for (int n = 0; n < total; n++) {
        int earliest = -1;
        for (int p = 0; p < next.length; p++) {
          Partition partition = partitions.get(p);
          if (next[p] < partition.count
              && (earliest < 0 || partition.sequences[next[p]] < partitions.get(earliest).sequences[next[earliest]])) {
            earliest = p;
          }
        }
        records.add(partitions.get(earliest).records[next[earliest]++]);
      }
      return Collections.unmodifiableList(records);
    }
  }

  /**
   * One partition's log: the retained records, from offset {@code start} to {@link #end()}, each with
   * its place in the topic's append order, and the slots of the groups that consume it.
   */
  private static final class Partition {
    final String topic;
    final int number;
    final List<Slot> slots = new ArrayList<>();
    MemoryRecord[] records = new MemoryRecord[16];
    long[] sequences = new long[16];
    /** Each record's timestamp in epoch milliseconds, as deliveries carry it (computed once, by the publisher). */
    long[] times = new long[16];
    /** The offset of {@code records[0]}: 0 until retention dropped records. */
    long start;
    int count;

    Partition(String topic, int number) {
      this.topic = topic;
      this.number = number;
    }

    /** The offset the next record will get. */
    long end() {
      return start + count;
    }

    void append(MemoryRecord record, long sequence, long millis) {
      if (count == records.length) {
        int capacity = Math.max(16, count * 2);
        records = Arrays.copyOf(records, capacity);
        sequences = Arrays.copyOf(sequences, capacity);
        times = Arrays.copyOf(times, capacity);
      }
      records[count] = record;
      sequences[count] = sequence;
      times[count] = millis;
      count++;
    }

    /** Copies up to {@code into.length} records and their timestamps from offset {@code from} on; returns how many. */
    int copy(long from, MemoryRecord[] into, long[] intoTimes) {
      int first = (int) (from - start);
      int taken = Math.max(0, Math.min(into.length, count - first));
      System.arraycopy(records, first, into, 0, taken);
      System.arraycopy(times, first, intoTimes, 0, taken);
      return taken;
    }

    /**
     * Drops the oldest records beyond {@code retained} that every consuming group committed past,
     * in chunks of at least half the log so that each record is moved a bounded number of times.
     */
    void trim(int retained) {
      if (count < 2L * retained) {
        return;
      }
      long handled = end();
      for (Slot slot : slots) {
        handled = Math.min(handled, slot.committed);
      }
      int drop = (int) Math.min(count - retained, handled - start);
      if (drop < count / 2) {
        return;
      }
      System.arraycopy(records, drop, records, 0, count - drop);
      System.arraycopy(sequences, drop, sequences, 0, count - drop);
      System.arraycopy(times, drop, times, 0, count - drop);
      Arrays.fill(records, count - drop, count, null);
      count -= drop;
      start += drop;
    }
  }

  private static final class Group {
    final String name;
    final List<Member> members = new ArrayList<>();
    final Map<TopicPartition, Slot> slots = new LinkedHashMap<>();

    Group(String name) {
      this.name = name;
    }

    /** Adds a slot for every partition of {@code topic} this group has none for, if it consumes the topic. */
    void addSlots(TopicLog log) {
      boolean subscribed = slots.keySet().stream().anyMatch(p -> p.topic().equals(log.name))
          || members.stream().anyMatch(m -> m.topics.contains(log.name));
      if (!subscribed) {
        return;
      }
      for (Partition partition : log.partitions) {
        TopicPartition position = new TopicPartition(log.name, partition.number);
        if (!slots.containsKey(position)) {
          Slot slot = new Slot(this, position, partition);
          slots.put(position, slot);
          partition.slots.add(slot);
        }
      }
    }
  }

  /** One group's position on one partition; a new group starts at the oldest retained record, as Kafka's "earliest". */
  private static final class Slot {
    final Group group;
    final TopicPartition position;
    final Partition partition;
    /** The records a delivery task took from the log: used by one task at a time (while busy). */
    final MemoryRecord[] run = new MemoryRecord[MAX_RUN];
    final long[] runTimes = new long[MAX_RUN];
    long committed;
    /** Read without the monitor by the delivery task, between records. */
    volatile Member owner;
    Member busy;
    boolean paused;

    Slot(Group group, TopicPartition position, Partition partition) {
      this.group = group;
      this.position = position;
      this.partition = partition;
      this.committed = partition.start;
    }

    /** Whether it has an owner and records it has not handled, something in flight, or a pending redelivery. */
    boolean lagging() {
      return busy != null || paused || (owner != null && committed < partition.end());
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

  /**
   * A topic and partition, printed {@code topic-partition}. Its {@code equals}/{@code hashCode} are
   * written out: a record's own are linked through {@code invokedynamic} on first use, which costs
   * start-up time (the first groups hash these).
   */
  record TopicPartition(String topic, int partition) {
    @Override
    public boolean equals(Object other) {
      return other instanceof TopicPartition that && partition == that.partition && topic.equals(that.topic);
    }

    @Override
    public int hashCode() {
      return 31 * topic.hashCode() + partition;
    }

    @Override
    public String toString() {
      return topic + "-" + partition;
    }
  }
}
