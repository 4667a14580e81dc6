package io.tidings.memory;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.name.Names;
import io.tidings.memory.fixture.Journal;
import io.tidings.memory.fixture.Script;
import io.tidings.runtime.Tidings;
import io.tidings.runtime.TidingsModule;
import io.tidings.runtime.TidingsSettings;
import java.time.Duration;

/** One service instance as a test builds it: an injector with TidingsModule and MemoryModule over a shared broker. */
final class Instance implements AutoCloseable {
  /** Fast retries, so tests do not wait: 3 attempts, 5 ms doubling up to 20 ms. */
  static final TidingsSettings FAST = TidingsSettings.defaults()
      .withRetry(3, Duration.ofMillis(5), Duration.ofMillis(20), 2)
      .withPublishTimeout(Duration.ofSeconds(5))
      .withShutdownTimeout(Duration.ofSeconds(5));

  final Injector injector;
  final Tidings tidings;

  private Instance(Injector injector) {
    this.injector = injector;
    this.tidings = injector.getInstance(Tidings.class);
  }

  static Instance create(MemoryBroker broker, Journal journal, Script script, String name, TidingsSettings settings) {
    return new Instance(Guice.createInjector(
        new TidingsModule(settings),
        new MemoryModule(broker),
        binder -> {
          binder.bind(Journal.class).toInstance(journal);
          binder.bind(Script.class).toInstance(script);
          binder.bind(String.class).annotatedWith(Names.named("instance")).toInstance(name);
        }));
  }

  static Instance started(MemoryBroker broker, Journal journal, Script script, String name) {
    Instance instance = create(broker, journal, script, name, FAST);
    instance.tidings.start();
    return instance;
  }

  <T> T get(Class<T> type) {
    return injector.getInstance(type);
  }

  @Override
  public void close() {
    tidings.close();
  }
}
