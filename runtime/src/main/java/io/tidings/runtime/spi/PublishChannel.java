package io.tidings.runtime.spi;

import io.tidings.runtime.Receipt;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * What a generated publisher sends through: one channel per topic, created by the runtime. The
 * publisher encodes key, payload and headers with generated codecs; the channel adds the event-type
 * header, runs publish interceptors and hands the record to the transport.
 */
public interface PublishChannel {

  /** The topic this channel publishes to. */
  TopicDescriptor topic();

  /**
   * Sends and waits for the broker's acknowledgement (within the configured bound).
   *
   * @param key the encoded key, or {@code null}
   * @param eventType the event-type header value
   * @param value the encoded payload
   * @param headers the method's {@code @Header} values, already encoded
   * @throws io.tidings.runtime.PublishException naming topic, key and cause if the broker did not
   *     acknowledge the record
   */
  Receipt publish(byte[] key, String eventType, byte[] value, List<RecordHeader> headers);

  /** Sends without blocking; the future completes once the broker acknowledged the record. */
  CompletableFuture<Receipt> publishAsync(
      byte[] key, String eventType, byte[] value, List<RecordHeader> headers);
}
