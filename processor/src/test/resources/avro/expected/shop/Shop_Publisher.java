package shop;

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
 * Publishes to the topic {@code shop.everything} through {@link Shop}; generated from that interface.
 * Inject {@code Shop} rather than this class.
 */
@Generated("io.tidings.processor.TidingsProcessor")
public final class Shop_Publisher implements Shop {
  /**
   * The topic {@code shop.everything} as {@link Shop} declares it.
   */
  public static final TopicDescriptor TOPIC = new TopicDescriptor(
      "shop.everything",
      Shop.class,
      1,
      Format.AVRO,
      (short) -1,
      null,
      false,
      String.class,
      List.of(
          new EventType<>("Everything", Everything.class, Everything_AvroCodec.INSTANCE)));

  private final PublishChannel channel;

  /**
   * Creates the publisher; the runtime passes the topic's channel.
   */
  public Shop_Publisher(PublishChannel channel) {
    this.channel = Objects.requireNonNull(channel, "channel");
  }

  @Override
  public void everything(String id, Everything event) {
    Objects.requireNonNull(event, "Shop.everything: event must not be null");
    channel.publish(
        Keys.encode(id),
        "Everything",
        Everything_AvroCodec.INSTANCE.encode(event),
        List.of(Everything_AvroCodec.INSTANCE.schemaHeader()));
  }

  /**
   * Registers this publisher with {@code TidingsModule}.
   */
  public static final class Registration implements Component {
    @Override
    public void register(ComponentRegistry registry) {
      registry.topic(Shop.class, TOPIC, Shop_Publisher::new);
    }
  }
}
