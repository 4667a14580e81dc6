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
  void everyCommandIsAnEventABusinessRejectionOrADeadLetterAndNothingIsLost() throws Exception {
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    BookingsApp.Summary summary;
    try (PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8)) {
      summary = BookingsApp.run(BookingsApp.Options.parse("--bookings", "2000"), out);
    }
    String text = printed.toString(StandardCharsets.UTF_8);

    assertEquals(2240, summary.commands(), "2000 creations, every tenth booking cancelled, every 50th created twice");
    assertEquals(40, summary.duplicatesSent(), text);
    assertEquals(20, summary.malformedSent(), text);
    assertEquals(50, summary.flakySent(), text);
    assertEquals(2240 - 40 - 20, summary.projected(), "one event per command but the duplicates and the malformed: " + text);
    assertEquals(summary.projected(), summary.audited(), text);
    assertEquals(summary.projected(), summary.created() + summary.cancelled() + summary.rejected(), text);
    assertTrue(summary.cancelled() > 0, text);
    assertTrue(summary.rejected() > 0, "the scenario oversells some nights: " + text);
    assertEquals(0, summary.outOfOrder(), text);
    assertEquals(40, summary.businessRejections(), "each duplicate create is a business failure: " + text);
    assertEquals(20, summary.deadLetters(), "each malformed create is dead-lettered: " + text);
    assertTrue(summary.retries() >= 50 * Payments.FAILURES, "every flaky payment was retried: " + text);
    assertTrue(summary.clean(), text);
    assertTrue(text.contains("retries            : "), text);
    assertTrue(text.contains("business rejections: 40 (of 40 duplicate creates)"), text);
    assertTrue(text.contains("dead letters       : 20 (of 20 malformed creates)"), text);
    assertTrue(text.contains("accounted for      : 2240 of 2240 commands"), text);
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
    assertEquals(560, summary.commands(), text);
    assertEquals(560 - 10 - 5, summary.projected(), text);
    assertEquals(summary.projected(), summary.audited(), text);
    assertEquals(0, summary.outOfOrder(), text);
    assertEquals(10, summary.businessRejections(), text);
    assertEquals(5, summary.deadLetters(), "counted on the broker's dead-letter topics: " + text);
    assertTrue(summary.retries() >= 12 * Payments.FAILURES, text);
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
