package io.tidings.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Durations as settings write them. */
class DurationsTest {

  @Test
  void parsesUnitsAndIso() {
    assertEquals(Duration.ofMillis(250), Durations.parse("250ms"));
    assertEquals(Duration.ofSeconds(30), Durations.parse("30s"));
    assertEquals(Duration.ofSeconds(30), Durations.parse("30 S"));
    assertEquals(Duration.ofMinutes(2), Durations.parse("2m"));
    assertEquals(Duration.ofHours(1), Durations.parse("1h"));
    assertEquals(Duration.ofDays(1), Durations.parse("1d"));
    assertEquals(Duration.ofSeconds(90), Durations.parse("pt1m30s"));
  }

  @Test
  void rejectsWhatItCannotRead() {
    assertEquals("30 has no unit", assertThrows(IllegalArgumentException.class, () -> Durations.parse("30")).getMessage());
    assertThrows(IllegalArgumentException.class, () -> Durations.parse("-1s"));
    assertThrows(IllegalArgumentException.class, () -> Durations.parse("1.5s"));
    assertThrows(IllegalArgumentException.class, () -> Durations.parse("99999999999999999999s"));
    assertThrows(IllegalArgumentException.class, () -> Durations.parse("P1X"));
  }

  @Test
  void formatsShortly() {
    assertEquals("250ms", Durations.format(Duration.ofMillis(250)));
    assertEquals("1500ms", Durations.format(Duration.ofMillis(1500)));
    assertEquals("30s", Durations.format(Duration.ofSeconds(30)));
    assertEquals("1m30s", Durations.format(Duration.ofSeconds(90)));
    assertEquals("2m", Durations.format(Duration.ofMinutes(2)));
    assertEquals("1h30m", Durations.format(Duration.ofMinutes(90)));
    assertEquals("0ms", Durations.format(Duration.ZERO));
    assertEquals("-5s", Durations.format(Duration.ofSeconds(-5)));
  }
}
