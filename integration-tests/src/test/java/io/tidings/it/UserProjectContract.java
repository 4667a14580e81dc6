package io.tidings.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Module;
import io.tidings.it.consumers.CatalogCounter;
import io.tidings.it.consumers.CatalogRecorder;
import io.tidings.it.consumers.Misc;
import io.tidings.it.consumers.Received;
import io.tidings.it.consumers.SequenceChecker;
import io.tidings.it.model.Customer;
import io.tidings.it.model.Everything;
import io.tidings.it.model.Node;
import io.tidings.it.model.Tier;
import io.tidings.it.topics.AuditLog;
import io.tidings.it.topics.Auditing;
import io.tidings.it.topics.Catalog;
import io.tidings.it.topics.Grüße;
import io.tidings.it.topics.KeyTypes;
import io.tidings.it.topics.Sequence;
import io.tidings.runtime.Receipt;
import io.tidings.runtime.Tidings;
import io.tidings.runtime.TidingsModule;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A user's project, as a user would write its tests: topics and consumers compiled by the
 * processor under {@code -Xlint:all -Werror}, wired by Guice. The same tests run on every backend
 * (memory, Kafka): only the Guice module differs.
 */
abstract class UserProjectContract {
  private static final Duration WAIT = Duration.ofSeconds(60);

  private Injector injector;
  private Tidings tidings;

  @BeforeEach
  void start() {
    injector = Guice.createInjector(new TidingsModule(), backend());
    tidings = injector.getInstance(Tidings.class);
    tidings.start();
  }

  @AfterEach
  void stop() {
    tidings.close();
  }

  /** The backend module: the only thing that differs between transports. */
  protected abstract Module backend();

  @Test
  void everySupportedFieldTypeRoundTripsExactly() throws Exception {
    Catalog catalog = injector.getInstance(Catalog.class);
    CatalogRecorder recorder = injector.getInstance(CatalogRecorder.class);
    Map<UUID, Everything> sent = new HashMap<>();
    for (long seed = 0; seed < 60; seed++) {
      Everything value = Samples.everything(seed);
      UUID id = UUID.nameUUIDFromBytes(Long.toString(seed).getBytes(java.nio.charset.StandardCharsets.UTF_8));
      sent.put(id, value);
      catalog.everything(id, value);
    }
    // Only this test's keys count: on a shared Kafka broker a record an earlier test left uncommitted
    // may legitimately arrive again (at-least-once).
    List<Received> received = takeDistinct(recorder.received, sent.size(), r -> sent.containsKey(r.key()));
    for (Received r : received) {
      Everything expected = sent.get((UUID) r.key());
      assertEquals(expected, r.payload(), "seed with key " + r.key());
      assertEquals("it.catalog", r.metadata().topic());
      assertEquals("Everything", r.metadata().eventType());
      assertEquals("recorder", r.metadata().group());
    }
    CatalogCounter counter = injector.getInstance(CatalogCounter.class);
    await(() -> counter.everything.get() >= sent.size(), "the counter group sees every record too");
  }

  @Test
  void headersKeysAndReceiptsOfAsyncPublishMethods() throws Exception {
    Catalog catalog = injector.getInstance(Catalog.class);
    CatalogRecorder recorder = injector.getInstance(CatalogRecorder.class);
    UUID id = UUID.randomUUID();
    Node tree = Samples.tree(4, "root");
    Receipt receipt = catalog.node(id, tree, 4, Tier.PLATINUM, "ünïcødé note").get(10, TimeUnit.SECONDS);
    assertEquals("it.catalog", receipt.topic());
    assertTrue(receipt.partition() >= 0 && receipt.partition() < 4, receipt.toString());
    assertNotNull(receipt.timestamp());

    Received node = takeFirst(recorder.received, r -> r.payload() instanceof Node && id.equals(r.key()));
    assertEquals(id, node.key());
    assertEquals(tree, node.payload());
    assertEquals(Map.of("depth", 4, "tier", Tier.PLATINUM, "note", "ünïcødé note"), node.headers());

    Customer customer = new Customer("Ada", Tier.GOLD, true, 42);
    Receipt second = catalog.customer(7L, id, customer).toCompletableFuture().get(10, TimeUnit.SECONDS);
    assertEquals(receipt.partition(), second.partition(), "one key, one partition");
    assertTrue(second.offset() > receipt.offset(), "offsets grow within a partition");
    Received bean = takeFirst(recorder.received, r -> r.payload() instanceof Customer);
    assertEquals(customer, bean.payload());
    assertEquals(7L, bean.headers().get("visit"));

    CatalogCounter counter = injector.getInstance(CatalogCounter.class);
    catalog.everything(id, Samples.everything(1));
    await(() -> counter.everything.get() >= 1, "the counter group handles only Everything, skipping the rest");
  }

