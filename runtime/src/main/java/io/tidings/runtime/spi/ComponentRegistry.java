package io.tidings.runtime.spi;

import java.util.function.Function;

/** What generated {@link Component}s register with: topics with their publishers, and consumers. */
public interface ComponentRegistry {

  /**
   * Registers a topic interface, its descriptor, and how to create its generated publisher from
   * the topic's channel.
   */
  <T> void topic(Class<T> api, TopicDescriptor topic, Function<PublishChannel, ? extends T> publisher);

  /**
   * Registers a consumer class (created by Guice) and how to create its generated dispatcher around
   * an instance.
   */
  <T> void consumer(Class<T> type, Function<? super T, ? extends Dispatcher> dispatcher);
}
