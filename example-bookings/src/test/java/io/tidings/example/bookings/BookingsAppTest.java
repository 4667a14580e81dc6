package io.tidings.example.bookings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Runs the example exactly as {@code main} does, on the in-memory broker, and checks its summary. */
class BookingsAppTest {

  @Test
  void everyCommandLeadsToOneEventSeenByBothGroupsInOrder() throws Exception {
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    BookingsApp.Summary summary;
    try (PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8)) {
      summary = BookingsApp.run(BookingsApp.Options.parse("--bookings", "2000"), out);
    }
    String text = printed.toString(StandardCharsets.UTF_8);

    assertEquals(2200, summary.commands(), "2000 creations and every tenth booking cancelled");
    assertEquals(summary.commands(), summary.projected(), text);
    assertEquals(summary.commands(), summary.audited(), text);
    assertEquals(summary.commands(), summary.created() + summary.cancelled() + summary.rejected(), text);
    assertTrue(summary.cancelled() > 0, text);
    assertTrue(summary.rejected() > 0, "the scenario oversells some nights: " + text);
    assertEquals(0, summary.outOfOrder(), text);
    assertEquals(0, summary.deadLetters(), text);
    assertTrue(summary.clean(), text);
    assertTrue(text.contains("result             : OK, nothing lost"), text);
    assertTrue(text.contains("published 2000 of 2000 bookings"), text);
  }

  @Test
  void theSameScenarioRunsOnARealKafkaBrokerItStartsItself() throws Exception {
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    BookingsApp.Summary summary;
    try (PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8)) {
      summary = BookingsApp.run(BookingsApp.Options.parse("--bookings", "500", "--broker", "embedded"), out);
    }
    String text = printed.toString(StandardCharsets.UTF_8);
    assertTrue(text.contains("Kafka broker ready at "), text);
    assertEquals(550, summary.commands(), text);
    assertEquals(summary.commands(), summary.projected(), text);
    assertEquals(summary.commands(), summary.audited(), text);
    assertEquals(0, summary.outOfOrder(), text);
    assertEquals(0, summary.deadLetters(), text);
    assertTrue(summary.clean(), text);
  }

  @Test
  void badOptionsSayWhatIsAccepted() {
    IllegalArgumentException count =
        assertThrows(IllegalArgumentException.class, () -> BookingsApp.Options.parse("--bookings", "many"));
    assertEquals("--bookings needs a positive whole number, not many", count.getMessage());
    IllegalArgumentException broker =
        assertThrows(IllegalArgumentException.class, () -> BookingsApp.Options.parse("--broker", "rabbit"));
    assertEquals("--broker must be memory, kafka or embedded, not rabbit", broker.getMessage());
    IllegalArgumentException unknown =
        assertThrows(IllegalArgumentException.class, () -> BookingsApp.Options.parse("--fast"));
    assertEquals("unknown option --fast", unknown.getMessage());
  }
}
