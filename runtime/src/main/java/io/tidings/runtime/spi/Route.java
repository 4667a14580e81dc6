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
 * @param failure what the method's {@code @Retry} and {@code @OnFailure} say ({@link
 *     FailurePolicy#DEFAULT} without them)
 * @param deadLetters whether the method reads {@code topic}'s dead letters (it takes a {@code
 *     DeadLetter<T>}) rather than the topic itself; the runtime names the dead-letter topic
 */
public record Route(
    TopicDescriptor topic,
    String group,
    String eventType,
    int index,
    String method,
    FailurePolicy failure,
    boolean deadLetters) {

  /** A route whose method follows the application's defaults for failures. */
  public Route(TopicDescriptor topic, String group, String eventType, int index, String method) {
    this(topic, group, eventType, index, method, FailurePolicy.DEFAULT, false);
  }

  /** A route on the topic itself (not its dead letters). */
  public Route(TopicDescriptor topic, String group, String eventType, int index, String method, FailurePolicy failure) {
    this(topic, group, eventType, index, method, failure, false);
  }

  /** Checks the failure policy is there. */
  public Route {
    java.util.Objects.requireNonNull(failure, "failure");
  }
}
