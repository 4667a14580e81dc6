package io.tidings.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tidings.runtime.TidingsSettings;
import io.tidings.runtime.fixture.Orders_Publisher;
import io.tidings.runtime.spi.FailurePolicy;
import io.tidings.runtime.spi.Route;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How a route's exception mapping classifies failures: the most specific listed type wins. */
class FailureRulesTest {
  private static FailureRules rules(List<Class<? extends Throwable>> permanent, List<Class<? extends Throwable>> business) {
    FailurePolicy policy = new FailurePolicy(0, null, null, 0, null, -1, permanent, business, null);
    return FailureRules.of(new Route(Orders_Publisher.TOPIC, "shipping", "OrderPlaced", 0, "Shipping.on(OrderPlaced)", policy),
        TidingsSettings.defaults());
  }

  @Test
  void aSubclassWinsOverItsSuperclassWhicheverListItIsIn() {
    FailureRules rules = rules(List.of(IOException.class), List.of(FileNotFoundException.class));
    assertEquals(FailureRules.Kind.BUSINESS, rules.classify(new FileNotFoundException("gone")));
    assertEquals(FailureRules.Kind.PERMANENT, rules.classify(new IOException("broken")));
    FailureRules reversed = rules(List.of(FileNotFoundException.class), List.of(IOException.class));
    assertEquals(FailureRules.Kind.PERMANENT, reversed.classify(new FileNotFoundException("gone")));
    assertEquals(FailureRules.Kind.BUSINESS, reversed.classify(new IOException("broken")));
  }

  @Test
  void ofTwoEquallySpecificMatchesTheFirstListedWins() {
    FailureRules rules = rules(
        List.of(IOException.class, IllegalStateException.class, RuntimeException.class),
        List.of(IOException.class, IllegalArgumentException.class));
    assertEquals(FailureRules.Kind.PERMANENT, rules.classify(new IOException("listed in both")));
    assertEquals(FailureRules.Kind.PERMANENT, rules.classify(new IllegalStateException()));
    assertEquals(FailureRules.Kind.BUSINESS, rules.classify(new IllegalArgumentException()));
    assertEquals(FailureRules.Kind.BUSINESS, rules.classify(new NumberFormatException()));
    assertEquals(FailureRules.Kind.PERMANENT, rules.classify(new UncheckedIOException(new IOException())));
    assertEquals(FailureRules.Kind.TRANSIENT, rules.classify(new Exception()));
    assertEquals("orders.dlq", rules.deadLetterTopic());
  }
}
