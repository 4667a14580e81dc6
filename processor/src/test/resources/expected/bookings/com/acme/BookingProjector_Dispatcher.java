package com.acme;

import io.tidings.runtime.codec.HeaderValues;
import io.tidings.runtime.codec.Keys;
import io.tidings.runtime.spi.Component;
import io.tidings.runtime.spi.ComponentRegistry;
import io.tidings.runtime.spi.Delivery;
import io.tidings.runtime.spi.Dispatcher;
import io.tidings.runtime.spi.Route;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletionStage;
import javax.annotation.processing.Generated;

/**
 * Calls the {@code @Consumes} methods of {@link BookingProjector} for the records of their topics;
 * generated from that class.
 */
@Generated("io.tidings.processor.TidingsProcessor")
public final class BookingProjector_Dispatcher implements Dispatcher {
  private static final List<Route> ROUTES = List.of(
      new Route(BookingEvents_Publisher.TOPIC, "projector", "BookingCreated", 0, "BookingProjector.on(BookingCreated)"),
      new Route(BookingEvents_Publisher.TOPIC, "projector", "BookingCancelled", 1, "BookingProjector.onAsync(BookingCancelled)"));

  private final BookingProjector consumer;

  /**
   * Creates the dispatcher around the consumer instance Guice created.
   */
  public BookingProjector_Dispatcher(BookingProjector consumer) {
    this.consumer = Objects.requireNonNull(consumer, "consumer");
  }

  @Override
  public List<Route> routes() {
    return ROUTES;
  }

  @Override
  public CompletionStage<Void> dispatch(int route, Delivery delivery) throws Exception {
    switch (route) {
      case 0:
        consumer.on(
            BookingCreated_JsonCodec.INSTANCE.decode(delivery.value()),
            Keys.decodeString(delivery.key()),
            delivery.metadata());
        return DONE;
      case 1:
        return consumer.onAsync(
            BookingCancelled_JsonCodec.INSTANCE.decode(delivery.value()),
            HeaderValues.decodeString(delivery, "reason"));
      default:
        throw new IllegalArgumentException("BookingProjector_Dispatcher has no route " + route);
    }
  }

  /**
   * Registers this dispatcher with {@code TidingsModule}.
   */
  public static final class Registration implements Component {
    @Override
    public void register(ComponentRegistry registry) {
      registry.consumer(BookingProjector.class, BookingProjector_Dispatcher::new);
    }
  }
}
