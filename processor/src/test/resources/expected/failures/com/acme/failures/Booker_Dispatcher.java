package com.acme.failures;

import io.tidings.annotations.Backoff;
import io.tidings.runtime.spi.Component;
import io.tidings.runtime.spi.ComponentRegistry;
import io.tidings.runtime.spi.Delivery;
import io.tidings.runtime.spi.Dispatcher;
import io.tidings.runtime.spi.FailurePolicy;
import io.tidings.runtime.spi.Route;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ConcurrentModificationException;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletionStage;
import javax.annotation.processing.Generated;
import test.support.Cancelled_JsonCodec;
import test.support.Created_JsonCodec;

/**
 * Calls the {@code @Consumes} methods of {@link Booker} for the records of their topics;
 * generated from that class.
 */
@Generated("io.tidings.processor.TidingsProcessor")
public final class Booker_Dispatcher implements Dispatcher {
  private static final List<Route> ROUTES = List.of(
      new Route(Reservations_Publisher.TOPIC, "booker", "Created", 0, "Booker.on(Created)",
        FailurePolicy.DEFAULT
          .withMaxAttempts(5)
          .withInitialDelay(Duration.ofMillis(200L))
          .withMaxDelay(Duration.ofMillis(2000L))
          .withMultiplier(1.5d)
          .withBackoff(Backoff.FIXED)
          .withJitter(0.25d)
          .withPermanent(UncheckedIOException.class, IllegalStateException.class, IllegalArgumentException.class)
          .withBusiness(ConcurrentModificationException.class)
          .withDeadLetterTopic("reservations.booker-errors")),
      new Route(Reservations_Publisher.TOPIC, "booker", "Cancelled", 1, "Booker.on(Cancelled)",
        FailurePolicy.DEFAULT
          .withMaxAttempts(5)
          .withInitialDelay(Duration.ofMillis(200L))
          .withPermanent(IllegalArgumentException.class)
          .withBusiness(IllegalStateException.class)));

  private final Booker consumer;

  /**
   * Creates the dispatcher around the consumer instance Guice created.
   */
  public Booker_Dispatcher(Booker consumer) {
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
        consumer.on(Created_JsonCodec.INSTANCE.decode(delivery.value()));
        return DONE;
      case 1:
        consumer.on(Cancelled_JsonCodec.INSTANCE.decode(delivery.value()));
        return DONE;
      default:
        throw new IllegalArgumentException("Booker_Dispatcher has no route " + route);
    }
  }

  /**
   * Registers this dispatcher with {@code TidingsModule}.
   */
  public static final class Registration implements Component {
    @Override
    public void register(ComponentRegistry registry) {
      registry.consumer(Booker.class, Booker_Dispatcher::new);
    }
  }
}
