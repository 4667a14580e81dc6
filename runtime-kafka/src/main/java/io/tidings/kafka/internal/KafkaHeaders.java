package io.tidings.kafka.internal;

import io.tidings.runtime.spi.RecordHeader;
import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/**
 * Converts headers between Tidings' {@link RecordHeader} and Kafka's {@link Header} with at most one
 * object per header, no streams or intermediate collections. Thread-safe.
 */
public final class KafkaHeaders {
  private KafkaHeaders() {}

  /**
   * Converts the headers of outgoing records into a producer record's {@link Headers}. The first
   * header of a record published through a Tidings publisher is its event type, one and the same
   * object for every record of that type, so the converter keeps the Kafka header it made for the
   * last first header and reuses it when the same object comes again: one header object per record
   * fewer to allocate, and to keep alive until the broker acknowledges. Kafka headers are never
   * changed once made, so sharing one is safe (and the value array was shared before too).
   * Thread-safe: the one-entry cache is replaced as a whole.
   */
  public static final class Outbound {
    private volatile Converted lastFirst;

    /** Adds {@code headers}, in order, to {@code target}. */
    public void addTo(List<RecordHeader> headers, Headers target) {
      if (headers == null || headers.isEmpty()) {
        return;
      }
      if (!(headers instanceof RandomAccess)) {
        for (RecordHeader header : headers) {
          target.add(toKafka(header));
        }
        return;
      }
      int size = headers.size();
      RecordHeader first = headers.get(0);
      Converted cached = lastFirst;
      if (cached != null && cached.source == first) {
        target.add(cached.header);
      } else {
        Header header = toKafka(first);
        lastFirst = new Converted(first, header);
        target.add(header);
      }
      for (int i = 1; i < size; i++) {
        target.add(toKafka(headers.get(i)));
      }
    }

    private static Header toKafka(RecordHeader header) {
      return new org.apache.kafka.common.header.internals.RecordHeader(header.name(), header.value());
    }

    /** A Tidings header and the Kafka header made from it. */
    private static final class Converted {
      final RecordHeader source;
      final Header header;

      Converted(RecordHeader source, Header header) {
        this.source = source;
        this.header = header;
      }
    }
  }

  /** Tidings headers of a consumed record, in the order they were written. */
  public static List<RecordHeader> fromKafka(Headers headers) {
    Header[] in = headers.toArray();
    if (in.length == 0) {
      return List.of();
    }
    RecordHeader[] out = new RecordHeader[in.length];
    for (int i = 0; i < in.length; i++) {
      out[i] = new RecordHeader(in[i].key(), in[i].value());
    }
    return new HeaderList(out);
  }

  /** An immutable list over an array that nobody else holds. */
  private static final class HeaderList extends AbstractList<RecordHeader> implements RandomAccess {
    private final RecordHeader[] headers;

    HeaderList(RecordHeader[] headers) {
      this.headers = headers;
    }

    @Override
    public RecordHeader get(int index) {
      return headers[index];
    }

    @Override
    public int size() {
      return headers.length;
    }
  }
}
