package com.acme.shapes;

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
 * Calls the {@code @Consumes} methods of {@link Outer.Handler} for the records of their topics;
 * generated from that class.
 */
@Generated("io.tidings.processor.TidingsProcessor")
public final class Outer_Handler_Dispatcher implements Dispatcher {
  private static final List<Route> ROUTES = List.of(
      new Route(Outer_Notes_Publisher.TOPIC, "handler", "Note", 0, "Outer.Handler.on(Outer.Note)"),
      new Route(Outer_Notes_Publisher.TOPIC, "handler", "Removed", 1, "Outer.Handler.removed(Outer.Removed)"));

  private final Outer.Handler consumer;

  /**
   * Creates the dispatcher around the consumer instance Guice created.
   */
  public Outer_Handler_Dispatcher(Outer.Handler consumer) {
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
            delivery.metadata(),
            HeaderValues.decodeEnum(delivery, "status", Outer.Status.class),
            Outer_Note_JsonCodec.INSTANCE.decode(delivery.value()),
            HeaderValues.decodeInt(delivery, "attempt"),
            HeaderValues.decodeUuid(delivery, "trace"),
            HeaderValues.decodeDoubleOrNull(delivery, "ratio"),
            Keys.decodeLong(delivery.key()));
        return DONE;
      case 1:
        consumer.removed(
            Outer_Removed_JsonCodec.INSTANCE.decode(delivery.value()),
            HeaderValues.decodeBooleanOrNull(delivery, "flag"),
            Keys.decodeLongOrNull(delivery.key()));
        return DONE;
      default:
        throw new IllegalArgumentException("Outer_Handler_Dispatcher has no route " + route);
    }
  }

  /**
   * Registers this dispatcher with {@code TidingsModule}.
   */
  public static final class Registration implements Component {
    @Override
    public void register(ComponentRegistry registry) {
      registry.consumer(Outer.Handler.class, Outer_Handler_Dispatcher::new);
    }
  }
}
