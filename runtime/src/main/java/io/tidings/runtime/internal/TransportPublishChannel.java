package io.tidings.runtime.internal;

import io.tidings.runtime.PublishException;
import io.tidings.runtime.PublishInterceptor;
import io.tidings.runtime.Receipt;
import io.tidings.runtime.spi.Delivery;
import io.tidings.runtime.spi.OutboundRecord;
import io.tidings.runtime.spi.PublishChannel;
import io.tidings.runtime.spi.RecordHeader;
import io.tidings.runtime.spi.StandardHeaders;
import io.tidings.runtime.spi.TopicDescriptor;
import io.tidings.runtime.spi.Transport;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link PublishChannel} of one topic: adds the event-type and correlation headers, runs the
 * publish interceptors and hands the record to the transport.
 *
 * <p>Correlation: a record published while a consumer method handles another (on the method's
 * thread) carries the handled record's correlation id, names it as its causation ({@code
 * topic-partition@offset}) and carries its {@code traceparent}; any other record gets a new
 * correlation id. Headers the caller passed with those names win.
 *
 * <p>Thread-safe; one instance serves every thread publishing to its topic.
 */
public final class TransportPublishChannel implements PublishChannel {
  private static final Logger LOG = LoggerFactory.getLogger(TransportPublishChannel.class);

  private final TopicDescriptor topic;
  private final Supplier<Transport> transport;
  private final Duration timeout;
  private final PublishInterceptor[] interceptors;
  /** The transport, once the supplier gave it (a singleton: looked up once, not on every send). */
  private volatile Transport resolved;
  /** The header of the event type published last; racy by design, any value is correct. */
  private volatile TypeHeader lastEventType;

  /**
   * @param transport looked up on the first send (and kept: the transport is a singleton), so a
   *     channel can be built before the transport is
   * @param timeout how long {@link #publish} waits for the acknowledgement
   */
  public TransportPublishChannel(TopicDescriptor topic, Supplier<Transport> transport, Duration timeout) {
    this(topic, transport, timeout, List.of());
  }

  /**
   * @param transport looked up on the first send (and kept: the transport is a singleton), so a
   *     channel can be built before the transport is
   * @param timeout how long {@link #publish} waits for the acknowledgement
   * @param interceptors called around every send, in order
   */
  public TransportPublishChannel(
      TopicDescriptor topic, Supplier<Transport> transport, Duration timeout, List<PublishInterceptor> interceptors) {
    this.topic = Objects.requireNonNull(topic, "topic");
    this.transport = Objects.requireNonNull(transport, "transport");
    this.timeout = Objects.requireNonNull(timeout, "timeout");
    this.interceptors = interceptors.toArray(new PublishInterceptor[0]);
  }

  @Override
  public TopicDescriptor topic() {
    return topic;
  }

