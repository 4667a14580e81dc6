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

/**
 * The Tidings start-up variants: Guice, {@code Tidings.start()}, one ping, its handler. After the
 * measurement (the {@code HANDLED} line) it writes how long each phase took to standard error (the
 * child's log), to break the start-up time down.
 */
final class TidingsProbe {
  private TidingsProbe() {}

  static void memory(String run, long entered) throws InterruptedException {
    probe(run, new MemoryModule(), entered);
  }

  static void kafka(String run, String bootstrap, long entered) throws InterruptedException {
    probe(run, new KafkaModule(KafkaSettings.fromMap(Map.of("KAFKA_BROKERS", bootstrap))), entered); // Tidings' defaults
  }

  private static void probe(String run, Module transport, long entered) throws InterruptedException {
    long modules = System.nanoTime();
    Injector injector = Guice.createInjector(new TidingsModule(), transport);
    long created = System.nanoTime();
    Tidings tidings = injector.getInstance(Tidings.class);
    tidings.start();
    long started = System.nanoTime();
    injector.getInstance(StartupTopic.class).ping(run, new Ping(run, 1));
    long published = System.nanoTime();
    FirstMessage.await();
    Phases.print(
        entered,
        "backend module", modules,
        "Guice injector", created,
        "Tidings.start()", started,
        "publish (acknowledged)", published,
        "first delivery", Math.max(published, FirstMessage.handledAt()));
    tidings.close();
  }
}
