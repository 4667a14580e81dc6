package evo;

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
 * Calls the {@code @Consumes} methods of {@link OrderLog} for the records of their topics;
 * generated from that class.
 */
@Generated("io.tidings.processor.TidingsProcessor")
public final class OrderLog_Dispatcher implements Dispatcher {
  private static final List<Route> ROUTES = List.of(
      new Route(Orders_Publisher.TOPIC, "log", "OrderPlaced", 0, "OrderLog.on(OrderPlaced)"));

  private final OrderLog consumer;

  /**
   * Creates the dispatcher around the consumer instance Guice created.
   */
  public OrderLog_Dispatcher(OrderLog consumer) {
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
        consumer.on(OrderPlaced_AvroCodec.INSTANCE.decode(delivery.value(), delivery));
        return DONE;
      default:
        throw new IllegalArgumentException("OrderLog_Dispatcher has no route " + route);
    }
  }

  /**
   * Registers this dispatcher with {@code TidingsModule}.
   */
  public static final class Registration implements Component {
    @Override
    public void register(ComponentRegistry registry) {
      registry.consumer(OrderLog.class, OrderLog_Dispatcher::new);
    }
  }
}
