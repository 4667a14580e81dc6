package io.tidings.runtime.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.tidings.annotations.Format;
import io.tidings.runtime.fixture.OrderPlaced;
import io.tidings.runtime.fixture.Orders;
import io.tidings.runtime.fixture.Shipping;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The written-out equals and hashCode of {@link TopicDescriptor} and {@link EventType} keep the record meaning. */
class TopicDescriptorTest {
  private static final EventType<OrderPlaced> PLACED = new EventType<>("OrderPlaced", OrderPlaced.class, OrderPlaced.CODEC);

  private static TopicDescriptor topic(
      String name, Class<?> api, int partitions, Format format, short replicas, Duration retention, boolean compacted,
      Class<?> keyType, List<EventType<?>> eventTypes) {
    return new TopicDescriptor(name, api, partitions, format, replicas, retention, compacted, keyType, eventTypes);
  }

  private static TopicDescriptor base() {
    return topic("orders", Orders.class, 2, Format.JSON, (short) 3, Duration.ofDays(1), false, long.class, List.of(PLACED));
  }

  @Test
  void equalComponentsMakeEqualDescriptorsWithEqualHashes() {
    TopicDescriptor copy = topic(
        new String("orders"), Orders.class, 2, Format.JSON, (short) 3, Duration.ofHours(24), false, long.class,
        List.of(new EventType<>(new String("OrderPlaced"), OrderPlaced.class, OrderPlaced.CODEC)));
    assertEquals(base(), copy);
    assertEquals(base().hashCode(), copy.hashCode());
    TopicDescriptor nulls = topic("orders", Orders.class, 2, Format.JSON, (short) -1, null, false, null, List.of());
    assertEquals(nulls, topic("orders", Orders.class, 2, Format.JSON, (short) -1, null, false, null, List.of()));
    assertEquals(nulls.hashCode(), topic("orders", Orders.class, 2, Format.JSON, (short) -1, null, false, null, List.of()).hashCode());
  }

  @Test
  void everyComponentTakesPartInEquality() {
    List<TopicDescriptor> others = List.of(
        topic("orders2", Orders.class, 2, Format.JSON, (short) 3, Duration.ofDays(1), false, long.class, List.of(PLACED)),
        topic("orders", Shipping.class, 2, Format.JSON, (short) 3, Duration.ofDays(1), false, long.class, List.of(PLACED)),
        topic("orders", Orders.class, 3, Format.JSON, (short) 3, Duration.ofDays(1), false, long.class, List.of(PLACED)),
        topic("orders", Orders.class, 2, Format.AVRO, (short) 3, Duration.ofDays(1), false, long.class, List.of(PLACED)),
        topic("orders", Orders.class, 2, Format.JSON, (short) 1, Duration.ofDays(1), false, long.class, List.of(PLACED)),
        topic("orders", Orders.class, 2, Format.JSON, (short) 3, null, false, long.class, List.of(PLACED)),
        topic("orders", Orders.class, 2, Format.JSON, (short) 3, Duration.ofDays(1), true, long.class, List.of(PLACED)),
        topic("orders", Orders.class, 2, Format.JSON, (short) 3, Duration.ofDays(1), false, String.class, List.of(PLACED)),
        topic("orders", Orders.class, 2, Format.JSON, (short) 3, Duration.ofDays(1), false, long.class, List.of()));
    for (TopicDescriptor other : others) {
      assertNotEquals(base(), other);
      assertNotEquals(other, base());
    }
    assertNotEquals(base(), "orders");
    assertNotEquals(base(), null);
  }

  @Test
  void eventTypesCompareNameTypeAndCodec() {
    assertEquals(PLACED, new EventType<>("OrderPlaced", OrderPlaced.class, OrderPlaced.CODEC));
    assertEquals(PLACED.hashCode(), new EventType<>("OrderPlaced", OrderPlaced.class, OrderPlaced.CODEC).hashCode());
    assertEquals(new EventType<>(null, null, null), new EventType<>(null, null, null));
    assertEquals(new EventType<>(null, null, null).hashCode(), new EventType<>(null, null, null).hashCode());
    assertNotEquals(PLACED, new EventType<>("Placed", OrderPlaced.class, OrderPlaced.CODEC));
    assertNotEquals(PLACED, new EventType<>("OrderPlaced", String.class, null));
    assertNotEquals(PLACED, new EventType<>("OrderPlaced", OrderPlaced.class, null));
    assertNotEquals(PLACED, "OrderPlaced");
  }
}
