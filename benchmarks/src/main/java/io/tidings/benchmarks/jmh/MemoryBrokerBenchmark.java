package io.tidings.benchmarks.jmh;

import com.google.inject.Guice;
import com.google.inject.Injector;
import io.tidings.benchmarks.internal.Isolated;
import io.tidings.memory.MemoryBroker;
import io.tidings.memory.MemoryModule;
import io.tidings.runtime.Tidings;
import io.tidings.runtime.TidingsModule;
import io.tidings.runtime.codec.Codec;
import io.tidings.runtime.codec.Keys;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Publish to handler through the in-memory broker (Guice, {@code TidingsModule}, {@code
 * MemoryModule}: encode, store, deliver on the broker's thread, decode, dispatch) against two
 * two-thread hand-overs over an {@link ArrayBlockingQueue}: the same payload objects (no encoding at
 * all — the least a two-thread hand-over can cost), and the same key and payload encoded by the same
 * generated codec on the publishing thread and decoded on the consumer thread (the codec work any
 * broker must do, and nothing else). One operation publishes {@value #BATCH} events and waits until
 * the handler saw them all; the score is messages per second.
 *
 * <p>The broker keeps the newest {@value #RETAINED} records of the partition (one operation's worth,
 * plus any not yet handled) rather than every record: at about 380 bytes per record a run of several
 * million messages would not fit the benchmark's 1 GB heap, every young collection would copy every
 * record published since the one before, and a real broker keeps its log outside the producer's
 * heap anyway.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@OperationsPerInvocation(MemoryBrokerBenchmark.BATCH)
public class MemoryBrokerBenchmark {
  /** Messages per measured operation. */
  public static final int BATCH = 10_000;
  /** Records the broker keeps per partition once they are handled. */
  public static final int RETAINED = 10_000;

  private final Small event = Small.sample();
  private final String key = event.id();
  private final Codec<Small> codec = GeneratedCode.load().codec(Small.class); // Small_JsonCodec.INSTANCE

  private Tidings tidings;
  private MemoryTopic topic;
  private BlockingQueue<Message> objects;
  private BlockingQueue<Encoded> bytes;
  private Thread objectConsumer;
  private Thread bytesConsumer;

  private record Message(String key, Small event) {}

  private record Encoded(byte[] key, byte[] value) {}

  /** Starts Tidings on the in-memory broker and the queue baselines' consumer threads. */
  @Setup(Level.Trial)
  public void setUp() {
    // only this benchmark's topic and consumer: the module also holds the other scenarios' consumers
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    thread.setContextClassLoader(Isolated.showing(List.of("MemoryTopic", "MemorySink")));
    try {
      Injector injector = Guice.createInjector(
          new TidingsModule(), new MemoryModule(new MemoryBroker(Duration.ofMillis(50), RETAINED)));
      tidings = injector.getInstance(Tidings.class);
      tidings.start();
      topic = injector.getInstance(MemoryTopic.class);
    } finally {
      thread.setContextClassLoader(previous);
    }

    objects = new ArrayBlockingQueue<>(1024);
    objectConsumer = consumer("object-queue-consumer", objects, message -> Sink.INSTANCE.accept(message.key(), message.event()));
    bytes = new ArrayBlockingQueue<>(1024);
    bytesConsumer = consumer("bytes-queue-consumer", bytes,
        message -> Sink.INSTANCE.accept(Keys.decodeString(message.key()), codec.decode(message.value())));
  }

  private static <T> Thread consumer(String name, BlockingQueue<T> queue, Consumer<T> handler) {
    Thread thread = new Thread(
        () -> {
          try {
            while (true) {
              handler.accept(queue.take());
            }
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        },
        name);
    thread.setDaemon(true);
    thread.start();
    return thread;
  }

  /** Stops them all. */
  @TearDown(Level.Trial)
  public void tearDown() throws InterruptedException {
    objectConsumer.interrupt();
    bytesConsumer.interrupt();
    objectConsumer.join(5_000);
    bytesConsumer.join(5_000);
    tidings.close();
  }

  /** Through Tidings and the in-memory broker. */
  @Benchmark
  public Object tidingsMemoryBroker() {
    long target = Sink.INSTANCE.handled() + BATCH;
    for (int i = 0; i < BATCH; i++) {
      topic.small(key, event);
    }
    Sink.INSTANCE.awaitHandled(target);
    return Sink.INSTANCE.last();
  }

  /** The payload objects themselves over the queue. */
  @Benchmark
  public Object arrayBlockingQueue() throws InterruptedException {
    long target = Sink.INSTANCE.handled() + BATCH;
    for (int i = 0; i < BATCH; i++) {
      objects.put(new Message(key, event));
    }
    Sink.INSTANCE.awaitHandled(target);
    return Sink.INSTANCE.last();
  }

  /** Key and payload encoded by the generated codec, the bytes over the queue, decoded by the consumer thread. */
  @Benchmark
  public Object arrayBlockingQueueWithCodec() throws InterruptedException {
    long target = Sink.INSTANCE.handled() + BATCH;
    for (int i = 0; i < BATCH; i++) {
      bytes.put(new Encoded(Keys.encode(key), codec.encode(event)));
    }
    Sink.INSTANCE.awaitHandled(target);
    return Sink.INSTANCE.last();
  }
}
