package evo;

import io.tidings.annotations.Format;
import io.tidings.runtime.codec.Keys;
import io.tidings.runtime.spi.Component;
import io.tidings.runtime.spi.ComponentRegistry;
import io.tidings.runtime.spi.EventType;
import io.tidings.runtime.spi.PublishChannel;
import io.tidings.runtime.spi.TopicDescriptor;
import java.util.List;
import java.util.Objects;
import javax.annotation.processing.Generated;

/**
 * Publishes to the topic {@code evo.orders} through {@link Orders}; generated from that interface.
 * Inject {@code Orders} rather than this class.
 */
@Generated("io.tidings.processor.TidingsProcessor")
public final class Orders_Publisher implements Orders {
  /**
   * The topic {@code evo.orders} as {@link Orders} declares it.
   */
  public static final TopicDescriptor TOPIC = new TopicDescriptor(
      "evo.orders",
      Orders.class,
      1,
      Format.AVRO,
      (short) -1,
      null,
      false,
      String.class,
      List.of(
          new EventType<>("OrderPlaced", OrderPlaced.class, OrderPlaced_AvroCodec.INSTANCE)));

  private final PublishChannel channel;

  /**
   * Creates the publisher; the runtime passes the topic's channel.
   */
  public Orders_Publisher(PublishChannel channel) {
    this.channel = Objects.requireNonNull(channel, "channel");
  }

  @Override
  public void placed(String id, OrderPlaced event) {
    Objects.requireNonNull(event, "Orders.placed: event must not be null");
    channel.publish(
        Keys.encode(id),
        "OrderPlaced",
        OrderPlaced_AvroCodec.INSTANCE.encode(event),
        List.of(OrderPlaced_AvroCodec.INSTANCE.schemaHeader()));
  }

  /**
   * Registers this publisher with {@code TidingsModule}.
   */
  public static final class Registration implements Component {
    @Override
    public void register(ComponentRegistry registry) {
      registry.topic(Orders.class, TOPIC, Orders_Publisher::new);
    }
  }
}
