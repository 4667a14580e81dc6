package io.tidings.runtime.internal;

import io.tidings.runtime.PublishException;
import io.tidings.runtime.Receipt;
import io.tidings.runtime.spi.OutboundRecord;
import io.tidings.runtime.spi.PublishChannel;
import io.tidings.runtime.spi.RecordHeader;
import io.tidings.runtime.spi.StandardHeaders;
import io.tidings.runtime.spi.TopicDescriptor;
import io.tidings.runtime.spi.Transport;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * The {@link PublishChannel} of one topic: adds the event-type header and hands the record to the
 * transport. Thread-safe; one instance serves every thread publishing to its topic.
 */
public final class TransportPublishChannel implements PublishChannel {
  private final TopicDescriptor topic;
  private final Supplier<Transport> transport;
  private final Duration timeout;

  /**
   * @param transport looked up on each send, so a channel can be built before the transport is
   * @param timeout how long {@link #publish} waits for the acknowledgement
   */
  public TransportPublishChannel(TopicDescriptor topic, Supplier<Transport> transport, Duration timeout) {
    this.topic = Objects.requireNonNull(topic, "topic");
    this.transport = Objects.requireNonNull(transport, "transport");
    this.timeout = Objects.requireNonNull(timeout, "timeout");
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
    List<RecordHeader> all = new ArrayList<>(headers == null ? 1 : headers.size() + 1);
    all.add(RecordHeader.utf8(StandardHeaders.EVENT_TYPE, eventType));
    if (headers != null) {
      all.addAll(headers);
    }
    CompletableFuture<Receipt> sent;
    try {
      sent = transport.get().send(new OutboundRecord(topic.name(), key, value, List.copyOf(all)));
    } catch (RuntimeException e) {
      sent = CompletableFuture.failedFuture(e);
    }
    CompletableFuture<Receipt> result = new CompletableFuture<>();
    sent.whenComplete((receipt, error) -> {
      if (error == null) {
        result.complete(receipt);
      } else {
        result.completeExceptionally(failure(key, eventType, unwrap(error)));
      }
    });
    return result;
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
