package io.tidings.benchmarks.startup;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Module;
import io.tidings.kafka.KafkaModule;
import io.tidings.kafka.KafkaSettings;
import io.tidings.memory.MemoryModule;
import io.tidings.runtime.Tidings;
import io.tidings.runtime.TidingsModule;
import java.util.Map;

/** The Tidings start-up variants: Guice, {@code Tidings.start()}, one ping, its handler. */
final class TidingsProbe {
  private TidingsProbe() {}

  static void memory(String run) throws InterruptedException {
    probe(run, new MemoryModule());
  }

  static void kafka(String run, String bootstrap) throws InterruptedException {
    probe(run, new KafkaModule(KafkaSettings.fromMap(Map.of("KAFKA_BROKERS", bootstrap)))); // Tidings' defaults
  }

  private static void probe(String run, Module transport) throws InterruptedException {
    Injector injector = Guice.createInjector(new TidingsModule(), transport);
    Tidings tidings = injector.getInstance(Tidings.class);
    tidings.start();
    injector.getInstance(StartupTopic.class).ping(run, new Ping(run, 1));
    FirstMessage.await();
    tidings.close();
  }
}