  @Test
  void eachKeyKeepsItsOrderAcrossEightPartitions() throws Exception {
    Sequence sequence = injector.getInstance(Sequence.class);
    SequenceChecker checker = injector.getInstance(SequenceChecker.class);
    int keys = 64;
    int steps = 50;
    List<CompletableFuture<Receipt>> receipts = new ArrayList<>();
    for (int step = 0; step < steps; step++) {
      for (int k = 0; k < keys; k++) {
        String key = "key-" + k;
        receipts.add(sequence.step(key, new Sequence.Step(key, step)).toCompletableFuture());
      }
    }
    CompletableFuture.allOf(receipts.toArray(new CompletableFuture<?>[0])).get(30, TimeUnit.SECONDS);
    // At-least-once: a rebalance may hand a partition's uncommitted records to its next owner again.
    // Order per key means: the first arrival of every step comes after the first arrival of the one before.
    await(() -> distinctSteps(checker) == (long) keys * steps, "every step handled");
    List<Long> expected = LongStream.range(0, steps).boxed().toList();
    for (int k = 0; k < keys; k++) {
      List<Long> arrived = checker.steps.get("key-" + k);
      assertEquals(expected, arrived.stream().distinct().toList(), "key-" + k + " in order, arrivals " + arrived);
    }
    assertTrue(checker.partitions.values().stream().distinct().count() > 1, "keys spread over partitions");
  }

  @Test
  void everyKeyTypeInheritedMethodsAndUnicodeNames() throws Exception {
    Misc misc = injector.getInstance(Misc.class);
    injector.getInstance(KeyTypes.LongKeys.class).send(Long.MIN_VALUE, new KeyTypes.Ping("long"));
    injector.getInstance(KeyTypes.IntKeys.class).send(null, new KeyTypes.Ping("no int"));
    injector.getInstance(KeyTypes.IntKeys.class).send(-7, new KeyTypes.Ping("int"));
    injector.getInstance(KeyTypes.ByteKeys.class).send(new byte[] {0, -1, 127}, new KeyTypes.Ping("bytes"));
    injector.getInstance(KeyTypes.NoKeys.class).send(new KeyTypes.Ping("none"));
    injector.getInstance(AuditLog.class).created("a-1");
    injector.getInstance(Grüße.class).sënde("schlüssel", new Grüße.Grußwort("grüß gott", 3));

    Map<String, Received> byText = new HashMap<>();
    while (byText.size() < 7) {
      Received r = take(misc.received, 1).get(0);
      String name =
          r.payload() instanceof KeyTypes.Ping ping
              ? ping.text()
              : r.payload() instanceof Auditing.AuditEntry entry ? entry.action() : "grüße";
      byText.put(name, r);
    }
    assertEquals(Long.MIN_VALUE, byText.get("long").key());
    assertNull(byText.get("no int").key());
    assertEquals(-7, byText.get("int").key());
    assertArrayEquals(new byte[] {0, -1, 127}, (byte[]) byText.get("bytes").key());
    assertNull(byText.get("none").key());
    assertEquals(new Auditing.AuditEntry("a-1", "created"), byText.get("created").payload());
    assertEquals("a-1", byText.get("created").key());
    assertEquals(new Grüße.Grußwort("grüß gott", 3), byText.get("grüße").payload());
    assertEquals("schlüssel", byText.get("grüße").key());
  }

  private static long distinctSteps(SequenceChecker checker) {
    return checker.steps.values().stream().mapToLong(arrived -> arrived.stream().distinct().count()).sum();
  }

  private static List<Received> take(BlockingQueue<Received> queue, int count) throws InterruptedException {
    List<Received> taken = new ArrayList<>();
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (taken.size() < count) {
      Received next = queue.poll(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
      if (next == null) {
        throw new AssertionError("received " + taken.size() + " of " + count + " records within " + WAIT);
      }
      taken.add(next);
    }
    return taken;
  }

  /** The first record that matches; others (such as redelivered duplicates) are passed over. */
  private static Received takeFirst(BlockingQueue<Received> queue, java.util.function.Predicate<Received> match)
      throws InterruptedException {
    while (true) {
      Received next = take(queue, 1).get(0);
      if (match.test(next)) {
        return next;
      }
    }
  }

  /** Takes matching records until {@code count} distinct keys arrived; redelivered duplicates are allowed. */
  private static List<Received> takeDistinct(
      BlockingQueue<Received> queue, int count, java.util.function.Predicate<Received> match)
      throws InterruptedException {
    Map<Object, Received> byKey = new java.util.LinkedHashMap<>();
    while (byKey.size() < count) {
      Received next = takeFirst(queue, match);
      byKey.putIfAbsent(next.key(), next);
    }
    return new ArrayList<>(byKey.values());
  }

  private static void await(BooleanSupplier condition, String what) throws InterruptedException {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("timed out waiting until " + what);
      }
      Thread.sleep(5);
    }
  }
}
