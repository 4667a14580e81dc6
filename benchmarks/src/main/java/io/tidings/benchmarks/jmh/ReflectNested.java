package io.tidings.benchmarks.jmh;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.avro.reflect.Nullable;

/**
 * {@link AvroNested}'s fields in plain classes, for the Reflect baseline of the Avro codec
 * benchmark (Avro 1.12's {@code ReflectDatumReader} cannot build Java records). Same field names,
 * types and (name) order, the same enum, and Avro's {@link Nullable} on the optional fields, so Avro's
 * {@code ReflectData} derives the schema Tidings uses.
 */
public final class ReflectNested {
  private Address address;
  private Map<String, String> attributes;
  private ReflectSmall booking;
  private List<Line> lines;
  @Nullable private String note;
  private String orderId;
  private AvroNested.Status status;
  private List<String> tags;
  @Nullable private String voucher;

  /** For Avro's reflection, which creates the object and then assigns its fields. */
  public ReflectNested() {}

  /** The same values as {@code record} (collections copied in their order). */
  public static ReflectNested of(AvroNested record) {
    ReflectNested nested = new ReflectNested();
    nested.address = Address.of(record.address());
    nested.attributes = new LinkedHashMap<>(record.attributes());
    nested.booking = ReflectSmall.of(record.booking());
    nested.lines = new ArrayList<>();
    for (AvroNested.Line line : record.lines()) {
      nested.lines.add(Line.of(line));
    }
    nested.note = record.note();
    nested.orderId = record.orderId();
    nested.status = record.status();
    nested.tags = new ArrayList<>(record.tags());
    nested.voucher = record.voucher();
    return nested;
  }

  /** The same values as a record, to compare with what the other codecs read. */
  public AvroNested toRecord() {
    List<AvroNested.Line> records = new ArrayList<>();
    for (Line line : lines) {
      records.add(line.toRecord());
    }
    return new AvroNested(address.toRecord(), attributes, booking.toRecord(), records, note, orderId, status, tags, voucher);
  }

  /** {@link AvroNested.Address} as a plain class. */
  public static final class Address {
    private String city;
    private String country;
    private String postcode;
    private String street;

    /** For Avro's reflection. */
    public Address() {}

    static Address of(AvroNested.Address record) {
      Address address = new Address();
      address.city = record.city();
      address.country = record.country();
      address.postcode = record.postcode();
      address.street = record.street();
      return address;
    }

    AvroNested.Address toRecord() {
      return new AvroNested.Address(city, country, postcode, street);
    }
  }

  /** {@link AvroNested.Line} as a plain class. */
  public static final class Line {
    private String description;
    private int quantity;
    private String sku;
    private long unitCents;

    /** For Avro's reflection. */
    public Line() {}

    static Line of(AvroNested.Line record) {
      Line line = new Line();
      line.description = record.description();
      line.quantity = record.quantity();
      line.sku = record.sku();
      line.unitCents = record.unitCents();
      return line;
    }

    AvroNested.Line toRecord() {
      return new AvroNested.Line(description, quantity, sku, unitCents);
    }
  }
}
