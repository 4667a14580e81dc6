package com.acme;

import io.tidings.annotations.Format;
import io.tidings.runtime.Receipt;
import io.tidings.runtime.codec.HeaderValues;
import io.tidings.runtime.codec.Keys;
import io.tidings.runtime.spi.Component;
import io.tidings.runtime.spi.ComponentRegistry;
import io.tidings.runtime.spi.EventType;
import io.tidings.runtime.spi.PublishChannel;
import io.tidings.runtime.spi.RecordHeader;
import io.tidings.runtime.spi.TopicDescriptor;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletionStage;
import javax.annotation.processing.Generated;

/**
 * Publishes to the topic {@code bookings.events} through {@link BookingEvents}; generated from that interface.
 * Inject {@code BookingEvents} rather than this class.
 */
@Generated("io.tidings.processor.TidingsProcessor")
public final class BookingEvents_Publisher implements BookingEvents {
  /**
   * The topic {@code bookings.events} as {@link BookingEvents} declares it.
   */
  public static final TopicDescriptor TOPIC = new TopicDescriptor(
      "bookings.events",
      BookingEvents.class,
      3,
      Format.JSON,
      (short) -1,
      null,
      false,
      String.class,
      List.of(
          new EventType<>("BookingCreated", BookingCreated.class, BookingCreated_JsonCodec.INSTANCE),
          new EventType<>("BookingCancelled", BookingCancelled.class, BookingCancelled_JsonCodec.INSTANCE)));

  private final PublishChannel channel;

  /**
   * Creates the publisher; the runtime passes the topic's channel.
   */
  public BookingEvents_Publisher(PublishChannel channel) {
    this.channel = Objects.requireNonNull(channel, "channel");
  }

  @Override
  public void created(String bookingId, BookingCreated event) {
    Objects.requireNonNull(event, "BookingEvents.created: event must not be null");
    channel.publish(
        Keys.encode(bookingId),
        "BookingCreated",
        BookingCreated_JsonCodec.INSTANCE.encode(event),
        List.of());
  }

  @Override
  public CompletionStage<Receipt> cancelled(String bookingId, BookingCancelled event,
      String reason) {
    Objects.requireNonNull(event, "BookingEvents.cancelled: event must not be null");
    return channel.publishAsync(
        Keys.encode(bookingId),
        "BookingCancelled",
        BookingCancelled_JsonCodec.INSTANCE.encode(event),
        List.of(RecordHeader.utf8("reason", HeaderValues.encode(reason))));
  }

  /**
   * Registers this publisher with {@code TidingsModule}.
   */
  public static final class Registration implements Component {
    @Override
    public void register(ComponentRegistry registry) {
      registry.topic(BookingEvents.class, TOPIC, BookingEvents_Publisher::new);
    }
  }
}
