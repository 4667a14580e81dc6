package io.tidings.it.topics;

import io.tidings.annotations.Format;
import io.tidings.annotations.Header;
import io.tidings.annotations.Key;
import io.tidings.annotations.Topic;
import io.tidings.it.model.Customer;
import io.tidings.it.model.Node;
import java.util.UUID;

/** The same payloads as {@link Catalog}, as Avro binary: only the format differs. */
@Topic(name = "it.avro-catalog", partitions = 2, format = Format.AVRO)
public interface AvroCatalog {

  /** A recursive record. */
  void node(@Key UUID id, Node node, @Header("depth") int depth);

  /** A bean with an enum. */
  void customer(@Key UUID id, Customer customer);
}
