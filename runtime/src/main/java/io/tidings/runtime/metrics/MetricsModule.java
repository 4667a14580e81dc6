package io.tidings.runtime.metrics;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.Multibinder;
import com.google.inject.multibindings.OptionalBinder;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import io.tidings.runtime.HandleInterceptor;
import io.tidings.runtime.PublishInterceptor;
import io.tidings.runtime.Tidings;
import jakarta.inject.Provider;
import java.util.Optional;

/**
 * Adds {@link MicrometerMetrics} to the interceptors. {@code TidingsModule} installs it by itself when
 * Micrometer is on the class path. The meters go to the {@link MeterRegistry} bound in the injector
 * ({@code bind(MeterRegistry.class).toInstance(registry)}), or to Micrometer's global registry if none
 * is bound. No side effects in {@code configure()}.
 */
public final class MetricsModule extends AbstractModule {
  @Override
  protected void configure() {
    OptionalBinder.newOptionalBinder(binder(), MeterRegistry.class);
    Multibinder.newSetBinder(binder(), HandleInterceptor.class).addBinding().to(MicrometerMetrics.class);
    Multibinder.newSetBinder(binder(), PublishInterceptor.class).addBinding().to(MicrometerMetrics.class);
  }

  @Provides
  @Singleton
  MicrometerMetrics metrics(Optional<MeterRegistry> registry, Provider<Tidings> tidings) {
    return new MicrometerMetrics(registry.orElse(Metrics.globalRegistry), group -> tidings.get().lag(group));
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof MetricsModule;
  }

  @Override
  public int hashCode() {
    return MetricsModule.class.hashCode();
  }
}
