package io.tidings.memory;

import com.google.inject.AbstractModule;
import com.google.inject.Key;
import com.google.inject.Provider;
import com.google.inject.Singleton;
import com.google.inject.multibindings.Multibinder;
import io.tidings.memory.internal.MemoryTransport;
import io.tidings.runtime.spi.TopicDescriptor;
import io.tidings.runtime.spi.Transport;
import java.util.Objects;
import java.util.Set;

/**
 * The in-memory backend: binds the {@link Transport} to a {@link MemoryBroker} in this JVM, and the
 * broker itself so tests can inject it. Install it next to {@code TidingsModule}:
 *
 * <pre>{@code
 * MemoryBroker broker = new MemoryBroker();
 * Injector injector = Guice.createInjector(new TidingsModule(), new MemoryModule(broker));
 * }</pre>
 *
 * <p>Pass one broker to several injectors to run several service instances against it. Creating the
 * module starts no thread; delivery threads start with {@code Tidings.start()}.
 */
public final class MemoryModule extends AbstractModule {
  private final MemoryBroker broker;

  /** A module over a new broker of its own (inject {@link MemoryBroker} to reach it). */
  public MemoryModule() {
    this(new MemoryBroker());
  }

  /** A module over {@code broker}, which other injectors may share. */
  public MemoryModule(MemoryBroker broker) {
    this.broker = Objects.requireNonNull(broker, "broker");
  }

  @Override
  protected void configure() {
    bind(MemoryBroker.class).toInstance(broker);
    // Declared here too so the set exists even if TidingsModule contributes nothing to it.
    Multibinder.newSetBinder(binder(), TopicDescriptor.class);
    // A provider over a looked-up set rather than a @Provides method: Guice generates a class for a
    // module's provider methods, which costs start-up time (the lookup is still checked when the
    // injector is built).
    Provider<Set<TopicDescriptor>> topics = getProvider(new Key<Set<TopicDescriptor>>() {});
    bind(Transport.class).toProvider(() -> new MemoryTransport(broker.engine(), topics.get())).in(Singleton.class);
  }
}
