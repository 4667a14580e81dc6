package io.tidings.runtime.internal;

import io.tidings.runtime.spi.Component;
import io.tidings.runtime.spi.ComponentRegistry;
import io.tidings.runtime.spi.Dispatcher;
import io.tidings.runtime.spi.PublishChannel;
import io.tidings.runtime.spi.TopicDescriptor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.function.Function;

/**
 * Every generated topic and consumer of the application, as their {@link Component}s registered
 * them. Built once (not thread-safe while registering, immutable afterwards).
 */
public final class ComponentCatalog implements ComponentRegistry {

  /** A topic interface, its descriptor and how to build its publisher. */
  public record TopicEntry<T>(Class<T> api, TopicDescriptor descriptor, Function<PublishChannel, ? extends T> publisher) {}

  /** A consumer class and how to wrap an instance in its dispatcher. */
  public record ConsumerEntry<T>(Class<T> type, Function<? super T, ? extends Dispatcher> dispatcher) {}

  private final Map<Class<?>, TopicEntry<?>> topics = new LinkedHashMap<>();
  private final Map<Class<?>, ConsumerEntry<?>> consumers = new LinkedHashMap<>();

  /** Loads every component listed in {@code META-INF/services/io.tidings.runtime.spi.Component}. */
  public static ComponentCatalog load(ClassLoader loader) {
    ComponentCatalog catalog = new ComponentCatalog();
    try {
      for (Component component : ServiceLoader.load(Component.class, loader)) {
        catalog.add(component);
      }
    } catch (ServiceConfigurationError e) {
      throw new IllegalStateException(
          "A generated Tidings component listed in META-INF/services/" + Component.class.getName()
              + " could not be loaded: " + e.getMessage()
              + ". Rebuild the module with the Tidings annotation processor so that the list and the classes agree.",
          e);
    }
    return catalog;
  }

  /** Builds a catalog from the given components (for tests and embedding). */
  public static ComponentCatalog of(Collection<? extends Component> components) {
    ComponentCatalog catalog = new ComponentCatalog();
    components.forEach(catalog::add);
    return catalog;
  }

  private void add(Component component) {
    component.register(this);
  }

  @Override
  public <T> void topic(Class<T> api, TopicDescriptor topic, Function<PublishChannel, ? extends T> publisher) {
    Objects.requireNonNull(api, "api");
    Objects.requireNonNull(topic, "topic");
    Objects.requireNonNull(publisher, "publisher");
    TopicEntry<?> previous = topics.get(api);
    if (previous != null) {
      if (previous.descriptor().equals(topic)) {
        return;
      }
      throw new IllegalStateException(
          api.getName() + " was registered twice with different descriptors (" + previous.descriptor().name()
              + " and " + topic.name() + "): two copies of its generated publisher are on the class path; remove the stale one");
    }
    topics.put(api, new TopicEntry<>(api, topic, publisher));
  }

  @Override
  public <T> void consumer(Class<T> type, Function<? super T, ? extends Dispatcher> dispatcher) {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(dispatcher, "dispatcher");
    consumers.putIfAbsent(type, new ConsumerEntry<>(type, dispatcher));
  }

  /** The topic interfaces, in registration order. */
  public List<TopicEntry<?>> topics() {
    return Collections.unmodifiableList(new ArrayList<>(topics.values()));
  }

  /** The consumer classes, in registration order. */
  public List<ConsumerEntry<?>> consumers() {
    return Collections.unmodifiableList(new ArrayList<>(consumers.values()));
  }
}
