package io.tidings.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.tidings.annotations.Backoff;
import io.tidings.runtime.spi.FailurePolicy;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Retry policies: the three backoffs, the cap, jitter bounds, overrides and bad values. */
class RetryPolicyTest {
  private static final Duration MS100 = Duration.ofMillis(100);
  private static final Duration MS1000 = Duration.ofMillis(1000);

  @Test
  void fixedLinearAndExponentialGrowAsDocumentedUpToTheMaximum() {
    RetryPolicy fixed = new RetryPolicy(9, MS100, MS1000, 3, Backoff.FIXED, 0);
    RetryPolicy linear = new RetryPolicy(9, MS100, Duration.ofMillis(350), 3, Backoff.LINEAR, 0);
    RetryPolicy exponential = new RetryPolicy(9, MS100, MS1000, 3, Backoff.EXPONENTIAL, 0);
    assertEquals(MS100, fixed.delay(1, 0.9));
    assertEquals(MS100, fixed.delay(5, 0.1));
    assertEquals(Duration.ofMillis(200), linear.baseDelay(2));
    assertEquals(Duration.ofMillis(300), linear.baseDelay(3));
    assertEquals(Duration.ofMillis(350), linear.baseDelay(4));
    assertEquals(Duration.ofMillis(900), exponential.baseDelay(3));
    assertEquals(MS1000, exponential.baseDelay(Integer.MAX_VALUE));
  }

  @Test
  void jitterSpreadsEitherWayByItsFractionButNeverAboveTheMaximum() {
    RetryPolicy policy = new RetryPolicy(3, MS1000, Duration.ofMillis(1100), 2, Backoff.FIXED, 0.2);
    assertEquals(Duration.ofMillis(800), policy.delay(1, 0.0));
    assertEquals(MS1000, policy.delay(1, 0.5));
    assertEquals(Duration.ofMillis(1100), policy.delay(1, 0.999), "capped at the max delay");
  }

  @Test
  void aFailurePolicyOverridesOnlyWhatItSets() {
    RetryPolicy defaults = TidingsSettings.defaults().retryPolicy();
    RetryPolicy merged = FailurePolicy.DEFAULT.withMaxAttempts(7).withBackoff(Backoff.FIXED).retry(defaults);
    assertEquals(new RetryPolicy(7, Duration.ofSeconds(1), Duration.ofSeconds(30), 2.0, Backoff.FIXED, 0.1), merged);
    assertEquals(defaults, FailurePolicy.DEFAULT.retry(defaults));
  }

  @Test
  void badValuesSayWhatIsAccepted() {
    assertEquals("retry max attempts must be at least 1 (1 = no retry), not 0",
        assertThrows(IllegalArgumentException.class, () -> new RetryPolicy(0, MS100, MS100, 1, Backoff.FIXED, 0))
            .getMessage());
    assertEquals("retry jitter must be a fraction from 0 to 1, not 2.0",
        assertThrows(IllegalArgumentException.class, () -> new RetryPolicy(1, MS100, MS100, 1, Backoff.FIXED, 2))
            .getMessage());
    assertEquals("retry initial delay must not be negative, not -100ms",
        assertThrows(IllegalArgumentException.class,
            () -> new RetryPolicy(1, MS100.negated(), MS100, 1, Backoff.FIXED, 0)).getMessage());
    assertThrows(IllegalArgumentException.class, () -> new RetryPolicy(1, MS1000, MS100, 1, Backoff.FIXED, 0));
    assertThrows(IllegalArgumentException.class, () -> new RetryPolicy(1, MS100, MS100, 0.5, Backoff.FIXED, 0));
  }
}
