package io.tidings.kafka.internal;

import io.tidings.runtime.Health;
import io.tidings.runtime.spi.DeliveryHandler;
import io.tidings.runtime.spi.Subscription;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A consumer group's subscription on Kafka: {@code concurrency} {@link PollingWorker}s, each on its own
 * thread with its own consumer, sharing the group's partitions. Thread-safe: {@link #close} and {@link
 * #health} may be called from any thread.
 */
public final class GroupSubscription implements Subscription {
  private static final Logger LOG = LoggerFactory.getLogger(GroupSubscription.class);

  private final String group;
  private final List<PollingWorker> workers = new ArrayList<>();
  private final List<Thread> threads = new ArrayList<>();
  private final Consumer<GroupSubscription> onClose;
  private final AtomicBoolean closed = new AtomicBoolean();

  /**
   * Creates and starts the workers.
   *
   * @param consumerConfig the group's consumer configuration for worker {@code i} (client id included)
   * @param onClose called once when the subscription is closed
   */
  public GroupSubscription(
      String group,
      String threadPrefix,
      int concurrency,
      Function<Integer, Map<String, Object>> consumerConfig,
      Collection<String> topics,
      DeliveryHandler handler,
      Duration redeliveryDelay,
      Consumer<GroupSubscription> onClose) {
    this.group = group;
    this.onClose = onClose;
    try {
      for (int i = 0; i < concurrency; i++) {
        Map<String, Object> config = consumerConfig.apply(i);
        String name = String.valueOf(config.getOrDefault(ConsumerConfig.CLIENT_ID_CONFIG, threadPrefix + "-" + i));
        PollingWorker worker = new PollingWorker(group, name, config, topics, handler, redeliveryDelay);
        workers.add(worker);
        threads.add(new Thread(worker, name));
      }
    } catch (RuntimeException e) {
      for (PollingWorker worker : workers) {
        worker.discard();
      }
      throw new IllegalStateException(
          "Could not create a Kafka consumer for group " + group + ": " + e.getMessage()
              + " (check the KAFKA_CONSUMER_* and KAFKA_COMMON_* settings)", e);
    }
    for (Thread thread : threads) {
      thread.start();
    }
    LOG.info("Consumer group {}: subscribed to {} with {} polling thread(s)", group, topics, concurrency);
  }

  /** The consumer group. */
  public String group() {
    return group;
  }

  @Override
  public boolean close(Duration timeout) {
    if (!closed.compareAndSet(false, true)) {
      return true;
    }
    long deadline = System.nanoTime() + timeout.toNanos();
    for (PollingWorker worker : workers) {
      worker.requestStop(deadline);
    }
    // The workers finish in-flight work by the deadline, then commit and close their consumers.
    long grace = TimeUnit.SECONDS.toNanos(10);
    boolean clean = true;
    int dead = 0;
    for (int i = 0; i < threads.size(); i++) {
      Thread thread = threads.get(i);
      try {
        long waitNanos = deadline + grace - System.nanoTime();
        if (waitNanos > 0) {
          TimeUnit.NANOSECONDS.timedJoin(thread, waitNanos);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      if (thread.isAlive()) {
        LOG.warn("Consumer group {}: polling thread {} did not stop in time; it stops in the background", group, thread.getName());
        clean = false;
      } else if (workers.get(i).died()) {
        dead++;
        clean = false;
      } else if (!workers.get(i).closedCleanly()) {
        clean = false;
      }
    }
    onClose.accept(this);
    if (dead > 0) {
      LOG.warn("Consumer group {}: closed; {} of its {} polling thread(s) had died before", group, dead, threads.size());
    } else {
      LOG.info("Consumer group {}: closed{}", group, clean ? "" : " (some records were left in flight)");
    }
    return clean;
  }

  @Override
  public java.util.OptionalLong lag() {
    long total = 0;
    for (PollingWorker worker : workers) {
      long lag = worker.lag();
      if (lag < 0) {
        return java.util.OptionalLong.empty();
      }
      total += lag;
    }
    return java.util.OptionalLong.of(total);
  }

  @Override
  public Health health() {
    List<Health> parts = new ArrayList<>(workers.size());
    for (PollingWorker worker : workers) {
      parts.add(worker.health());
    }
    return Health.of("group " + group, parts);
  }
}
