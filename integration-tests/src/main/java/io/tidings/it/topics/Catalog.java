package io.tidings.it.topics;

import io.tidings.annotations.Header;
import io.tidings.annotations.Key;
import io.tidings.annotations.Topic;
import io.tidings.it.model.Customer;
import io.tidings.it.model.Everything;
import io.tidings.it.model.Node;
import io.tidings.it.model.Tier;
import io.tidings.runtime.Receipt;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** Several payload types on one topic, every publish shape, UUID keys and typed headers. */
@Topic(name = "it.catalog", partitions = 4)
public interface Catalog {

  /** Blocks until acknowledged. */
  void everything(@Key UUID id, Everything value);

  /** Async, with headers of several types. */
  CompletableFuture<Receipt> node(
      @Key UUID id, Node node, @Header("depth") int depth, @Header("tier") Tier tier, @Header("note") String note);

  /** Async through the interface type, headers before the payload. */
  CompletionStage<Receipt> customer(@Header("visit") long visit, @Key UUID id, Customer customer);
}
