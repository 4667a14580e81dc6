package io.tidings.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.TypeLiteral;
import io.tidings.memory.MemoryModule;
import io.tidings.runtime.HandleInterceptor;
import io.tidings.runtime.Tidings;
import io.tidings.runtime.TidingsModule;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Micrometer is an optional dependency of the runtime: this module does not have it, and Tidings
 * starts, publishes and consumes all the same (the whole conformance suite runs this way), without
 * installing the metrics interceptor.
 */
class WithoutMicrometerTest {
  @Test
  void theRuntimeWorksWithoutMicrometerOnTheClassPath() {
    assertThrows(ClassNotFoundException.class, () -> Class.forName("io.micrometer.core.instrument.MeterRegistry"));
    Injector injector = Guice.createInjector(new TidingsModule(), new MemoryModule());
    assertEquals(Set.of(), injector.getInstance(Key.get(new TypeLiteral<Set<HandleInterceptor>>() {})));
    try (Tidings tidings = injector.getInstance(Tidings.class)) {
      tidings.start();
      Recorder recorder = injector.getInstance(Recorder.class);
      injector.getInstance(Steps.class).step("k", new Step("no-metrics", "k", 0));
      long deadline = System.nanoTime() + 10_000_000_000L;
      while (recorder.calls("sequencer", "no-metrics").isEmpty() && System.nanoTime() < deadline) {
        Thread.onSpinWait();
      }
      assertEquals(1, recorder.calls("sequencer", "no-metrics").size());
    }
  }
}
