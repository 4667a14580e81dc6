package io.tidings.kafka.internal;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.tidings.runtime.spi.RecordHeader;
import java.util.LinkedList;
import java.util.List;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;

/** Header conversion on the way out (the way in is covered through the broker in KafkaTransportTest). */
class KafkaHeadersTest {
  private static final RecordHeader TYPE = RecordHeader.utf8("tidings-type", "Created");

  private static Header[] convert(KafkaHeaders.Outbound outbound, List<RecordHeader> headers) {
    Headers target = new RecordHeaders();
    outbound.addTo(headers, target);
    return target.toArray();
  }

  @Test
  void everyHeaderArrivesInOrderWithItsNameAndValue() {
    Header[] out = convert(new KafkaHeaders.Outbound(), List.of(TYPE, new RecordHeader("empty", null), RecordHeader.utf8("dup", "1"), RecordHeader.utf8("dup", "2")));
    assertEquals(4, out.length);
    assertEquals("tidings-type", out[0].key());
    assertArrayEquals(TYPE.value(), out[0].value());
    assertEquals("empty", out[1].key());
    assertNull(out[1].value());
    assertEquals("1", new String(out[2].value(), UTF_8));
    assertEquals("2", new String(out[3].value(), UTF_8));
  }

  @Test
  void theSameFirstHeaderObjectIsConvertedOnceAndTheOthersEveryTime() {
    KafkaHeaders.Outbound outbound = new KafkaHeaders.Outbound();
    RecordHeader id = RecordHeader.utf8("tidings-correlation-id", "1");
    Header[] first = convert(outbound, List.of(TYPE, id));
    Header[] second = convert(outbound, List.of(TYPE, id));
    assertSame(first[0], second[0], "the event-type header is reused");
    assertNotSame(first[1], second[1], "other headers are converted for each record");
  }

  @Test
  void anEqualButDifferentFirstHeaderIsConvertedAgain() {
    KafkaHeaders.Outbound outbound = new KafkaHeaders.Outbound();
    Header[] first = convert(outbound, List.of(TYPE));
    RecordHeader other = RecordHeader.utf8("tidings-type", "Cancelled");
    Header[] second = convert(outbound, List.of(other));
    Header[] third = convert(outbound, List.of(TYPE));
    assertEquals("Cancelled", new String(second[0].value(), UTF_8));
    assertEquals("Created", new String(third[0].value(), UTF_8));
    assertNotSame(first[0], third[0], "only the last first header is remembered");
  }

  @Test
  void listsWithoutRandomAccessAndEmptyListsWork() {
    KafkaHeaders.Outbound outbound = new KafkaHeaders.Outbound();
    Header[] out = convert(outbound, new LinkedList<>(List.of(TYPE, RecordHeader.utf8("a", "b"))));
    assertEquals(2, out.length);
    assertEquals("a", out[1].key());
    assertEquals(0, convert(outbound, List.of()).length);
    assertEquals(0, convert(outbound, null).length);
  }
}
