package com.acme.failures;

import io.tidings.runtime.DeadLetter;
import io.tidings.runtime.spi.Component;
import io.tidings.runtime.spi.ComponentRegistry;
import io.tidings.runtime.spi.Delivery;
import io.tidings.runtime.spi.Dispatcher;
import io.tidings.runtime.spi.FailurePolicy;
import io.tidings.runtime.spi.Route;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletionStage;
import javax.annotation.processing.Generated;
import test.support.Created_JsonCodec;

/**
 * Calls the {@code @Consumes} methods of {@link DeadLetterDesk} for the records of their topics;
 * generated from that class.
 */
@Generated("io.tidings.processor.TidingsProcessor")
public final class DeadLetterDesk_Dispatcher implements Dispatcher {
  private static final List<Route> ROUTES = List.of(
      new Route(Reservations_Publisher.TOPIC, "desk", "Created", 0, "DeadLetterDesk.on(DeadLetter<Created>)",
        FailurePolicy.DEFAULT,
        true));

  private final DeadLetterDesk consumer;

  /**
   * Creates the dispatcher around the consumer instance Guice created.
   */
  public DeadLetterDesk_Dispatcher(DeadLetterDesk consumer) {
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
        consumer.on(DeadLetter.of(delivery, Created_JsonCodec.INSTANCE));
        return DONE;
      default:
        throw new IllegalArgumentException("DeadLetterDesk_Dispatcher has no route " + route);
    }
  }

  /**
   * Registers this dispatcher with {@code TidingsModule}.
   */
  public static final class Registration implements Component {
    @Override
    public void register(ComponentRegistry registry) {
      registry.consumer(DeadLetterDesk.class, DeadLetterDesk_Dispatcher::new);
    }
  }
}
