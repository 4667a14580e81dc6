package com.acme.shapes.consumers;

import com.acme.shapes.Ereignisse_Publisher;
import com.acme.shapes.Node_JsonCodec;
import com.acme.shapes.Outer_Note_JsonCodec;
import com.acme.shapes.Outer_Notes_Publisher;
import com.acme.shapes.Tree_Publisher;
import com.acme.shapes.Änderung_JsonCodec;
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
 * Calls the {@code @Consumes} methods of {@link Auditor} for the records of their topics;
 * generated from that class.
 */
@Generated("io.tidings.processor.TidingsProcessor")
public final class Auditor_Dispatcher implements Dispatcher {
  private static final List<Route> ROUTES = List.of(
      new Route(Ereignisse_Publisher.TOPIC, "audit", "Änderung", 0, "Auditor.geändert(Änderung)"),
      new Route(Tree_Publisher.TOPIC, "audit", "Node", 1, "Auditor.planted(Node)"),
      new Route(Outer_Notes_Publisher.TOPIC, "audit", "Note", 2, "Auditor.noted(Outer.Note)"),
      new Route(Outer_Notes_Publisher.TOPIC, "audit-copy", "Note", 3, "Auditor.copied(Outer.Note)"));

  private final Auditor consumer;

  /**
   * Creates the dispatcher around the consumer instance Guice created.
   */
  public Auditor_Dispatcher(Auditor consumer) {
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
        consumer.geändert(
            Änderung_JsonCodec.INSTANCE.decode(delivery.value()),
            Keys.decodeUuid(delivery.key()));
        return DONE;
      case 1:
        return consumer.planted(
            delivery.metadata(),
            Node_JsonCodec.INSTANCE.decode(delivery.value()));
      case 2:
        consumer.noted(Outer_Note_JsonCodec.INSTANCE.decode(delivery.value()));
        return DONE;
      case 3:
        consumer.copied(Outer_Note_JsonCodec.INSTANCE.decode(delivery.value()));
        return DONE;
      default:
        throw new IllegalArgumentException("Auditor_Dispatcher has no route " + route);
    }
  }

  /**
   * Registers this dispatcher with {@code TidingsModule}.
   */
  public static final class Registration implements Component {
    @Override
    public void register(ComponentRegistry registry) {
      registry.consumer(Auditor.class, Auditor_Dispatcher::new);
    }
  }
}
