package io.tidings.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Settings: defaults, the TIDINGS_* variables, and a clear error for every bad value. */
class TidingsSettingsTest {

  @Test
  void defaults() {
    TidingsSettings settings = TidingsSettings.defaults();
    assertEquals(Duration.ofSeconds(30), settings.publishTimeout());
    assertEquals(Duration.ofSeconds(30), settings.shutdownTimeout());
    assertEquals(3, settings.retryMaxAttempts());
    assertEquals(Duration.ofSeconds(1), settings.retryInitialDelay());
    assertEquals(Duration.ofSeconds(30), settings.retryMaxDelay());
    assertEquals(2.0, settings.retryMultiplier());
    assertEquals(settings, TidingsSettings.fromEnv(Map.of()));
    assertEquals("TidingsSettings[publishTimeout=30s, shutdownTimeout=30s, retry=3 attempts, exponential 1s x2.0 up to 30s,"
        + " jitter 0.1, dead letters to <topic>.dlq]",
        settings.toString());
  }

  @Test
  void readsEveryVariable() {
    TidingsSettings settings = TidingsSettings.fromEnv(Map.of(
        "TIDINGS_PUBLISH_TIMEOUT", "500ms",
        "TIDINGS_SHUTDOWN_TIMEOUT", "PT2M",
        "TIDINGS_RETRY_MAX_ATTEMPTS", "5",
        "TIDINGS_RETRY_INITIAL_DELAY", " 2s ",
        "TIDINGS_RETRY_MAX_DELAY", "1h",
        "TIDINGS_RETRY_MULTIPLIER", "1.5",
        "TIDINGS_RETRY_BACKOFF", "Linear",
        "TIDINGS_RETRY_JITTER", "0.25",
        "TIDINGS_DLQ_SUFFIX", "-dead",
        "UNRELATED", "x"));
    assertEquals(io.tidings.annotations.Backoff.LINEAR, settings.retryPolicy().backoff());
    assertEquals(0.25, settings.retryPolicy().jitter());
    assertEquals("-dead", settings.deadLetterSuffix());
    assertEquals(Duration.ofMillis(500), settings.publishTimeout());
    assertEquals(Duration.ofMinutes(2), settings.shutdownTimeout());
    assertEquals(5, settings.retryMaxAttempts());
    assertEquals(Duration.ofSeconds(2), settings.retryInitialDelay());
    assertEquals(Duration.ofHours(1), settings.retryMaxDelay());
    assertEquals(1.5, settings.retryMultiplier());
  }

  @Test
  void aBlankVariableKeepsTheDefault() {
    assertEquals(TidingsSettings.defaults(), TidingsSettings.fromEnv(Map.of("TIDINGS_PUBLISH_TIMEOUT", "  ")));
  }

