package com.acme.shapes;

import io.tidings.annotations.Format;
import io.tidings.runtime.codec.Keys;
import io.tidings.runtime.spi.Component;
import io.tidings.runtime.spi.ComponentRegistry;
import io.tidings.runtime.spi.EventType;
import io.tidings.runtime.spi.PublishChannel;
import io.tidings.runtime.spi.TopicDescriptor;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import javax.annotation.processing.Generated;

/**
 * Publishes to the topic {@code ereignisse_v1} through {@link Ereignisse}; generated from that interface.
 * Inject {@code Ereignisse} rather than this class.
 */
@Generated("io.tidings.processor.TidingsProcessor")
public final class Ereignisse_Publisher implements Ereignisse {
  /**
   * The topic {@code ereignisse_v1} as {@link Ereignisse} declares it.
   */
  public static final TopicDescriptor TOPIC = new TopicDescriptor(
      "ereignisse_v1",
      Ereignisse.class,
      1,
      Format.JSON,
      (short) -1,
      null,
      false,
      UUID.class,
      List.of(
          new EventType<>("Änderung", Änderung.class, Änderung_JsonCodec.INSTANCE)));

  private final PublishChannel channel;

  /**
   * Creates the publisher; the runtime passes the topic's channel.
   */
  public Ereignisse_Publisher(PublishChannel channel) {
    this.channel = Objects.requireNonNull(channel, "channel");
  }

  @Override
  public void geändert(UUID schlüssel, Änderung änderung) {
    Objects.requireNonNull(änderung, "Ereignisse.geändert: änderung must not be null");
    channel.publish(
        Keys.encode(schlüssel),
        "Änderung",
        Änderung_JsonCodec.INSTANCE.encode(änderung),
        List.of());
  }

  /**
   * Registers this publisher with {@code TidingsModule}.
   */
  public static final class Registration implements Component {
    @Override
    public void register(ComponentRegistry registry) {
      registry.topic(Ereignisse.class, TOPIC, Ereignisse_Publisher::new);
    }
  }
}
