package io.tidings.runtime.spi;

/**
 * One entry of a generated dispatcher's table: records of {@code eventType} on {@code topic}
 * delivered to {@code group} go to the consumer method numbered {@code index}.
 *
 * @param topic the topic consumed
 * @param group the consumer group
 * @param eventType the event-type header value handled
 * @param index the number {@link Dispatcher#dispatch} switches on
 * @param method the method, for messages: {@code BookingProjector.on(BookingCreated)}
 */
public record Route(TopicDescriptor topic, String group, String eventType, int index, String method) {}
