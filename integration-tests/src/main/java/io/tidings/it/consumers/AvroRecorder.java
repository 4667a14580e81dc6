package io.tidings.it.consumers;

import io.tidings.annotations.Consumes;
import io.tidings.annotations.Header;
import io.tidings.annotations.Key;
import io.tidings.it.model.Customer;
import io.tidings.it.model.Node;
import io.tidings.it.topics.AvroCatalog;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/** Group "avro-recorder": every payload type of {@link AvroCatalog}, with keys and headers. */
@Singleton
public class AvroRecorder {
  /** Everything received, in arrival order. */
  public final BlockingQueue<Received> received = new LinkedBlockingQueue<>();

  @Inject
  AvroRecorder() {}

  @Consumes(topic = AvroCatalog.class, group = "avro-recorder")
  void node(@Key UUID id, Node node, @Header("depth") int depth) {
    received.add(new Received(id, node, Map.of("depth", depth), null));
  }

  @Consumes(topic = AvroCatalog.class, group = "avro-recorder")
  void customer(@Key UUID id, Customer customer) {
    received.add(new Received(id, customer, Map.of(), null));
  }
}
