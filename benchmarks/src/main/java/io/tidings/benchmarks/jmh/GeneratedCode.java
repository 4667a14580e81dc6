package io.tidings.benchmarks.jmh;

import io.tidings.runtime.codec.Codec;
import io.tidings.runtime.spi.Component;
import io.tidings.runtime.spi.ComponentRegistry;
import io.tidings.runtime.spi.Dispatcher;
import io.tidings.runtime.spi.EventType;
import io.tidings.runtime.spi.PublishChannel;
import io.tidings.runtime.spi.TopicDescriptor;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.function.Function;

/**
 * Finds the processor's output for this module the way the runtime does — through the generated
 * {@link Component} registrations — so the benchmarks use exactly the generated codecs and
 * dispatchers a user's application would, without naming generated classes. Used only in set-up;
 * the measured code calls the returned objects directly.
 */
final class GeneratedCode implements ComponentRegistry {
  private final Map<Class<?>, Codec<?>> codecs = new HashMap<>();
  private final Map<Class<?>, Function<Object, ? extends Dispatcher>> dispatchers = new HashMap<>();
  private final List<TopicDescriptor> topics = new ArrayList<>();

  private GeneratedCode() {}

  /** Loads every generated component on the class path. */
  static GeneratedCode load() {
    GeneratedCode registry = new GeneratedCode();
    for (Component component : ServiceLoader.load(Component.class, GeneratedCode.class.getClassLoader())) {
      component.register(registry);
    }
    return registry;
  }

  @Override
  public <T> void topic(Class<T> api, TopicDescriptor topic, Function<PublishChannel, ? extends T> publisher) {
    topics.add(topic);
    for (EventType<?> eventType : topic.eventTypes()) {
      codecs.put(eventType.type(), eventType.codec());
    }
  }

  @Override
  @SuppressWarnings("unchecked")
  public <T> void consumer(Class<T> type, Function<? super T, ? extends Dispatcher> dispatcher) {
    dispatchers.put(type, consumer -> dispatcher.apply((T) consumer));
  }

  /** The generated codec of a payload type carried by some topic of this module. */
  @SuppressWarnings("unchecked")
  <T> Codec<T> codec(Class<T> payload) {
    Codec<?> codec = codecs.get(payload);
    if (codec == null) {
      throw new IllegalStateException(
          "no generated codec for " + payload.getName() + " (found " + codecs.keySet()
              + "): build the benchmarks module with the Tidings processor in annotationProcessorPaths");
    }
    return (Codec<T>) codec;
  }

  /** The generated dispatcher around {@code consumer}. */
  Dispatcher dispatcher(Object consumer) {
    Function<Object, ? extends Dispatcher> factory = dispatchers.get(consumer.getClass());
    if (factory == null) {
      throw new IllegalStateException(
          "no generated dispatcher for " + consumer.getClass().getName() + " (found " + dispatchers.keySet()
              + "): build the benchmarks module with the Tidings processor in annotationProcessorPaths");
    }
    return factory.apply(consumer);
  }
}
