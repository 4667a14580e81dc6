package io.tidings.runtime.spi;

import io.tidings.runtime.codec.Codec;

/**
 * One payload type a topic carries: the name written to the {@link StandardHeaders#EVENT_TYPE}
 * header, the Java type, and its generated codec.
 *
 * @param name the event-type header value, by default the payload's simple name
 * @param type the payload's Java type
 * @param codec the generated codec in the topic's format
 * @param <T> the payload type
 */
public record EventType<T>(String name, Class<T> type, Codec<T> codec) {}
