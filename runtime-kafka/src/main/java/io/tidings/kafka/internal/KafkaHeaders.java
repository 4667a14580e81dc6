package io.tidings.kafka.internal;

import io.tidings.runtime.spi.RecordHeader;
import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/**
 * Converts headers between Tidings' {@link RecordHeader} and Kafka's {@link Header} with one array
 * and one object per header, no streams or intermediate collections. Stateless and thread-safe.
 */
public final class KafkaHeaders {
  private KafkaHeaders() {}

  /** Kafka headers for a producer record, or {@code null} when there are none. */
  public static Header[] toKafka(List<RecordHeader> headers) {
    if (headers == null || headers.isEmpty()) {
      return null;
    }
    int size = headers.size();
    Header[] out = new Header[size];
    for (int i = 0; i < size; i++) {
      RecordHeader header = headers.get(i);
      out[i] = new org.apache.kafka.common.header.internals.RecordHeader(header.name(), header.value());
    }
    return out;
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
