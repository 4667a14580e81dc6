package com.acme;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Singleton;
import io.tidings.memory.MemoryBroker;
import io.tidings.memory.MemoryModule;
import io.tidings.runtime.Tidings;
import io.tidings.runtime.TidingsModule;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrdersTest {
  @Test
  void placedThenShipped() {
    Injector injector = Guice.createInjector(new TidingsModule(), new MemoryModule(),
        binder -> binder.bind(Orders.Log.class).in(Singleton.class));
    try (Tidings tidings = injector.getInstance(Tidings.class)) {
      tidings.start();
      Orders.Events events = injector.getInstance(Orders.Events.class);
      events.placed("o-1", new Orders.Placed("o-1", new BigDecimal("9.90"), List.of("book"), Instant.now()), "web");
      events.shipped("o-1", new Orders.Shipped("o-1", Instant.now()));
      injector.getInstance(MemoryBroker.class).awaitIdle();
      assertEquals(List.of("placed o-1 9.90 via web", "shipped o-1"), injector.getInstance(Orders.Log.class).seen);
    }
  }
}
