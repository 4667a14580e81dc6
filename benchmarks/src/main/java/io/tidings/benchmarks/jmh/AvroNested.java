package io.tidings.benchmarks.jmh;

import io.tidings.annotations.AvroSchema;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.avro.reflect.Nullable;

/**
 * The nested event of the Avro codec benchmark: a small event inside, an address, eight order
 * lines, a list of tags, a map, an enum and two optional strings (one set, one not) — about 700
 * bytes of Avro. Its schema is {@code benchmarks/src/main/avro/NestedEvent.avsc}, which the
 * processor checks this record against at compile time. Components are in name order, as Avro's
 * {@code ReflectData} orders fields, so every variant writes the same bytes. The optional fields use
 * Avro's own {@link Nullable}, which both Tidings (any annotation named {@code Nullable}) and Avro's
 * reflection read as a union with {@code null}.
 *
 * @param address where the invoice goes
 * @param attributes free-form key/value pairs
 * @param booking the booking it pays for
 * @param lines what was ordered
 * @param note a remark for the hotel, if any
 * @param orderId the order
 * @param status where the order is
 * @param tags free-form labels
 * @param voucher the voucher code, if any
 */
@AvroSchema("avro/NestedEvent.avsc")
public record AvroNested(
    Address address,
    Map<String, String> attributes,
    AvroSmall booking,
    List<Line> lines,
    @Nullable String note,
    String orderId,
    Status status,
    List<String> tags,
    @Nullable String voucher) {

  /**
   * Where an invoice goes.
   *
   * @param city the city
   * @param country ISO country code
   * @param postcode the postcode
   * @param street street and number
   */
  public record Address(String city, String country, String postcode, String street) {}

  /**
   * One line of an order.
   *
   * @param description what it is
   * @param quantity how many
   * @param sku the article
   * @param unitCents the price of one, in cents
   */
  public record Line(String description, int quantity, String sku, long unitCents) {}

  /** Where an order is. */
  public enum Status {
    /** Not paid yet. */
    OPEN,
    /** Paid. */
    PAID,
    /** Cancelled. */
    CANCELLED
  }

  /** The instance every benchmark encodes (so every variant sees the same values). */
  public static AvroNested sample() {
    List<Line> lines = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      lines.add(new Line("room night, breakfast and late check-out #" + i, 1 + i % 3, "SKU-" + (100_000 + i * 37), 4_990L + i * 250));
    }
    Map<String, String> attributes = new LinkedHashMap<>();
    attributes.put("source", "campaign-2026-autumn");
    attributes.put("locale", "nl-NL");
    attributes.put("device", "desktop");
    attributes.put("referrer", "partner-0042");
    return new AvroNested(
        new Address("Rotterdam", "NL", "3011 AB", "12 Harbour Street"),
        Collections.unmodifiableMap(attributes),
        AvroSmall.sample(),
        List.copyOf(lines),
        "arrives after 22:00",
        "o-2026-11-000123",
        Status.PAID,
        List.of("vip", "returning", "newsletter", "web"),
        null);
  }
}
