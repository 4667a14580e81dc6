package io.tidings.kafka;

import io.tidings.kafka.internal.GroupSubscription;
import io.tidings.kafka.internal.KafkaHeaders;
import io.tidings.kafka.internal.TopicProvisioner;
import io.tidings.runtime.Health;
import io.tidings.runtime.Receipt;
import io.tidings.runtime.spi.DeliveryHandler;
import io.tidings.runtime.spi.OutboundRecord;
import io.tidings.runtime.spi.Subscription;
import io.tidings.runtime.spi.TopicDescriptor;
import io.tidings.runtime.spi.Transport;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.clients.admin.DescribeClusterResult;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.Callback;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.Header;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Tidings {@link Transport} over Apache Kafka (kafka-clients): one shared, thread-safe producer for
 * every send; per subscribed consumer group a configurable number of polling threads, each with its
 * own consumer; topic provisioning and health checks through the Admin client.
 *
 * <p>Clients are created lazily — the producer and the admin client in {@link #prepare} or on first
 * use, consumers in {@link #subscribe} — so constructing a transport (for example when Guice builds
 * the injector) opens no connection. Sends complete their future on the producer's I/O thread:
 * dependent stages that do real work should run asynchronously. Polling threads are not daemons,
 * like any Kafka service's consumers: close the subscriptions ({@code Tidings.close()}) to let the JVM
 * exit. Thread-safe.
 */
public final class KafkaTransport implements Transport {
  private static final Logger LOG = LoggerFactory.getLogger(KafkaTransport.class);
  private static final Duration ADMIN_TIMEOUT = Duration.ofSeconds(30);
  private static final Duration HEALTH_TIMEOUT = Duration.ofSeconds(5);
  /**
   * The timestamp of the last receipt made in this JVM; immutable, and any thread may replace it, as
   * a receipt only reuses it when it is the very millisecond it needs.
   */
  private static volatile Instant lastTimestamp;

  private final KafkaSettings settings;
  private final Object lock = new Object();
  /** Guards the admin client's creation apart from the producer's, so {@link #prepare} can build both at once. */
  private final Object adminLock = new Object();
  private final Set<GroupSubscription> subscriptions = ConcurrentHashMap.newKeySet();
  private final AtomicInteger subscriptionCount = new AtomicInteger();
  private final KafkaHeaders.Outbound outboundHeaders = new KafkaHeaders.Outbound();
  private volatile Producer<byte[], byte[]> producer;
  private volatile Admin admin;
  private volatile boolean closed;

  /** A transport for the cluster that {@code settings} describe; opens no connection yet. */
  @Inject
  public KafkaTransport(KafkaSettings settings) {
    this.settings = Objects.requireNonNull(settings, "settings");
  }

  /** The settings this transport uses. */
  public KafkaSettings settings() {
    return settings;
  }

  @Override
  public void prepare(Collection<TopicDescriptor> topics) {
    checkOpen();
    KafkaSettings.Provisioning mode = settings.provisioning();
    if (mode == KafkaSettings.Provisioning.OFF) {
      producer();
      LOG.info("KAFKA_TOPICS=off: not checking {} topic(s)", topics.size());
      return;
    }
    // The producer is built on a thread of its own while the admin client checks the topics: building
    // it is mostly class loading and the check mostly network waits, so start-up overlaps the two.
    CompletableFuture<Void> producerBuilt = new CompletableFuture<>();
    Thread builder = new Thread(() -> {
      try {
        producer();
        producerBuilt.complete(null);
      } catch (Throwable e) {
        producerBuilt.completeExceptionally(e);
      }
    }, "tidings-kafka-producer-init");
    builder.setDaemon(true);
    builder.start();
    RuntimeException provisioning = null;
    try {
      new TopicProvisioner(admin(), ADMIN_TIMEOUT).provision(topics, mode == KafkaSettings.Provisioning.CREATE);
    } catch (RuntimeException e) {
      provisioning = e;
    }
    try {
      producerBuilt.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      // the producer's own error first, as when it was built before the check
      RuntimeException failure = e.getCause() instanceof RuntimeException cause ? cause : e;
      if (provisioning != null) {
        failure.addSuppressed(provisioning);
      }
      throw failure;
    }
    if (provisioning != null) {
      throw provisioning;
    }
  }

  @Override
  public CompletableFuture<Receipt> send(OutboundRecord record) {
    PendingSend pending = new PendingSend();
    try {
      producer().send(toProducerRecord(record), pending);
    } catch (RuntimeException e) {
      pending.completeExceptionally(e);
    }
    return pending;
  }

  @Override
  public void send(OutboundRecord record, BiConsumer<? super Receipt, ? super Throwable> whenDone) {
    Objects.requireNonNull(whenDone, "whenDone");
    ProducerRecord<byte[], byte[]> producerRecord;
    Producer<byte[], byte[]> client;
    try {
      producerRecord = toProducerRecord(record);
      client = producer();
    } catch (RuntimeException e) {
      whenDone.accept(null, e);
      return;
    }
    ListenerCallback callback = new ListenerCallback(whenDone);
    try {
      client.send(producerRecord, callback);
    } catch (RuntimeException e) {
      callback.onCompletion(null, e); // at most once: the client either throws or calls back
    }
  }

  /**
   * One producer record over the record's arrays, its headers added straight to the record's own
   * list (no intermediate array or list), the event-type header reused from the previous record.
   */
  private ProducerRecord<byte[], byte[]> toProducerRecord(OutboundRecord record) {
    ProducerRecord<byte[], byte[]> producerRecord =
        new ProducerRecord<>(record.topic(), null, null, record.key(), record.value(), (Iterable<Header>) null);
    outboundHeaders.addTo(record.headers(), producerRecord.headers());
    return producerRecord;
  }

  @Override
  public Subscription subscribe(String group, Collection<TopicDescriptor> topics, DeliveryHandler handler) {
    checkOpen();
    Objects.requireNonNull(group, "group");
    Objects.requireNonNull(handler, "handler");
    if (group.isBlank()) {
      throw new IllegalArgumentException("the consumer group name is blank: give every @Consumes a group");
    }
    Set<String> names = new LinkedHashSet<>();
    for (TopicDescriptor topic : topics) {
      names.add(topic.name());
    }
    if (names.isEmpty()) {
      throw new IllegalArgumentException("consumer group " + group + " subscribes to no topic");
    }
    int number = subscriptionCount.incrementAndGet();
    String prefix = settings.clientId() + "-" + group + "-" + number;
    Map<String, Object> base = settings.consumerConfig(group);
    GroupSubscription subscription =
        new GroupSubscription(
            group,
            prefix,
            settings.concurrency(group),
            index -> {
              Map<String, Object> config = new LinkedHashMap<>(base);
              config.put(ConsumerConfig.CLIENT_ID_CONFIG, prefix + "-" + index);
              return config;
            },
            names,
            handler,
            settings.redeliveryDelay(),
            subscriptions::remove);
    subscriptions.add(subscription);
    return subscription;
  }

  @Override
  public void close(Duration timeout) {
    synchronized (lock) {
      if (closed) {
        return;
      }
      closed = true;
    }
    long deadline = System.nanoTime() + timeout.toNanos();
    List<GroupSubscription> open = new ArrayList<>(subscriptions);
    if (!open.isEmpty()) {
      LOG.warn("Closing the Kafka transport with {} subscription(s) still open; closing them first", open.size());
      for (GroupSubscription subscription : open) {
        subscription.close(remaining(deadline));
      }
    }
    Producer<byte[], byte[]> currentProducer = producer;
    if (currentProducer != null) {
      currentProducer.close(remaining(deadline)); // flushes pending sends within the bound
    }
    Admin currentAdmin;
    synchronized (adminLock) { // waits for a creation that began before the close
      currentAdmin = admin;
    }
    if (currentAdmin != null) {
      currentAdmin.close(remaining(deadline));
    }
    LOG.info("Kafka transport closed");
  }

  /** The connection to the cluster; each subscription reports its own threads ({@link Subscription#health()}). */
  @Override
  public Health health() {
    return Health.of("kafka", List.of(clusterHealth()));
  }

  /** How many subscriptions are open (for tests). */
  int openSubscriptions() {
    return subscriptions.size();
  }

  private Health clusterHealth() {
    if (closed) {
      return Health.down("cluster", "transport closed");
    }
    try {
      DescribeClusterResult cluster =
          admin().describeCluster(new DescribeClusterOptions().timeoutMs((int) HEALTH_TIMEOUT.toMillis()));
      int nodes = cluster.nodes().get(HEALTH_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS).size();
      String id = cluster.clusterId().get(HEALTH_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
      return Health.up(
          "cluster", "reachable at " + String.join(",", settings.brokers()) + ": cluster " + id + ", " + nodes + " broker(s)"
              + (producer == null ? "; producer not created yet" : "; producer ready"));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Health.down("cluster", "interrupted while checking the cluster");
    } catch (Exception e) {
      Throwable cause = e instanceof java.util.concurrent.ExecutionException && e.getCause() != null ? e.getCause() : e;
      return Health.down(
          "cluster", "cannot reach " + String.join(",", settings.brokers()) + " (KAFKA_BROKERS): " + cause.getClass().getSimpleName()
              + (cause.getMessage() == null ? "" : ": " + cause.getMessage()));
    }
  }

  private Producer<byte[], byte[]> producer() {
    Producer<byte[], byte[]> current = producer;
    if (current == null) {
      synchronized (lock) {
        checkOpen();
        current = producer;
        if (current == null) {
          current = new KafkaProducer<>(settings.producerConfig());
          producer = current;
        }
      }
    }
    return current;
  }

  private Admin admin() {
    Admin current = admin;
    if (current == null) {
      synchronized (adminLock) {
        checkOpen();
        current = admin;
        if (current == null) {
          current = Admin.create(settings.adminConfig());
          admin = current;
        }
      }
    }
    return current;
  }

  private void checkOpen() {
    if (closed) {
      throw new IllegalStateException("the Kafka transport is closed: create a new one (start a new Tidings)");
    }
  }

  private static Duration remaining(long deadlineNanos) {
    return Duration.ofNanos(Math.max(0, deadlineNanos - System.nanoTime()));
  }

  /**
   * Receipt of a producer acknowledgement, the same for both kinds of send. Records sent within the
   * same millisecond share their timestamp, so the last {@link Instant} (immutable) is reused while
   * it matches: acknowledgements of a batch come one after another on the producer's I/O thread.
   */
  private static Receipt receipt(RecordMetadata metadata) {
    long millis = metadata.timestamp();
    Instant timestamp = lastTimestamp;
    if (timestamp == null || timestamp.toEpochMilli() != millis) {
      timestamp = Instant.ofEpochMilli(millis);
      lastTimestamp = timestamp;
    }
    return new Receipt(metadata.topic(), metadata.partition(), metadata.offset(), timestamp);
  }

  /** Adapts the producer's callback to a runtime listener: one small object per send, no future. */
  private static final class ListenerCallback implements Callback {
    private final BiConsumer<? super Receipt, ? super Throwable> whenDone;

    ListenerCallback(BiConsumer<? super Receipt, ? super Throwable> whenDone) {
      this.whenDone = whenDone;
    }

    @Override
    public void onCompletion(RecordMetadata metadata, Exception exception) {
      if (exception != null) {
        whenDone.accept(null, exception);
      } else {
        whenDone.accept(receipt(metadata), null);
      }
    }
  }

  /** The future a send returns, completed by the producer's callback: one object per send. */
  private static final class PendingSend extends CompletableFuture<Receipt> implements Callback {
    @Override
    public void onCompletion(RecordMetadata metadata, Exception exception) {
      if (exception != null) {
        completeExceptionally(exception);
      } else {
        complete(receipt(metadata));
      }
    }
  }
}
