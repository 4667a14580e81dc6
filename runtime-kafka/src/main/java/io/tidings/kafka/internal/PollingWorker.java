package io.tidings.kafka.internal;

import io.tidings.runtime.Health;
import io.tidings.runtime.spi.Delivery;
import io.tidings.runtime.spi.DeliveryHandler;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.consumer.OffsetCommitCallback;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One polling thread of a consumer group: owns one {@link KafkaConsumer} and hands its records to the
 * {@link DeliveryHandler}, one at a time per partition, in offset order.
 *
 * <p>How it keeps the {@link DeliveryHandler} contract without blocking the poll loop:
 *
 * <ul>
 *   <li>A stage that is already complete (the common case) is checked in place; the next record of
 *       the partition follows at once.
 *   <li>A pending stage pauses its partition. The loop keeps polling (so the member stays in the
 *       group however long the handler takes) and other partitions keep flowing. The stage's
 *       completion is queued and wakes the consumer; the partition resumes once its records are
 *       handled.
 *   <li>An exceptional stage (or a handler that throws) leaves the record uncommitted; after the
 *       redelivery delay the same record is handed over again, before any later record of its
 *       partition. The fetched batch is kept, so the broker is not asked again.
 *   <li>Offsets of handled records are committed asynchronously at most every 500 ms, synchronously
 *       when partitions are revoked and on close.
 * </ul>
 *
 * <p>Thread-safety: everything except {@link #requestStop}, {@link #health()} and the completion
 * callbacks runs on the worker's own thread; those three touch only volatile fields, a concurrent
 * queue and {@link Consumer#wakeup()}.
 */
public final class PollingWorker implements Runnable {
  private static final Logger LOG = LoggerFactory.getLogger(PollingWorker.class);
  private static final long IDLE_POLL_MS = 500;
  private static final Duration MIN_CLOSE = Duration.ofSeconds(1);
  /**
   * Handled offsets are committed at most this often while polling (like Kafka's own auto-commit,
   * which waits 5 s): a commit per poll costs a broker round trip every few hundred records. What is
   * handled but not yet committed is committed on revocation and close; after a crash it is
   * delivered again, which at-least-once allows.
   */
  private static final long COMMIT_INTERVAL_NANOS = TimeUnit.MILLISECONDS.toNanos(500);
  /** The lag is measured when a poll returned nothing, and otherwise at most this often. */
  private static final long LAG_INTERVAL_NANOS = TimeUnit.MILLISECONDS.toNanos(100);

  private enum Status { STARTING, RUNNING, STOPPED, DEAD }

  private final String group;
  private final String name;
  private final Map<String, Object> config;
  private final List<String> topics;
  private final DeliveryHandler handler;
  private final long redeliveryDelayMs;
  private final long maxPollIntervalMs;
  private final Map<TopicPartition, PartitionState> states = new HashMap<>();
  private final ConcurrentLinkedQueue<Completion> completions = new ConcurrentLinkedQueue<>();
  private final OffsetCommitCallback commitCallback = this::onAsyncCommit;
  private final Duration idlePoll = Duration.ofMillis(IDLE_POLL_MS);

  private final Consumer<byte[], byte[]> consumer;
  private volatile boolean inPoll;
  private volatile boolean stopping;
  private volatile long stopDeadlineNanos;
  private volatile Status status = Status.STARTING;
  private volatile Throwable death;
  private volatile boolean joined;
  private volatile List<TopicPartition> assignment = List.of();
  private volatile long lastPollMillis = System.currentTimeMillis();
  private volatile boolean closedCleanly;
  /** Records of the owned partitions not handled yet, as of the last measurement; -1 while unknown. */
  private volatile long lag = -1;
  private long lastCommitNanos = System.nanoTime();
  private long lastLagNanos = System.nanoTime() - LAG_INTERVAL_NANOS;

  /**
   * Creates a worker; {@link #run()} starts it.
   *
   * @param config the consumer configuration, including group id and client id
   */
  public PollingWorker(
      String group,
      String name,
      Map<String, Object> config,
      Collection<String> topics,
      DeliveryHandler handler,
      Duration redeliveryDelay) {
    this.group = group;
    this.name = name;
    this.config = Map.copyOf(config);
    this.topics = List.copyOf(topics);
    this.handler = handler;
    this.redeliveryDelayMs = redeliveryDelay.toMillis();
    Object interval = config.get(ConsumerConfig.MAX_POLL_INTERVAL_MS_CONFIG);
    this.maxPollIntervalMs = interval == null ? 300_000 : Long.parseLong(interval.toString());
    // Created here, on the subscribing thread, so that a configuration error fails subscribe() itself.
    // From now on only the worker's thread uses it.
    this.consumer = new KafkaConsumer<>(this.config);
  }

  /** Closes the consumer of a worker that never ran (another worker of its group could not be created). */
  public void discard() {
    consumer.close(CloseOptions.timeout(Duration.ZERO));
  }

  /** The thread's name. */
  public String name() {
    return name;
  }

  // -----------------------------------------------------------------------------------------------
  // Life cycle

  @Override
  public void run() {
    try {
      consumer.subscribe(topics, new Rebalance());
      status = Status.RUNNING;
      loop();
      shutDown();
      status = Status.STOPPED;
    } catch (Throwable t) {
      death = t;
      status = Status.DEAD;
      LOG.error(
          "Polling thread {} of consumer group {} died; its partitions go to the group's other members"
              + " and the subscription's health reports it down",
          name, group, t);
      abandon();
    }
  }

  /** Asks the worker to stop fetching, finish in-flight records until {@code deadlineNanos}, commit and close. */
  public void requestStop(long deadlineNanos) {
    stopDeadlineNanos = deadlineNanos;
    stopping = true;
    consumer.wakeup();
  }

  /** Whether the worker's thread died of an unexpected error. */
  public boolean died() {
    return status == Status.DEAD;
  }

  /** Whether the worker closed after every in-flight record finished (meaningful once stopped). */
  public boolean closedCleanly() {
    return closedCleanly;
  }

  /** This thread's health: alive, joined, assigned and polling. */
  public Health health() {
    Status current = status;
    switch (current) {
      case DEAD:
        Throwable cause = death;
        return Health.down(name, "dead: " + cause.getClass().getName() + ": " + cause.getMessage());
      case STOPPED:
        return Health.down(name, "closed");
      case STARTING:
        return Health.down(name, "starting");
      default:
        break;
    }
    if (!joined) {
      return Health.down(name, "joining the group: no partitions assigned yet");
    }
    long sincePoll = System.currentTimeMillis() - lastPollMillis;
    if (sincePoll > maxPollIntervalMs) {
      return Health.down(
          name,
          "not polled for " + sincePoll + " ms (max.poll.interval.ms is " + maxPollIntervalMs
              + "): a handler blocks the polling thread; return a pending stage for long work");
    }
    List<TopicPartition> owned = assignment;
    return Health.up(
        name, owned.isEmpty() ? "polling; no partitions assigned (more members than partitions)" : "polling " + owned);
  }

  // -----------------------------------------------------------------------------------------------
  // The loop

  private void loop() {
    Consumer<byte[], byte[]> kafka = consumer;
    while (!stopping) {
      ConsumerRecords<byte[], byte[]> records = poll(kafka, pollTimeout());
      long started = System.nanoTime();
      if (!records.isEmpty()) {
        for (TopicPartition partition : records.partitions()) {
          PartitionState state = states.get(partition);
          if (state == null) {
            state = new PartitionState(partition);
            states.put(partition, state);
          }
          state.add(records.records(partition));
        }
      }
      processCompletions();
      driveAll();
      long now = System.nanoTime();
      if (now - lastCommitNanos >= COMMIT_INTERVAL_NANOS) {
        lastCommitNanos = now;
        commitAsync();
      }
      if (records.isEmpty() || now - lastLagNanos >= LAG_INTERVAL_NANOS) {
        lastLagNanos = now;
        lag = measureLag(kafka);
      }
      long tookMs = TimeUnit.NANOSECONDS.toMillis(now - started);
      if (tookMs > maxPollIntervalMs / 2) {
        LOG.warn(
            "Consumer group {} ({}): handling one poll's records took {} ms, more than half of max.poll.interval.ms"
                + " ({} ms); the member is removed from the group if it reaches it. Return a pending stage for long"
                + " work, lower KAFKA_CONSUMER_MAX_POLL_RECORDS or raise KAFKA_CONSUMER_MAX_POLL_INTERVAL_MS",
            group, name, tookMs, maxPollIntervalMs);
      }
    }
  }

  /**
   * The lag the client knows without a request (log end minus fetch position) plus the records
   * fetched but not handled yet; -1 if the client does not know it for some owned partition.
   */
  private long measureLag(Consumer<byte[], byte[]> kafka) {
    long total = 0;
    for (TopicPartition partition : assignment) {
      java.util.OptionalLong fetched;
      try {
        fetched = kafka.currentLag(partition);
      } catch (IllegalStateException e) {
        return -1; // revoked meanwhile
      }
      if (fetched.isEmpty()) {
        return -1;
      }
      total += fetched.getAsLong();
      PartitionState state = states.get(partition);
      if (state != null && state.batch != null) {
        total += state.batch.size() - state.index;
      }
    }
    return total;
  }

  /** The lag as of the last measurement (at most 100 ms old while records flow), or -1 if unknown; any thread. */
  long lag() {
    return lag;
  }

  private ConsumerRecords<byte[], byte[]> poll(Consumer<byte[], byte[]> kafka, Duration timeout) {
    inPoll = true;
    try {
      // Checked after announcing the poll: a completion queued before is seen here, one queued after wakes the poll.
      return kafka.poll(completions.isEmpty() ? timeout : Duration.ZERO);
    } catch (WakeupException e) {
      return ConsumerRecords.empty();
    } finally {
      inPoll = false;
      lastPollMillis = System.currentTimeMillis();
    }
  }

  private Duration pollTimeout() {
    if (!completions.isEmpty()) {
      return Duration.ZERO;
    }
    long now = System.currentTimeMillis();
    long earliest = Long.MAX_VALUE;
    for (PartitionState state : states.values()) {
      if (state.retryAtMillis != 0) {
        earliest = Math.min(earliest, state.retryAtMillis);
      }
    }
    if (earliest == Long.MAX_VALUE) {
      return idlePoll;
    }
    long wait = earliest - now;
    return wait <= 0 ? Duration.ZERO : wait >= IDLE_POLL_MS ? idlePoll : Duration.ofMillis(wait);
  }

  private void driveAll() {
    if (states.isEmpty()) {
      return;
    }
    long now = 0;
    for (PartitionState state : states.values()) {
      if (state.retryAtMillis != 0) {
        if (now == 0) {
          now = System.currentTimeMillis();
        }
        if (now < state.retryAtMillis) {
          continue;
        }
        state.retryAtMillis = 0;
      }
      if (state.batch != null) {
        drive(state);
      }
    }
  }

  /** Hands the partition's records over while their stages are complete; pauses or resumes it. */
  private void drive(PartitionState state) {
    List<ConsumerRecord<byte[], byte[]>> batch = state.batch;
    while (!state.inFlight && state.retryAtMillis == 0 && state.index < batch.size() && !stopping) {
      ConsumerRecord<byte[], byte[]> record = batch.get(state.index);
      CompletionStage<Void> stage;
      try {
        stage = handler.handle(toDelivery(record));
        if (stage == null) {
          throw new IllegalStateException("the delivery handler returned null instead of a stage");
        }
      } catch (RuntimeException e) {
        failed(state, record, e);
        break;
      }
      if (stage instanceof CompletableFuture) {
        CompletableFuture<Void> future = (CompletableFuture<Void>) stage;
        if (future.isDone()) {
          if (!future.isCompletedExceptionally()) {
            handled(state, record);
            continue;
          }
          failed(state, record, causeOf(future));
          break;
        }
      }
      state.inFlight = true;
      state.inFlightOffset = record.offset();
      stage.whenComplete(new Completion(state, record.offset()));
    }
    settle(state);
  }

  /** Pauses a partition that still has work queued, resumes one that has none. */
  private void settle(PartitionState state) {
    boolean pending = state.inFlight || state.retryAtMillis != 0 || state.index < state.batch.size();
    if (!pending) {
      state.batch = null;
      state.index = 0;
    }
    if (pending && !state.paused) {
      consumer.pause(Set.of(state.partition));
      state.paused = true;
    } else if (!pending && state.paused) {
      consumer.resume(Set.of(state.partition));
      state.paused = false;
    }
  }

  private Delivery toDelivery(ConsumerRecord<byte[], byte[]> record) {
    return new Delivery(
        group,
        record.topic(),
        record.partition(),
        record.offset(),
        record.timestamp(),
        record.key(),
        record.value(),
        KafkaHeaders.fromKafka(record.headers()));
  }

  private static void handled(PartitionState state, ConsumerRecord<byte[], byte[]> record) {
    state.index++;
    state.committable = record.offset() + 1;
    state.committableEpoch = record.leaderEpoch();
    state.dirty = true;
    state.failures = 0;
  }

  private void failed(PartitionState state, ConsumerRecord<byte[], byte[]> record, Throwable cause) {
    state.failures++;
    state.retryAtMillis = System.currentTimeMillis() + redeliveryDelayMs;
    LOG.warn(
        "Consumer group {}: handling {}-{}@{} failed (attempt {}); it is not committed and is delivered again in {} ms,"
            + " before any later record of its partition: {}",
        group, record.topic(), record.partition(), record.offset(), state.failures, redeliveryDelayMs, String.valueOf(cause));
  }

  private void processCompletions() {
    Completion completion;
    while ((completion = completions.poll()) != null) {
      PartitionState state = completion.state;
      if (state.revoked || !state.inFlight || state.inFlightOffset != completion.offset) {
        continue; // the partition moved to another member meanwhile; its next owner redelivers
      }
      state.inFlight = false;
      ConsumerRecord<byte[], byte[]> record = state.batch.get(state.index);
      if (completion.error == null) {
        handled(state, record);
      } else {
        failed(state, record, unwrap(completion.error));
      }
    }
  }

  // -----------------------------------------------------------------------------------------------
  // Commits

  private Map<TopicPartition, OffsetAndMetadata> dirtyOffsets(Collection<TopicPartition> only) {
    Map<TopicPartition, OffsetAndMetadata> offsets = null;
    for (PartitionState state : states.values()) {
      if (state.dirty && (only == null || only.contains(state.partition))) {
        if (offsets == null) {
          offsets = new HashMap<>();
        }
        offsets.put(state.partition, new OffsetAndMetadata(state.committable, state.committableEpoch, ""));
        state.dirty = false;
      }
    }
    return offsets;
  }

  private void commitAsync() {
    Map<TopicPartition, OffsetAndMetadata> offsets = dirtyOffsets(null);
    if (offsets != null) {
      try {
        consumer.commitAsync(offsets, commitCallback);
      } catch (WakeupException e) {
        consumer.commitAsync(offsets, commitCallback);
      }
    }
  }

  private void onAsyncCommit(Map<TopicPartition, OffsetAndMetadata> offsets, Exception error) {
    if (error != null) {
      LOG.warn(
          "Consumer group {} ({}): committing {} failed; a later commit or the next owner covers it: {}",
          group, name, offsets, error.toString());
    }
  }

  /** Commits synchronously; returns whether it succeeded. Never throws. */
  private boolean commitSync(Map<TopicPartition, OffsetAndMetadata> offsets, Duration timeout) {
    if (offsets == null) {
      return true;
    }
    for (int attempt = 0; attempt < 2; attempt++) {
      try {
        consumer.commitSync(offsets, timeout);
        return true;
      } catch (WakeupException e) {
        // a completion or stop request woke the consumer; the wake-up is spent, try again
      } catch (RuntimeException e) {
        LOG.warn(
            "Consumer group {} ({}): could not commit {}; those records are delivered again: {}",
            group, name, offsets, e.toString());
        return false;
      }
    }
    return false;
  }

  // -----------------------------------------------------------------------------------------------
  // Shutdown

  private void shutDown() {
    Consumer<byte[], byte[]> kafka = consumer;
    kafka.pause(kafka.assignment());
    while (anyInFlight() && System.nanoTime() < stopDeadlineNanos) {
      long remainingMs = TimeUnit.NANOSECONDS.toMillis(stopDeadlineNanos - System.nanoTime());
      poll(kafka, Duration.ofMillis(Math.max(1, Math.min(remainingMs, IDLE_POLL_MS))));
      processCompletions();
    }
    Duration remaining = remaining();
    commitSync(dirtyOffsets(null), remaining);
    List<String> left = new ArrayList<>();
    int unstarted = 0;
    for (PartitionState state : states.values()) {
      if (state.inFlight) {
        left.add(state.partition + "@" + state.inFlightOffset);
      }
      if (state.batch != null) {
        unstarted += state.batch.size() - state.index - (state.inFlight ? 1 : 0);
      }
    }
    closedCleanly = left.isEmpty();
    if (!left.isEmpty()) {
      LOG.warn(
          "Consumer group {} ({}): closing with {} record(s) still in flight after the shutdown timeout: {}."
              + " They are not committed and will be delivered again to the group",
          group, name, left.size(), left);
    }
    if (unstarted > 0) {
      LOG.debug("Consumer group {} ({}): {} fetched record(s) not started; delivered again later", group, name, unstarted);
    }
    closeConsumer(remaining());
  }

  private boolean anyInFlight() {
    for (PartitionState state : states.values()) {
      if (state.inFlight) {
        return true;
      }
    }
    return false;
  }

  private Duration remaining() {
    long nanos = stopDeadlineNanos - System.nanoTime();
    Duration left = Duration.ofNanos(Math.max(0, nanos));
    return left.compareTo(MIN_CLOSE) < 0 ? MIN_CLOSE : left;
  }

  /** After a crash: commit what was handled if possible, then leave the group. */
  private void abandon() {
    try {
      commitSync(dirtyOffsets(null), Duration.ofSeconds(5));
    } catch (RuntimeException e) {
      LOG.debug("Consumer group {} ({}): commit after a crash failed", group, name, e);
    }
    closeConsumer(Duration.ofSeconds(5));
  }

  private void closeConsumer(Duration timeout) {
    try {
      consumer.close(CloseOptions.timeout(timeout));
    } catch (RuntimeException e) {
      LOG.warn("Consumer group {} ({}): closing the consumer failed: {}", group, name, e.toString());
    }
    assignment = List.of();
  }

  private static Throwable causeOf(CompletableFuture<Void> future) {
    try {
      future.join();
      return new IllegalStateException("the stage completed exceptionally");
    } catch (CompletionException e) {
      return e.getCause() == null ? e : e.getCause();
    } catch (CancellationException e) {
      return e;
    }
  }

  private static Throwable unwrap(Throwable error) {
    return error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
  }

  // -----------------------------------------------------------------------------------------------
  // State

  /** What the worker knows about one assigned partition. Touched only by the worker's thread. */
  private static final class PartitionState {
    final TopicPartition partition;
    List<ConsumerRecord<byte[], byte[]>> batch;
    int index;
    boolean inFlight;
    long inFlightOffset = -1;
    long retryAtMillis;
    int failures;
    long committable = -1;
    Optional<Integer> committableEpoch = Optional.empty();
    boolean dirty;
    boolean paused;
    boolean revoked;

    PartitionState(TopicPartition partition) {
      this.partition = partition;
    }

    void add(List<ConsumerRecord<byte[], byte[]>> records) {
      if (batch == null || index >= batch.size()) {
        batch = records;
        index = 0;
      } else {
        List<ConsumerRecord<byte[], byte[]>> merged = new ArrayList<>(batch.size() - index + records.size());
        merged.addAll(batch.subList(index, batch.size()));
        merged.addAll(records);
        batch = merged;
        index = 0;
      }
    }
  }

  /** The completion of a pending stage, queued for the worker's thread. */
  private final class Completion implements BiConsumer<Void, Throwable> {
    final PartitionState state;
    final long offset;
    volatile Throwable error;

    Completion(PartitionState state, long offset) {
      this.state = state;
      this.offset = offset;
    }

    @Override
    public void accept(Void ignored, Throwable failure) {
      error = failure;
      completions.add(this);
      if (inPoll) {
        consumer.wakeup();
      }
    }
  }

  /** Keeps partition state in step with the group's assignment; runs inside {@code poll}. */
  private final class Rebalance implements ConsumerRebalanceListener {
    @Override
    public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
      for (TopicPartition partition : partitions) {
        states.computeIfAbsent(partition, PartitionState::new);
      }
      joined = true;
      assignment = List.copyOf(states.keySet());
      if (!partitions.isEmpty()) {
        LOG.info("Consumer group {} ({}): assigned {}", group, name, partitions);
      }
    }

    @Override
    public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
      if (partitions.isEmpty()) {
        return;
      }
      commitSync(dirtyOffsets(partitions), Duration.ofMillis(Math.max(1000, maxPollIntervalMs / 2)));
      drop(partitions, "revoked");
    }

    @Override
    public void onPartitionsLost(Collection<TopicPartition> partitions) {
      if (partitions.isEmpty()) {
        return;
      }
      LOG.warn(
          "Consumer group {} ({}): lost {} without a chance to commit (was the member removed from the group?);"
              + " their unhandled records are delivered again",
          group, name, partitions);
      drop(partitions, "lost");
    }

    private void drop(Collection<TopicPartition> partitions, String how) {
      List<String> inFlight = new ArrayList<>();
      for (TopicPartition partition : partitions) {
        PartitionState state = states.remove(partition);
        if (state != null) {
          state.revoked = true;
          if (state.inFlight) {
            inFlight.add(partition + "@" + state.inFlightOffset);
          }
        }
      }
      assignment = List.copyOf(states.keySet());
      LOG.info("Consumer group {} ({}): {} {}", group, name, how, partitions);
      if (!inFlight.isEmpty() && !stopping) { // on shutdown, shutDown() has reported them already
        LOG.warn(
            "Consumer group {} ({}): {} while records were in flight: {}; the partitions' next owner delivers them again",
            group, name, how, inFlight);
      }
    }
  }
}
