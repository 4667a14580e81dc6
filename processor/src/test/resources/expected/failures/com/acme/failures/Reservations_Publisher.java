package com.acme.failures;

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
import test.support.Cancelled;
import test.support.Cancelled_JsonCodec;
import test.support.Created;
import test.support.Created_JsonCodec;

/**
 * Publishes to the topic {@code reservations} through {@link Reservations}; generated from that interface.
 * Inject {@code Reservations} rather than this class.
 */
@Generated("io.tidings.processor.TidingsProcessor")
public final class Reservations_Publisher implements Reservations {
  /**
   * The topic {@code reservations} as {@link Reservations} declares it.
   */
  public static final TopicDescriptor TOPIC = new TopicDescriptor(
      "reservations",
      Reservations.class,
      1,
      Format.JSON,
      (short) -1,
      null,
      false,
      String.class,
      List.of(
          new EventType<>("Created", Created.class, Created_JsonCodec.INSTANCE),
          new EventType<>("Cancelled", Cancelled.class, Cancelled_JsonCodec.INSTANCE)));

  private final PublishChannel channel;

  /**
   * Creates the publisher; the runtime passes the topic's channel.
   */
  public Reservations_Publisher(PublishChannel channel) {
    this.channel = Objects.requireNonNull(channel, "channel");
  }

  @Override
  public void created(String id, Created event) {
    Objects.requireNonNull(event, "Reservations.created: event must not be null");
    channel.publish(
        Keys.encode(id),
        "Created",
        Created_JsonCodec.INSTANCE.encode(event),
        List.of());
  }

  @Override
  public void cancelled(String id, Cancelled event) {
    Objects.requireNonNull(event, "Reservations.cancelled: event must not be null");
    channel.publish(
        Keys.encode(id),
        "Cancelled",
        Cancelled_JsonCodec.INSTANCE.encode(event),
        List.of());
  }

  /**
   * Registers this publisher with {@code TidingsModule}.
   */
  public static final class Registration implements Component {
    @Override
    public void register(ComponentRegistry registry) {
      registry.topic(Reservations.class, TOPIC, Reservations_Publisher::new);
    }
  }
}
