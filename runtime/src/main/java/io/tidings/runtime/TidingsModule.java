package io.tidings.runtime;

import com.google.inject.AbstractModule;
import com.google.inject.Key;
import com.google.inject.Provider;
import com.google.inject.Singleton;
import com.google.inject.multibindings.Multibinder;
import io.tidings.runtime.internal.ComponentCatalog;
import io.tidings.runtime.internal.TransportPublishChannel;
import io.tidings.runtime.spi.Dispatcher;
import io.tidings.runtime.spi.TopicDescriptor;
import io.tidings.runtime.spi.Transport;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The Guice module of Tidings: binds every generated topic interface to its publisher (a singleton),
 * every generated consumer to its dispatcher (the consumer itself is created by Guice, so it may
 * {@code @Inject} what it needs), {@link Tidings}, and {@link TidingsSettings}. Install it together
 * with one backend module that binds the {@link Transport} ({@code MemoryModule} or {@code
 * KafkaModule}).
 *
 * <p>Generated components are found with {@link java.util.ServiceLoader} (the processor lists them in
 * {@code META-INF/services/io.tidings.runtime.spi.Component}); there is no class-path scanning.
 * {@code configure()} has no side effects: nothing connects and no thread starts before {@link
 * Tidings#start()}.
 *
 * <p>Besides the interfaces it also binds {@code Set<TopicDescriptor>}, the topics the application
 * publishes to, for backends that want to know them before start, and the (empty) sets of {@link
 * HandleInterceptor}s and {@link PublishInterceptor}s, which other modules add to with {@code
 * Multibinder}. When Micrometer is on the class path it also installs {@link
 * io.tidings.runtime.metrics.MetricsModule}, so published, handled, failed, retried and dead-lettered
 * records are counted (into the bound {@code MeterRegistry}, or Micrometer's global one).
 */
public final class TidingsModule extends AbstractModule {
  /** Whether Micrometer is on the class path; metrics are recorded only then. */
  private static final boolean MICROMETER_PRESENT = present("io.micrometer.core.instrument.MeterRegistry");

  private final TidingsSettings settings;

  /** Settings from the {@code TIDINGS_*} environment variables (see {@link TidingsSettings}). */
  public TidingsModule() {
    this(TidingsSettings.fromEnv());
  }

  /** Explicit settings, e.g. {@code TidingsSettings.defaults().withRetry(...)} in tests. */
  public TidingsModule(TidingsSettings settings) {
    this.settings = Objects.requireNonNull(settings, "settings");
  }

  @Override
  protected void configure() {
    bind(TidingsSettings.class).toInstance(settings);
    ComponentCatalog catalog = ComponentCatalog.load(classLoader());
    Provider<Transport> transport = getProvider(Transport.class);
    Provider<Set<PublishInterceptor>> interceptors = getProvider(new Key<Set<PublishInterceptor>>() {});
    Multibinder<TopicDescriptor> topics = Multibinder.newSetBinder(binder(), TopicDescriptor.class);
    for (ComponentCatalog.TopicEntry<?> entry : catalog.topics()) {
      topics.addBinding().toInstance(entry.descriptor());
      bindPublisher(entry, transport, interceptors);
    }
    Multibinder.newSetBinder(binder(), HandleInterceptor.class);
    Multibinder.newSetBinder(binder(), PublishInterceptor.class);
    if (MICROMETER_PRESENT) {
      install(new io.tidings.runtime.metrics.MetricsModule());
    }
    Multibinder<Dispatcher> dispatchers = Multibinder.newSetBinder(binder(), Dispatcher.class);
    for (ComponentCatalog.ConsumerEntry<?> entry : catalog.consumers()) {
      bindDispatcher(dispatchers, entry);
    }
    bindTidings(transport);
  }

  /**
   * Binds {@link Tidings} through a provider over looked-up dependencies rather than a
   * {@code @Provides} method: Guice generates a class (with its bytecode library) for a module's
   * provider methods, which costs start-up time; the lookups are checked when the injector is built,
   * like a provider method's parameters.
   */
  private void bindTidings(Provider<Transport> transport) {
    Provider<Set<TopicDescriptor>> topics = getProvider(new Key<Set<TopicDescriptor>>() {});
    Provider<Set<Dispatcher>> dispatchers = getProvider(new Key<Set<Dispatcher>>() {});
    Provider<Set<HandleInterceptor>> interceptors = getProvider(new Key<Set<HandleInterceptor>>() {});
    Provider<TidingsSettings> bound = getProvider(TidingsSettings.class);
    bind(Tidings.class)
        .toProvider(() -> new Tidings(transport.get(), topics.get(), dispatchers.get(), bound.get(), interceptors.get()))
        .in(Singleton.class);
  }

  private <T> void bindPublisher(
      ComponentCatalog.TopicEntry<T> entry, Provider<Transport> transport, Provider<Set<PublishInterceptor>> interceptors) {
    TopicDescriptor topic = entry.descriptor();
    bind(entry.api())
        .toProvider(() -> entry.publisher().apply(new TransportPublishChannel(
            topic, transport::get, settings.publishTimeout(), List.copyOf(interceptors.get()))))
        .in(Singleton.class);
  }

  private <T> void bindDispatcher(Multibinder<Dispatcher> dispatchers, ComponentCatalog.ConsumerEntry<T> entry) {
    Provider<T> consumer = getProvider(entry.type());
    dispatchers.addBinding().toProvider(() -> entry.dispatcher().apply(consumer.get()));
  }

  private static boolean present(String className) {
    try {
      Class.forName(className, false, TidingsModule.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }

  private static ClassLoader classLoader() {
    ClassLoader context = Thread.currentThread().getContextClassLoader();
    return context != null ? context : TidingsModule.class.getClassLoader();
  }
}
