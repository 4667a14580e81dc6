package evo;

import io.tidings.annotations.Format;
import io.tidings.annotations.Key;
import io.tidings.annotations.Topic;

/** Orders, in Avro. */
@Topic(name = "evo.orders", format = Format.AVRO)
public interface Orders {
  void placed(@Key String id, OrderPlaced event);
}
