package io.tidings.conformance;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Module;
import com.google.inject.Singleton;
import io.tidings.runtime.DeadLetter;
import io.tidings.runtime.DeadLetters;
import io.tidings.runtime.Metadata;
import io.tidings.runtime.PermanentFailure;
import io.tidings.runtime.Tidings;
import io.tidings.runtime.TidingsModule;
import io.tidings.runtime.TidingsSettings;
import io.tidings.runtime.codec.DecodeException;
import io.tidings.runtime.spi.Delivery;
import io.tidings.runtime.spi.OutboundRecord;
import io.tidings.runtime.spi.RecordHeader;
import io.tidings.runtime.spi.StandardHeaders;
import io.tidings.runtime.spi.Subscription;
import io.tidings.runtime.spi.TopicDescriptor;
import io.tidings.runtime.spi.Transport;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The semantics every Tidings transport must show, as one JUnit suite: per-key order, fan-out to
 * groups, at-least-once on handler failure, retry counts and backoff bounds, dead-letter contents
 * and headers, poison messages of every kind, business failures acknowledged, correlation
 * propagation, and graceful shutdown with nothing lost. Policy lives in the runtime, so a transport
 * that moves bytes, positions and commits as the SPI says passes unchanged.
 *
 * <p>To check a transport, extend this class and implement {@link #transport()}: return a Guice module
 * binding the transport, such that every module returned during one test reaches the same broker.
 * Each test uses fresh ids (a random run id in every payload and key) and ignores records of other
 * tests, so the broker may live for the whole run. Not thread-safe: JUnit runs the tests of one
 * instance one at a time.
 */
public abstract class TransportConformance {
  /** Long enough for a real broker to assign partitions on a slow machine; tests finish far sooner. */
  private static final Duration PATIENCE = Duration.ofSeconds(60);

  private final List<Instance> instances = new ArrayList<>();
  private final List<Subscription> readers = new ArrayList<>();
  /** This test's run id: every payload and key carries it. */
  protected String run;

  /**
   * A module binding the transport under test. Called once per service instance; every module
   * returned during one test must reach the same broker.
   */
  protected abstract Module transport();

  /** The runtime settings of every instance: short timeouts, fast default retries. */
  protected TidingsSettings settings() {
    return TidingsSettings.defaults()
        .withRetry(3, Duration.ofMillis(10), Duration.ofMillis(50), 2)
        .withPublishTimeout(Duration.ofSeconds(15))
        .withShutdownTimeout(Duration.ofSeconds(15));
  }

  @BeforeEach
  void newRun() {
    run = UUID.randomUUID().toString().substring(0, 8);
  }

  @AfterEach
  void closeEverything() {
    readers.forEach(reader -> reader.close(Duration.ofSeconds(10)));
    instances.forEach(instance -> instance.tidings.close());
  }

  // ---- order and fan-out

  @Test
  void recordsOfOneKeyArriveInOrderAndEveryGroupSeesEveryRecord() {
    Instance service = start();
    Steps steps = service.get(Steps.class);
    List<String> keys = List.of(run + "-a", run + "-b", run + "-c", run + "-d");
    for (int seq = 0; seq < 25; seq++) {
      for (String key : keys) {
        steps.step(key, new Step(run, key, seq));
      }
    }
    eventually("both groups handled all 100 steps",
        () -> service.recorder.calls("sequencer", run).size() >= 100 && service.recorder.calls("auditor", run).size() >= 100);
    List<Integer> expected = new ArrayList<>();
    for (int seq = 0; seq < 25; seq++) {
      expected.add(seq);
    }
    for (String key : keys) {
      assertEquals(expected, sequence(service, "sequencer", key), "order of " + key + " in group sequencer");
      assertEquals(expected, sequence(service, "auditor", key), "order of " + key + " in group auditor");
    }
  }

  // ---- transient failures: retries, backoff, at-least-once

  @Test
  void aTransientFailureIsRetriedWithBackoffUntilTheHandlerSucceeds() {
    Instance service = start();
    DeadLetterReader deadLetters = readDeadLetters(service);
    service.get(Jobs.class).submit(id("flaky"), new Job(run, id("flaky"), "flaky", 2), null);
    service.get(Jobs.class).submit(id("flaky"), new Job(run, id("after"), "ok", 0), null);
    eventually("the record after the flaky one was handled",
        () -> !service.recorder.calls("worker", run, id("after")).isEmpty());

    List<Recorder.Call> calls = service.recorder.calls("worker", run, id("flaky"));
    assertEquals(3, calls.size(), "two failed calls, then the successful one");
    // @Retry(initialDelay = "100ms", multiplier = 2, jitter = 0): pauses of at least 100 ms, then 200 ms.
    assertTrue(calls.get(1).nanos() - calls.get(0).nanos() >= TimeUnit.MILLISECONDS.toNanos(100),
        "the first pause is at least the initial delay");
    assertTrue(calls.get(2).nanos() - calls.get(1).nanos() >= TimeUnit.MILLISECONDS.toNanos(200),
        "the second pause grew by the multiplier");
    assertTrue(calls.get(2).nanos() < service.recorder.calls("worker", run, id("after")).get(0).nanos(),
        "the partition waited for the retried record: order is kept");
    assertEquals(calls.get(0).metadata().offset(), calls.get(2).metadata().offset(), "the same record each time");
    assertTrue(deadLetters.of(run).isEmpty(), "a record that finally succeeded is not dead-lettered");
  }

  @Test
  void aTransientFailureThatOutlastsTheAttemptsIsDeadLetteredWithItsBytesAndHeaders() {
    Instance service = start();
    DeadLetterReader deadLetters = readDeadLetters(service);
    Job job = new Job(run, id("down"), "always", 0);
    service.get(Jobs.class).submit(job.id(), job, 7);
    eventually("the job was dead-lettered", () -> deadLetters.of(run).size() == 1);

    List<Recorder.Call> calls = service.recorder.calls("worker", run, job.id());
    assertEquals(3, calls.size(), "@Retry(maxAttempts = 3)");
    Metadata original = calls.get(0).metadata();
    Delivery letter = deadLetters.of(run).get(0);
    assertEquals("conformance.jobs.dlq", letter.topic());
    assertArrayEquals(job.id().getBytes(StandardCharsets.UTF_8), letter.key(), "the original key");
    assertArrayEquals(Job_JsonCodec.INSTANCE.encode(job), letter.value(), "the original value");
    Map<String, String> headers = headers(letter);
    assertEquals("Job", headers.get(StandardHeaders.EVENT_TYPE), "the original headers are kept");
    assertEquals("7", headers.get("priority"));
    assertEquals(original.correlationId(), headers.get(StandardHeaders.CORRELATION_ID));
    assertEquals("conformance.jobs", headers.get(StandardHeaders.DLQ_TOPIC));
    assertEquals(Integer.toString(original.partition()), headers.get(StandardHeaders.DLQ_PARTITION));
    assertEquals(Long.toString(original.offset()), headers.get(StandardHeaders.DLQ_OFFSET));
    assertEquals("worker", headers.get(StandardHeaders.DLQ_GROUP));
    assertEquals(IllegalStateException.class.getName(), headers.get(StandardHeaders.DLQ_ERROR_CLASS));
    assertEquals("still down, call 3", headers.get(StandardHeaders.DLQ_ERROR_MESSAGE), "the last error");
    assertTrue(headers.get(StandardHeaders.DLQ_STACK_TRACE).contains("at io.tidings.conformance.Worker.on("),
        headers.get(StandardHeaders.DLQ_STACK_TRACE));
    assertEquals("3", headers.get(StandardHeaders.DLQ_ATTEMPTS));
    Instant time = Instant.parse(headers.get(StandardHeaders.DLQ_TIME));
    assertFalse(time.isBefore(original.timestamp().minusSeconds(60)), "dead-lettered after it was written: " + time);
  }

  @Test
  void aConsumerMayChooseItsDeadLetterTopicAndItsOwnAttempts() {
    Instance service = start();
    DeadLetterReader strictRejects = readDeadLetters(service, "conformance.jobs.strict-rejects");
    DeadLetterReader deadLetters = readDeadLetters(service);
    Job job = new Job(run, id("strict"), "strict-reject", 0);
    service.get(Jobs.class).submit(job.id(), job, null);
    eventually("the rejection reached the consumer's own dead-letter topic", () -> strictRejects.of(run).size() == 1);

    assertEquals(1, service.recorder.calls("strict", run, job.id()).size(), "@Retry(maxAttempts = 1): no retry");
    Map<String, String> headers = headers(strictRejects.of(run).get(0));
    assertEquals("strict", headers.get(StandardHeaders.DLQ_GROUP));
    assertEquals(UnsupportedOperationException.class.getName(), headers.get(StandardHeaders.DLQ_ERROR_CLASS));
    // the other group reads the record on its own threads, so it may not have finished when the dead letter arrived
    eventually("the other group handled it as usual", () -> !service.recorder.calls("worker", run, job.id()).isEmpty());
    assertEquals(1, service.recorder.calls("worker", run, job.id()).size(), "the other group handled it once");
    assertTrue(deadLetters.of(run).isEmpty(), "nothing went to the default dead-letter topic");
  }

  // ---- permanent and business failures

  @Test
  void permanentFailuresAreDeadLetteredAtOnce() {
    Instance service = start();
    DeadLetterReader deadLetters = readDeadLetters(service);
    service.get(Jobs.class).submit(id("p"), new Job(run, id("own"), "permanent", 0), null);
    service.get(Jobs.class).submit(id("p"), new Job(run, id("mapped"), "mapped-permanent", 0), null);
    eventually("both were dead-lettered", () -> deadLetters.of(run).size() == 2);

    assertEquals(1, service.recorder.calls("worker", run, id("own")).size(), "PermanentFailure is not retried");
    assertEquals(1, service.recorder.calls("worker", run, id("mapped")).size(),
        "@OnFailure(permanent = IllegalArgumentException.class) is not retried");
    List<String> errors = deadLetters.of(run).stream().map(letter -> headers(letter).get(StandardHeaders.DLQ_ERROR_CLASS)).toList();
    assertEquals(List.of(PermanentFailure.class.getName(), IllegalArgumentException.class.getName()), errors);
    deadLetters.of(run).forEach(letter -> assertEquals("1", headers(letter).get(StandardHeaders.DLQ_ATTEMPTS)));
  }

  @Test
  void businessFailuresAreAcknowledgedWithoutRetryOrDeadLetter() {
    Instance service = start();
    DeadLetterReader deadLetters = readDeadLetters(service);
    Jobs jobs = service.get(Jobs.class);
    jobs.submit(id("b"), new Job(run, id("own"), "business", 0), null);
    jobs.submit(id("b"), new Job(run, id("mapped"), "mapped-business", 0), null);
    // A permanent failure after them on the same partition: once its dead letter is there, the two
    // business failures before it were settled.
    jobs.submit(id("b"), new Job(run, id("marker"), "permanent", 0), null);
    eventually("the marker was dead-lettered", () -> deadLetters.of(run).size() >= 1);

    assertEquals(1, service.recorder.calls("worker", run, id("own")).size(), "BusinessFailure is not retried");
    assertEquals(1, service.recorder.calls("worker", run, id("mapped")).size(),
        "@OnFailure(business = Overbooked.class) is not retried");
    assertEquals(List.of(id("marker")), deadLetters.of(run).stream().map(TransportConformance::jobId).toList(),
        "only the marker is a dead letter");
  }

  // ---- poison messages

  @Test
  void poisonMessagesOfEveryKindAreDeadLetteredAndNeverStallTheirPartition() throws Exception {
    Instance service = start();
    DeadLetterReader deadLetters = readDeadLetters(service);
    String key = id("poison");
    byte[] keyBytes = key.getBytes(StandardCharsets.UTF_8);
    Map<String, byte[]> values = new LinkedHashMap<>();
    values.put("undecodable", utf8("{\"run\":\"" + run + "\", this is not JSON"));
    values.put("unknown type", Job_JsonCodec.INSTANCE.encode(new Job(run, id("v9"), "ok", 0)));
    values.put("no type", Job_JsonCodec.INSTANCE.encode(new Job(run, id("untyped"), "ok", 0)));
    values.put("missing field", utf8("{\"run\":\"" + run + "\",\"id\":\"" + id("partial") + "\",\"behaviour\":\"ok\"}"));
    values.put("bad header", Job_JsonCodec.INSTANCE.encode(new Job(run, id("badheader"), "ok", 0)));
    Map<String, List<RecordHeader>> headers = Map.of(
        "undecodable", List.of(RecordHeader.utf8(StandardHeaders.EVENT_TYPE, "Job")),
        "unknown type", List.of(RecordHeader.utf8(StandardHeaders.EVENT_TYPE, "JobV9")),
        "no type", List.of(),
        "missing field", List.of(RecordHeader.utf8(StandardHeaders.EVENT_TYPE, "Job")),
        "bad header", List.of(RecordHeader.utf8(StandardHeaders.EVENT_TYPE, "Job"), RecordHeader.utf8("priority", "high")));
    for (Map.Entry<String, byte[]> poison : values.entrySet()) {
      service.send(new OutboundRecord("conformance.jobs", keyBytes, poison.getValue(), headers.get(poison.getKey())));
    }
    service.get(Jobs.class).submit(key, new Job(run, id("healthy"), "ok", 0), null);
    eventually("the healthy record after the poison was handled",
        () -> !service.recorder.calls("worker", run, id("healthy")).isEmpty());
    eventually("every poison message was dead-lettered", () -> deadLetters.of(run, "worker").size() == 5);

    List<String> errors = deadLetters.of(run, "worker").stream().map(letter -> headers(letter).get(StandardHeaders.DLQ_ERROR_CLASS)).toList();
    assertEquals(List.of(
            DecodeException.class.getName(),
            PermanentFailure.class.getName(),
            PermanentFailure.class.getName(),
            DecodeException.class.getName(),
            DecodeException.class.getName()),
        errors, "in partition order: undecodable, unknown type, no type, missing field, bad header");
    List<byte[]> sent = new ArrayList<>(values.values());
    for (int i = 0; i < sent.size(); i++) {
      assertArrayEquals(sent.get(i), deadLetters.of(run, "worker").get(i).value(), "the poison's own bytes");
    }
    assertTrue(headers(deadLetters.of(run, "worker").get(1)).get(StandardHeaders.DLQ_ERROR_MESSAGE).contains("JobV9"));
    assertTrue(service.recorder.calls("worker", run).stream().allMatch(call -> call.id().equals(id("healthy"))),
        "no handler saw a poison message");
  }

  // ---- correlation

  @Test
  void whatAHandlerPublishesCarriesTheCorrelationIdCausationAndTraceContext() throws Exception {
    Instance service = start();
    service.get(Jobs.class).submit(id("c"), new Job(run, id("published"), "publish", 0), null);
    String traceparent = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
    service.send(new OutboundRecord(
        "conformance.jobs",
        utf8(id("c")),
        Job_JsonCodec.INSTANCE.encode(new Job(run, id("traced"), "publish", 0)),
        List.of(
            RecordHeader.utf8(StandardHeaders.EVENT_TYPE, "Job"),
            RecordHeader.utf8(StandardHeaders.CORRELATION_ID, "order-" + run),
            RecordHeader.utf8(StandardHeaders.TRACEPARENT, traceparent))));
    eventually("both follow-ups arrived", () -> service.recorder.calls("follow-ups", run).size() >= 2);

    Metadata job = service.recorder.calls("worker", run, id("published")).get(0).metadata();
    Metadata followUp = service.recorder.calls("follow-ups", run, id("published")).get(0).metadata();
    assertNotNull(job.correlationId(), "a record published outside a handler starts a conversation");
    assertEquals(job.correlationId(), followUp.correlationId());
    assertEquals(job.topic() + "-" + job.partition() + "@" + job.offset(), followUp.causationId());
    assertEquals(null, job.causationId(), "nothing caused the first record");

    Metadata traced = service.recorder.calls("follow-ups", run, id("traced")).get(0).metadata();
    assertEquals("order-" + run, traced.correlationId());
    assertEquals(traceparent, traced.traceparent());
  }

  // ---- dead letters read back and replayed

  @Test
  void deadLettersAreReadAsTypedValuesAndReplayedToTheirTopic() throws Exception {
    Instance service = start();
    Jobs jobs = service.get(Jobs.class);
    // Fails three times (all its attempts), so it is dead-lettered; the replay is its fourth call, which succeeds.
    Job job = new Job(run, id("replayed"), "flaky", 3);
    jobs.submit(job.id(), job, 3);
    service.send(new OutboundRecord("conformance.jobs", utf8(id("garbage")), utf8("[\"" + run + "\" garbage"),
        List.of(RecordHeader.utf8(StandardHeaders.EVENT_TYPE, "Job"))));
    eventually("both dead letters were read back", () -> service.recorder.deadLetters(run).size() == 2);

    DeadLetter<Job> letter = service.recorder.deadLetters(run).stream().filter(DeadLetter::decoded).findFirst().orElseThrow();
    assertEquals(job, letter.payload(), "the payload decoded");
    assertTrue(letter.decoded());
    assertEquals("conformance.jobs", letter.topic());
    assertEquals("worker", letter.group());
    assertEquals("Job", letter.eventType());
    assertEquals(3, letter.attempts());
    assertEquals(IllegalStateException.class.getName(), letter.errorClass());
    assertEquals("3", letter.headers().get("priority"), "the original headers");
    assertFalse(letter.headers().containsKey(StandardHeaders.DLQ_ERROR_CLASS), "without the dead-letter headers");
    DeadLetter<Job> garbage = service.recorder.deadLetters(run).stream().filter(l -> l != letter).findFirst().orElseThrow();
    assertEquals(null, garbage.payload(), "an undecodable payload is no obstacle to reading the dead letter");
    assertFalse(garbage.decoded());
    assertEquals(DecodeException.class.getName(), garbage.errorClass());

    service.get(DeadLetters.class).replay(letter).join();
    eventually("the replayed job was handled", () -> service.recorder.calls("worker", run, job.id()).size() == 4);
    Metadata replayed = service.recorder.calls("worker", run, job.id()).get(3).metadata();
    assertEquals("1", replayed.header(StandardHeaders.REPLAY_COUNT));
    assertEquals(letter.deadLetterPosition(), replayed.header(StandardHeaders.REPLAY_FROM));
    assertNotNull(replayed.header(StandardHeaders.REPLAY_TIME));
    assertEquals("3", replayed.header("priority"), "the original headers travel with the replay");
    assertEquals(null, replayed.header(StandardHeaders.DLQ_ERROR_CLASS));
  }

  @Test
  void replayAllSendsEveryDeadLetterOfATopicBackOnce() {
    Instance service = start();
    Job job = new Job(run, id("batch"), "flaky", 3);
    service.get(Jobs.class).submit(job.id(), job, null);
    eventually("the job was dead-lettered", () -> service.recorder.deadLetters(run).size() == 1);

    int replayed = service.get(DeadLetters.class).replayAll(Jobs.class, Duration.ofSeconds(2));
    assertTrue(replayed >= 1, "replayed " + replayed);
    eventually("the replayed job was handled", () -> service.recorder.calls("worker", run, job.id()).size() == 4);
    service.get(DeadLetters.class).replayAll(Jobs.class, Duration.ofMillis(500));
    assertEquals(4, service.recorder.calls("worker", run, job.id()).size(), "a dead letter is replayed once");
  }

  // ---- shutdown

  @Test
  void aGracefulShutdownLosesNothing() {
    Instance first = start();
    Jobs jobs = first.get(Jobs.class);
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < 40; i++) {
      String id = id("slow-" + i);
      ids.add(id);
      jobs.submit(id, new Job(run, id, "slow", 0), null);
    }
    eventually("the first instance is busy", () -> first.recorder.calls("worker", run).size() >= 3);
    first.tidings.close();
    Set<String> handledFirst = handledIds(first);

    Instance second = start();
    eventually("the second instance handled everything the first did not",
        () -> union(handledFirst, handledIds(second)).containsAll(ids));
    assertEquals(ids, union(handledFirst, handledIds(second)), "every job was handled, none lost");
  }

  // ---- helpers

  private Set<String> handledIds(Instance instance) {
    Set<String> handled = new HashSet<>();
    instance.recorder.calls("worker", run).forEach(call -> handled.add(call.id()));
    return handled;
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> all = new HashSet<>(a);
    all.addAll(b);
    return all;
  }

  private List<Integer> sequence(Instance service, String group, String key) {
    return service.recorder.calls(group, run).stream().filter(call -> call.id().equals(key)).map(Recorder.Call::seq).toList();
  }

  /** An id unique to this run. */
  protected String id(String name) {
    return run + "-" + name;
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static Map<String, String> headers(Delivery delivery) {
    Map<String, String> headers = new LinkedHashMap<>();
    delivery.headers().forEach(header -> headers.put(header.name(), header.stringValue()));
    return headers;
  }

  private static String jobId(Delivery letter) {
    return Job_JsonCodec.INSTANCE.decode(letter.value()).id();
  }

  /** Waits until {@code condition} holds, failing with {@code what} after the patience ran out. */
  protected static void eventually(String what, BooleanSupplier condition) {
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("gave up waiting " + PATIENCE.toSeconds() + " s until " + what);
      }
      try {
        Thread.sleep(10);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted while waiting until " + what, e);
      }
    }
  }

  /** Starts a service instance: a new injector over {@link #transport()}. */
  protected Instance start() {
    Injector injector = Guice.createInjector(
        new TidingsModule(settings()),
        transport(),
        binder -> binder.bind(Recorder.class).in(Singleton.class));
    Instance instance = new Instance(injector);
    instances.add(instance);
    instance.tidings.start();
    return instance;
  }

  /** Reads {@code conformance.jobs.dlq} through the instance's transport, as a group of its own. */
  private DeadLetterReader readDeadLetters(Instance service) {
    return readDeadLetters(service, Jobs_Publisher.TOPIC.name() + settings().deadLetterSuffix());
  }

  /** Reads the dead-letter topic {@code name} (laid out like the jobs topic) as a group of its own. */
  private DeadLetterReader readDeadLetters(Instance service, String name) {
    TopicDescriptor jobs = Jobs_Publisher.TOPIC;
    TopicDescriptor dlq = new TopicDescriptor(
        name, jobs.api(), jobs.partitions(), jobs.format(), jobs.replicas(), jobs.retention(), jobs.compacted(),
        jobs.keyType(), List.of());
    DeadLetterReader reader = new DeadLetterReader();
    readers.add(service.transport.subscribe("conformance-dlq-" + run + "-" + readers.size(), List.of(dlq), reader));
    return reader;
  }

  /** Collects dead letters as raw deliveries, in the order they arrive. */
  private static final class DeadLetterReader implements io.tidings.runtime.spi.DeliveryHandler {
    private final List<Delivery> letters = new CopyOnWriteArrayList<>();

    @Override
    public CompletableFuture<Void> handle(Delivery delivery) {
      letters.add(delivery);
      return CompletableFuture.completedFuture(null);
    }

    /** The dead letters of group {@code group} whose bytes mention {@code run}. */
    List<Delivery> of(String run, String group) {
      return of(run).stream().filter(letter -> group.equals(letter.header(StandardHeaders.DLQ_GROUP))).toList();
    }

    /** The dead letters whose bytes mention {@code run}. */
    List<Delivery> of(String run) {
      return letters.stream()
          .filter(letter -> letter.value() != null && new String(letter.value(), StandardCharsets.UTF_8).contains(run))
          .toList();
    }
  }

  /** One service instance: its injector, lifecycle, recorder and transport. */
  protected static final class Instance {
    final Injector injector;
    final Tidings tidings;
    final Recorder recorder;
    final Transport transport;

    Instance(Injector injector) {
      this.injector = injector;
      this.tidings = injector.getInstance(Tidings.class);
      this.recorder = injector.getInstance(Recorder.class);
      this.transport = injector.getInstance(Transport.class);
    }

    <T> T get(Class<T> type) {
      return injector.getInstance(type);
    }

    void send(OutboundRecord record) throws Exception {
      transport.send(record).get(15, TimeUnit.SECONDS);
    }
  }

}