  @Test
  void aBadDurationNamesTheVariableAndTheAcceptedForms() {
    IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
        () -> TidingsSettings.fromEnv(Map.of("TIDINGS_PUBLISH_TIMEOUT", "30")));
    assertEquals("TIDINGS_PUBLISH_TIMEOUT=30 is not a duration: use a number with a unit (500ms, 30s, 2m, 1h) or"
        + " ISO-8601 (PT30S)", error.getMessage());
    assertThrows(IllegalArgumentException.class, () -> TidingsSettings.fromEnv(Map.of("TIDINGS_SHUTDOWN_TIMEOUT", "soon")));
    assertThrows(IllegalArgumentException.class, () -> TidingsSettings.fromEnv(Map.of("TIDINGS_RETRY_MAX_DELAY", "PTxS")));
  }

  @Test
  void badNumbersNameTheVariableAndWhatIsAccepted() {
    assertEquals("TIDINGS_RETRY_MAX_ATTEMPTS=0 is not a whole number of at least 1 (1 = no retry), e.g. 3",
        assertThrows(IllegalArgumentException.class,
            () -> TidingsSettings.fromEnv(Map.of("TIDINGS_RETRY_MAX_ATTEMPTS", "0"))).getMessage());
    assertEquals("TIDINGS_RETRY_MAX_ATTEMPTS=three is not a whole number of at least 1 (1 = no retry), e.g. 3",
        assertThrows(IllegalArgumentException.class,
            () -> TidingsSettings.fromEnv(Map.of("TIDINGS_RETRY_MAX_ATTEMPTS", "three"))).getMessage());
    assertEquals("TIDINGS_RETRY_MULTIPLIER=0.5 is not a number of at least 1, e.g. 2 or 1.5",
        assertThrows(IllegalArgumentException.class,
            () -> TidingsSettings.fromEnv(Map.of("TIDINGS_RETRY_MULTIPLIER", "0.5"))).getMessage());
    assertThrows(IllegalArgumentException.class, () -> TidingsSettings.fromEnv(Map.of("TIDINGS_RETRY_MULTIPLIER", "NaN")));
    assertEquals("TIDINGS_RETRY_BACKOFF=random is not a backoff: use fixed, linear or exponential",
        assertThrows(IllegalArgumentException.class,
            () -> TidingsSettings.fromEnv(Map.of("TIDINGS_RETRY_BACKOFF", "random"))).getMessage());
    assertEquals("TIDINGS_RETRY_JITTER=1.5 is not a fraction from 0 to 1, e.g. 0.1 (0 = no jitter)",
        assertThrows(IllegalArgumentException.class,
            () -> TidingsSettings.fromEnv(Map.of("TIDINGS_RETRY_JITTER", "1.5"))).getMessage());
    assertEquals("Bad TIDINGS_* environment: the dead-letter suffix must be one or more of the characters"
            + " [a-zA-Z0-9._-] (Kafka's topic name characters), like .dlq, not \"/dlq\"",
        assertThrows(IllegalArgumentException.class,
            () -> TidingsSettings.fromEnv(Map.of("TIDINGS_DLQ_SUFFIX", "/dlq"))).getMessage());
  }

  @Test
  void valuesThatDisagreeAreReportedAsBadEnvironment() {
    IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> TidingsSettings.fromEnv(Map.of(
        "TIDINGS_RETRY_INITIAL_DELAY", "10s", "TIDINGS_RETRY_MAX_DELAY", "1s")));
    assertEquals("Bad TIDINGS_* environment: retry max delay (1s) must not be shorter than the initial delay (10s)",
        error.getMessage());
    assertEquals("Bad TIDINGS_* environment: publish timeout must be positive, not 0ms",
        assertThrows(IllegalArgumentException.class,
            () -> TidingsSettings.fromEnv(Map.of("TIDINGS_PUBLISH_TIMEOUT", "0s"))).getMessage());
  }

  @Test
  void withersValidateToo() {
    TidingsSettings settings = TidingsSettings.defaults();
    assertThrows(IllegalArgumentException.class, () -> settings.withPublishTimeout(Duration.ZERO));
    assertThrows(IllegalArgumentException.class, () -> settings.withShutdownTimeout(Duration.ofSeconds(-1)));
    assertThrows(IllegalArgumentException.class, () -> settings.withRetry(0, Duration.ZERO, Duration.ZERO, 1));
    assertThrows(IllegalArgumentException.class, () -> settings.withRetry(1, Duration.ZERO, Duration.ZERO, 0.9));
    assertThrows(NullPointerException.class, () -> settings.withRetry(1, null, Duration.ZERO, 1));
    assertEquals(Duration.ZERO, settings.withShutdownTimeout(Duration.ZERO).shutdownTimeout());
  }

  @Test
  void retryDelaysGrowByTheMultiplierUpToTheMaximum() {
    TidingsSettings settings = TidingsSettings.defaults().withRetry(10, Duration.ofMillis(100), Duration.ofMillis(1000), 3);
    assertEquals(Duration.ofMillis(100), settings.retryDelay(1));
    assertEquals(Duration.ofMillis(300), settings.retryDelay(2));
    assertEquals(Duration.ofMillis(900), settings.retryDelay(3));
    assertEquals(Duration.ofMillis(1000), settings.retryDelay(4));
    assertEquals(Duration.ofMillis(1000), settings.retryDelay(1000), "no overflow for large attempts");
  }

  @Test
  void theDeadLetterSuffixTakesExactlyKafkasTopicNameCharacters() {
    for (String good : List.of(".dlq", "-dead", "_DLQ", "x", "az.AZ_09-", "0")) {
      assertEquals(good, TidingsSettings.defaults().withDeadLetterSuffix(good).deadLetterSuffix());
    }
    for (String bad : List.of("", "/dlq", ".d lq", ".dlq\n", "ä", "@", "[", "`", "{", ":")) {
      assertThrows(IllegalArgumentException.class, () -> TidingsSettings.defaults().withDeadLetterSuffix(bad), bad);
    }
  }
}
