package io.tidings.benchmarks.jmh;

import com.google.inject.Guice;
import com.google.inject.Injector;
import io.tidings.benchmarks.internal.Isolated;
import io.tidings.memory.MemoryModule;
import io.tidings.runtime.Tidings;
import io.tidings.runtime.TidingsModule;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.TimeUnit;
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
 * MemoryModule}: encode, store, deliver on the broker's thread, decode, dispatch) against the same
 * payload objects handed from the publishing thread to a consumer thread over an {@link
 * ArrayBlockingQueue} — the least a two-thread hand-over can cost. One operation publishes {@value
 * #BATCH} events and waits until the handler saw them all; the score is messages per second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@OperationsPerInvocation(MemoryBrokerBenchmark.BATCH)
public class MemoryBrokerBenchmark {
  /** Messages per measured operation. */
  public static final int BATCH = 10_000;

  private final Small event = Small.sample();
  private final String key = event.id();

  private Tidings tidings;
  private MemoryTopic topic;
  private ArrayBlockingQueue<Message> queue;
  private Thread queueConsumer;

  private record Message(String key, Small event) {}

  /** Starts Tidings on the in-memory broker and the queue baseline's consumer thread. */
  @Setup(Level.Trial)
  public void setUp() {
    // only this benchmark's topic and consumer: the module also holds the other scenarios' consumers
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    thread.setContextClassLoader(Isolated.showing(List.of("MemoryTopic", "MemorySink")));
    try {
      Injector injector = Guice.createInjector(new TidingsModule(), new MemoryModule());
      tidings = injector.getInstance(Tidings.class);
      tidings.start();
      topic = injector.getInstance(MemoryTopic.class);
    } finally {
      thread.setContextClassLoader(previous);
    }

    queue = new ArrayBlockingQueue<>(1024);
    queueConsumer =
        new Thread(
            () -> {
              try {
                while (true) {
                  Message message = queue.take();
                  Sink.INSTANCE.accept(message.key(), message.event());
                }
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            },
            "queue-consumer");
    queueConsumer.setDaemon(true);
    queueConsumer.start();
  }

  /** Stops both. */
  @TearDown(Level.Trial)
  public void tearDown() throws InterruptedException {
    queueConsumer.interrupt();
    queueConsumer.join(5_000);
    tidings.close();
  }

  @Benchmark
  public Object tidingsMemoryBroker() {
    long target = Sink.INSTANCE.handled() + BATCH;
    for (int i = 0; i < BATCH; i++) {
      topic.small(key, event);
    }
    Sink.INSTANCE.awaitHandled(target);
    return Sink.INSTANCE.last();
  }

  @Benchmark
  public Object arrayBlockingQueue() throws InterruptedException {
    long target = Sink.INSTANCE.handled() + BATCH;
    for (int i = 0; i < BATCH; i++) {
      queue.put(new Message(key, event));
    }
    Sink.INSTANCE.awaitHandled(target);
    return Sink.INSTANCE.last();
  }
}
