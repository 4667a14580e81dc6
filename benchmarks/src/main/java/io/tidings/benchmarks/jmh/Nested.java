package io.tidings.benchmarks.jmh;

import java.util.ArrayList;
import java.util.List;

/**
 * The nested event of the codec benchmark: a {@link Small} inside, an address, eight order lines,
 * a list of tags and an enum — about 1 KiB of JSON.
 *
 * @param orderId the order
 * @param booking the booking it pays for
 * @param address where the invoice goes
 * @param lines what was ordered
 * @param tags free-form labels
 * @param status where the order is
 */
public record Nested(
    String orderId, Small booking, Address address, List<Line> lines, List<String> tags, Status status) {

  /** Where an invoice goes. */
  public record Address(String street, String city, String postcode, String country) {}

  /** One line of an order. */
  public record Line(String sku, String description, int quantity, long unitCents) {}

  /** Where an order is. */
  public enum Status {
    /** Not paid yet. */
    OPEN,
    /** Paid. */
    PAID,
    /** Cancelled. */
    CANCELLED
  }

  /** The instance every benchmark encodes (so every variant sees the same object). */
  public static Nested sample() {
    List<Line> lines = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      lines.add(new Line("SKU-" + (100_000 + i * 37), "room night, breakfast and late check-out #" + i, 1 + i % 3, 4_990L + i * 250));
    }
    return new Nested(
        "o-2026-11-000123",
        Small.sample(),
        new Address("12 Harbour Street", "Rotterdam", "3011 AB", "NL"),
        List.copyOf(lines),
        List.of("vip", "returning", "newsletter", "web"),
        Status.PAID);
  }
}
