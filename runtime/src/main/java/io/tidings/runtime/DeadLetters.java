package io.tidings.runtime;

import io.tidings.runtime.internal.Durations;
import io.tidings.runtime.internal.Topics;
import io.tidings.runtime.spi.OutboundRecord;
import io.tidings.runtime.spi.RecordHeader;
import io.tidings.runtime.spi.StandardHeaders;
import io.tidings.runtime.spi.Subscription;
import io.tidings.runtime.spi.TopicDescriptor;
import io.tidings.runtime.spi.Transport;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends dead letters back to the topic they came from, once the cause of their failure is fixed:
 * one ({@link #replay}) or all of a topic's ({@link #replayAll}). A replayed record carries its
 * original key, value and headers, plus {@code tidings-replay-count}, {@code tidings-replay-time} and
 * {@code tidings-replay-from} (the dead letter's own position); the dead-letter headers are dropped.
 * Inject it; it works once {@link Tidings#start()} prepared the transport. Thread-safe.
 */
@Singleton
public final class DeadLetters {
  /** The consumer group that reads dead-letter topics for {@link #replayAll}. */
  public static final String REPLAY_GROUP = "tidings-replay";

  private static final Logger LOG = LoggerFactory.getLogger(DeadLetters.class);

  private final Transport transport;
  private final Set<TopicDescriptor> topics;
  private final TidingsSettings settings;
  private final Clock clock = Clock.systemUTC();

  @Inject
  DeadLetters(Transport transport, Set<TopicDescriptor> topics, TidingsSettings settings) {
    this.transport = transport;
    this.topics = topics;
    this.settings = settings;
  }

  /**
   * Sends {@code letter} back to its original topic with its original key, value and headers.
   *
   * @return completes with the replayed record's receipt once the broker acknowledged it
   */
  public CompletableFuture<Receipt> replay(DeadLetter<?> letter) {
    Objects.requireNonNull(letter, "letter");
    List<RecordHeader> headers = new ArrayList<>();
    for (Map.Entry<String, String> header : letter.headers().entrySet()) {
      if (!header.getKey().startsWith("tidings-replay-")) {
        headers.add(RecordHeader.utf8(header.getKey(), header.getValue()));
      }
    }
    headers.add(RecordHeader.utf8(StandardHeaders.REPLAY_COUNT, Integer.toString(letter.replays() + 1)));
    headers.add(RecordHeader.utf8(StandardHeaders.REPLAY_TIME, clock.instant().toString()));
    headers.add(RecordHeader.utf8(StandardHeaders.REPLAY_FROM, letter.deadLetterPosition()));
    LOG.info("Replaying dead letter {} (originally {}, {}) to {}", letter.deadLetterPosition(), letter.position(),
        letter.eventType(), letter.topic());
    return transport.send(new OutboundRecord(letter.topic(), letter.key(), letter.value(), List.copyOf(headers)));
  }

  /**
   * Replays every dead letter of the topic declared by {@code topicApi} not replayed before: reads
   * {@code <topic><suffix>} as consumer group {@value #REPLAY_GROUP} (so each dead letter is replayed
   * once, however often this is called) until no record arrived for {@code quietPeriod}.
   *
   * @return how many dead letters were replayed
   * @throws IllegalArgumentException if {@code topicApi} is not a {@code @Topic} interface of this
   *     application
   */
  public int replayAll(Class<?> topicApi, Duration quietPeriod) {
    TopicDescriptor topic = topics.stream()
        .filter(descriptor -> descriptor.api().equals(topicApi))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException(topicApi.getName() + " is not a @Topic interface of this "
            + "application: pass the interface whose records were dead-lettered"));
    String name = topic.name() + settings.deadLetterSuffix();
    TopicDescriptor deadLetters = Topics.of(List.of(topic)).withDeadLetterTopics(settings.deadLetterSuffix(), Map.of())
        .stream().filter(descriptor -> descriptor.name().equals(name)).findFirst().orElseThrow();
    AtomicInteger replayed = new AtomicInteger();
    AtomicLong last = new AtomicLong(System.nanoTime());
    List<Throwable> failures = new java.util.concurrent.CopyOnWriteArrayList<>();
    Subscription subscription = transport.subscribe(REPLAY_GROUP, List.of(deadLetters), delivery -> {
      last.set(System.nanoTime());
      CompletionStage<Receipt> sent = replay(DeadLetter.of(delivery, RAW));
      return sent.handle((receipt, error) -> {
        last.set(System.nanoTime());
        if (error != null) {
          failures.add(error);
          throw new IllegalStateException("could not replay " + delivery.position(), error);
        }
        replayed.incrementAndGet();
        return null;
      });
    });
    try {
      long quiet = quietPeriod.toNanos();
      while (System.nanoTime() - last.get() < quiet) {
        TimeUnit.MILLISECONDS.sleep(Math.max(1, Math.min(50, quietPeriod.toMillis() / 4)));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      subscription.close(settings.shutdownTimeout());
    }
    LOG.info("Replayed {} dead letter(s) of {} from {} ({} failed; quiet for {})", replayed.get(), topic.name(), name,
        failures.size(), Durations.format(quietPeriod));
    return replayed.get();
  }

  /** Replay sends the bytes back unchanged: nothing is decoded. */
  private static final io.tidings.runtime.codec.Codec<Object> RAW = new io.tidings.runtime.codec.Codec<>() {
    @Override
    public byte[] encode(Object value) {
      throw new UnsupportedOperationException("replay never encodes");
    }

    @Override
    public Object decode(byte[] bytes) {
      return null;
    }
  };
}