  @Override
  public Receipt publish(byte[] key, String eventType, byte[] value, List<RecordHeader> headers) {
    CompletableFuture<Receipt> sent = send(key, eventType, value, headers);
    try {
      return sent.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      throw new PublishException(
          describe(key, eventType) + " was not acknowledged within " + Durations.format(timeout)
              + " (" + io.tidings.runtime.TidingsSettings.PUBLISH_TIMEOUT + "). Check that the broker is reachable"
              + " (Tidings.health() shows the transport) and that the topic exists; the record may still be written,"
              + " so publishing again may duplicate it",
          e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new PublishException(
          describe(key, eventType) + " was interrupted while waiting for the broker; the record may or may not be written", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      // Rethrown here so the stack trace shows the caller's thread; the message is the channel's.
      throw new PublishException(cause.getMessage(), cause instanceof PublishException ? cause.getCause() : cause);
    }
  }

  @Override
  public CompletableFuture<Receipt> publishAsync(
      byte[] key, String eventType, byte[] value, List<RecordHeader> headers) {
    return send(key, eventType, value, headers);
  }

  private CompletableFuture<Receipt> send(byte[] key, String eventType, byte[] value, List<RecordHeader> headers) {
    Objects.requireNonNull(eventType, "eventType");
    Delivery cause = HandlingContext.current();
    int extra = headers == null ? 0 : headers.size();
    List<RecordHeader> all;
    if (cause == null && extra == 0) {
      // The common case: List.of with two elements is one small object, no array and no wrappers.
      all = List.of(eventTypeHeader(eventType), new RecordHeader(StandardHeaders.CORRELATION_ID, Ids.randomAscii()));
    } else {
      all = headers(eventType, cause, headers, extra);
    }
    OutboundRecord record = new OutboundRecord(topic.name(), key, value, all);
    for (PublishInterceptor interceptor : interceptors) {
      try {
        record = Objects.requireNonNull(interceptor.beforePublish(record), "the record beforePublish returned");
      } catch (RuntimeException e) {
        LOG.warn("Publish interceptor {} failed on a record for topic {}; ignored", interceptor, topic.name(), e);
      }
    }
    // Without interceptors the pending send keeps only the key (for a failure's message), not the
    // record: a producer may hold many thousands of sends unacknowledged, and what they keep alive
    // is copied by every young collection meanwhile.
    Pending result = new Pending(interceptors.length == 0 ? null : record, key, eventType);
    Transport current = resolved;
    if (current == null) {
      try {
        current = Objects.requireNonNull(transport.get(), "the transport supplier returned null");
      } catch (RuntimeException e) {
        result.accept(null, e);
        return result;
      }
      resolved = current;
    }
    try {
      current.send(record, result);
    } catch (RuntimeException e) {
      if (!result.isDone()) { // a transport that threw instead of calling back
        result.accept(null, e);
      }
    }
    return result;
  }

  /**
   * The headers of a record published while another is handled, or with headers of the caller's:
   * event type, correlation id (carried over from the handled record, or new), causation and trace
   * context, then the caller's headers (consumers read the last header of a name, so those win).
   */
  private List<RecordHeader> headers(String eventType, Delivery cause, List<RecordHeader> headers, int extra) {
    RecordHeader[] all = new RecordHeader[extra + (cause == null ? 2 : 4)];
    int n = 0;
    all[n++] = eventTypeHeader(eventType);
    if (cause == null) {
      all[n++] = new RecordHeader(StandardHeaders.CORRELATION_ID, Ids.randomAscii());
    } else {
      String correlation = cause.header(StandardHeaders.CORRELATION_ID);
      all[n++] = correlation == null
          ? new RecordHeader(StandardHeaders.CORRELATION_ID, Ids.randomAscii())
          : RecordHeader.utf8(StandardHeaders.CORRELATION_ID, correlation);
      all[n++] = RecordHeader.utf8(StandardHeaders.CAUSATION_ID, cause.position());
      RecordHeader trace = cause.lastHeader(StandardHeaders.TRACEPARENT);
      if (trace != null) {
        all[n++] = trace;
      }
    }
    if (extra > 0) {
      for (RecordHeader header : headers) {
        all[n++] = header;
      }
    }
    return Collections.unmodifiableList(Arrays.asList(n == all.length ? all : Arrays.copyOf(all, n)));
  }

  /** The event-type header, made once per event type of the channel rather than once per record. */
  private RecordHeader eventTypeHeader(String eventType) {
    TypeHeader cached = lastEventType;
    if (cached != null && cached.eventType.equals(eventType)) {
      return cached.header;
    }
    RecordHeader header = RecordHeader.utf8(StandardHeaders.EVENT_TYPE, eventType);
    lastEventType = new TypeHeader(eventType, header); // racing threads at worst each make their own
    return header;
  }

  /** An event type and its header, replaced together (a channel usually carries one type). */
  private static final class TypeHeader {
    final String eventType;
    final RecordHeader header;

    TypeHeader(String eventType, RecordHeader header) {
      this.eventType = eventType;
      this.header = header;
    }
  }

  /**
   * What a publish returns: the one future of the publish, completed straight from the transport's
   * callback after the interceptors saw the outcome; a failure becomes a {@link PublishException}.
   */
  private final class Pending extends CompletableFuture<Receipt> implements BiConsumer<Receipt, Throwable> {
    /** The record, for the interceptors' {@code afterPublish}; {@code null} when there are none. */
    private final OutboundRecord record;
    private final byte[] key;
    private final String eventType;

    Pending(OutboundRecord record, byte[] key, String eventType) {
      this.record = record;
      this.key = key;
      this.eventType = eventType;
    }

    @Override
    public void accept(Receipt receipt, Throwable error) {
      Throwable failure = error == null ? null : unwrap(error);
      for (PublishInterceptor interceptor : interceptors) {
        try {
          interceptor.afterPublish(record, receipt, failure);
        } catch (RuntimeException e) {
          LOG.warn("Publish interceptor {} failed after a send to topic {}; ignored", interceptor, topic.name(), e);
        }
      }
      if (error == null) {
        complete(receipt);
      } else {
        completeExceptionally(failure(key, eventType, failure));
      }
    }
  }

  private PublishException failure(byte[] key, String eventType, Throwable cause) {
    return new PublishException(
        describe(key, eventType) + " failed: " + cause.getClass().getName()
            + (cause.getMessage() == null ? "" : ": " + Bytes.truncate(cause.getMessage(), 500))
            + ". Check that the broker is reachable (Tidings.health() shows the transport), that topic "
            + topic.name() + " exists with " + topic.partitions() + " partition(s) and that this service may write to it",
        cause);
  }

  private String describe(byte[] key, String eventType) {
    return "Publishing " + eventType + " to topic " + topic.name() + " (key " + Bytes.render(key) + ")";
  }

  private static Throwable unwrap(Throwable error) {
    Throwable cause = error;
    while ((cause instanceof CompletionException || cause instanceof ExecutionException) && cause.getCause() != null) {
      cause = cause.getCause();
    }
    return cause;
  }
}
