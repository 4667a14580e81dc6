package io.tidings.kafka;

import com.google.inject.AbstractModule;
import com.google.inject.Singleton;
import io.tidings.runtime.spi.Transport;
import java.util.Objects;

/**
 * Runs Tidings on Apache Kafka: install it next to {@code TidingsModule} instead of {@code
 * MemoryModule}, e.g. {@code Guice.createInjector(new TidingsModule(), new
 * KafkaModule(KafkaSettings.fromEnv()))}. It binds {@link Transport} to a singleton {@link
 * KafkaTransport} and {@link KafkaSettings} to the given settings, and nothing else: it opens no
 * connection — clients are created when {@code Tidings.start()} prepares topics, sends or subscribes.
 */
public final class KafkaModule extends AbstractModule {
  private final KafkaSettings settings;

  /** A module for the cluster that {@code settings} describe. */
  public KafkaModule(KafkaSettings settings) {
    this.settings = Objects.requireNonNull(settings, "settings");
  }

  @Override
  protected void configure() {
    bind(KafkaSettings.class).toInstance(settings);
    bind(KafkaTransport.class).in(Singleton.class);
    bind(Transport.class).to(KafkaTransport.class);
  }
}
