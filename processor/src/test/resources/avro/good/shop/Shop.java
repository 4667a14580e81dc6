package shop;

import io.tidings.annotations.Format;
import io.tidings.annotations.Key;
import io.tidings.annotations.Topic;

/** An Avro topic carrying every type. */
@Topic(name = "shop.everything", format = Format.AVRO)
public interface Shop {
  void everything(@Key String id, Everything event);
}
