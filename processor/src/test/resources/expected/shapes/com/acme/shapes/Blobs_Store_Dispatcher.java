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
 * Calls the {@code @Consumes} methods of {@link Blobs.Store} for the records of their topics;
 * generated from that class.
 */
@Generated("io.tidings.processor.TidingsProcessor")
public final class Blobs_Store_Dispatcher implements Dispatcher {
  private static final List<Route> ROUTES = List.of(
      new Route(Blobs_Publisher.TOPIC, "store", "Node", 0, "Blobs.Store.stored(Node)"));

  private final Blobs.Store consumer;

  /**
   * Creates the dispatcher around the consumer instance Guice created.
   */
  public Blobs_Store_Dispatcher(Blobs.Store consumer) {
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
        consumer.stored(
            Keys.decodeBytes(delivery.key()),
            HeaderValues.decodeByteOrNull(delivery, "b"),
            HeaderValues.decodeShort(delivery, "s"),
            HeaderValues.decodeCharOrNull(delivery, "c"),
            HeaderValues.decodeLongOrNull(delivery, "l"),
            HeaderValues.decodeFloatOrNull(delivery, "f"),
            HeaderValues.decodeDouble(delivery, "d"),
            HeaderValues.decodeBoolean(delivery, "z"),
            Node_JsonCodec.INSTANCE.decode(delivery.value()));
        return DONE;
      default:
        throw new IllegalArgumentException("Blobs_Store_Dispatcher has no route " + route);
    }
  }

  /**
   * Registers this dispatcher with {@code TidingsModule}.
   */
  public static final class Registration implements Component {
    @Override
    public void register(ComponentRegistry registry) {
      registry.consumer(Blobs.Store.class, Blobs_Store_Dispatcher::new);
    }
  }
}
