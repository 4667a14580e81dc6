package io.tidings.it.consumers;

import io.tidings.annotations.Consumes;
import io.tidings.annotations.Header;
import io.tidings.annotations.Key;
import io.tidings.it.model.Customer;
import io.tidings.it.model.Everything;
import io.tidings.it.model.Node;
import io.tidings.it.model.Tier;
import io.tidings.it.topics.Catalog;
import io.tidings.runtime.Metadata;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;

/** Group "recorder": every payload type of {@link Catalog}, with keys, headers and metadata. */
@Singleton
public class CatalogRecorder {
  /** Everything received, in arrival order. */
  public final BlockingQueue<Received> received = new LinkedBlockingQueue<>();

  @Inject
  CatalogRecorder() {}

  @Consumes(topic = Catalog.class, group = "recorder")
  void everything(Metadata metadata, Everything value, @Key UUID id) {
    received.add(new Received(id, value, Map.of(), metadata));
  }

  @Consumes(topic = Catalog.class, group = "recorder")
  CompletionStage<Void> node(
      @Key UUID id, Node node, @Header("depth") int depth, @Header("tier") Tier tier, @Header("note") String note) {
    Map<String, Object> headers = new HashMap<>();
    headers.put("depth", depth);
    headers.put("tier", tier);
    headers.put("note", note);
    received.add(new Received(id, node, headers, null));
    return CompletableFuture.completedFuture(null);
  }

  @Consumes(topic = Catalog.class, group = "recorder")
  void customer(Customer customer, @Header("visit") Long visit) {
    Map<String, Object> headers = new HashMap<>();
    headers.put("visit", visit);
    received.add(new Received(null, customer, headers, null));
  }
}
