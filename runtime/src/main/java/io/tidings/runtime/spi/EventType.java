package io.tidings.runtime.spi;

import io.tidings.runtime.codec.Codec;
import java.util.Objects;

/**
 * One payload type a topic carries: the name written to the {@link StandardHeaders#EVENT_TYPE}
 * header, the Java type, and its generated codec.
 *
 * @param name the event-type header value, by default the payload's simple name
 * @param type the payload's Java type
 * @param codec the generated codec in the topic's format
 * @param <T> the payload type
 */
public record EventType<T>(String name, Class<T> type, Codec<T> codec) {

  // equals and hashCode are written out (same meaning as the record's): the record's own are linked
  // through invokedynamic on first use, which costs milliseconds at start-up, when Guice puts every
  // topic into a set.

  @Override
  public boolean equals(Object other) {
    return this == other
        || other instanceof EventType<?> that
            && Objects.equals(name, that.name)
            && Objects.equals(type, that.type)
            && Objects.equals(codec, that.codec);
  }

  @Override
  public int hashCode() {
    return (Objects.hashCode(name) * 31 + Objects.hashCode(type)) * 31 + Objects.hashCode(codec);
  }
}
