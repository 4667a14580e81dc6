package io.tidings.benchmarks.jmh;

import io.tidings.benchmarks.avro.Address;
import io.tidings.benchmarks.avro.Line;
import io.tidings.benchmarks.avro.NestedEvent;
import io.tidings.benchmarks.avro.SmallEvent;
import io.tidings.benchmarks.avro.Status;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * Copies the Avro benchmark's payloads to and from the classes avro-maven-plugin generates from
 * {@code benchmarks/src/main/avro} (package {@code io.tidings.benchmarks.avro}), for the Specific
 * baseline. Used only in set-up and in the agreement checks, never in measured code.
 */
final class AvroSpecific {
  private AvroSpecific() {}

  /** The Specific form of the small event. */
  static SmallEvent small(AvroSmall s) {
    return SmallEvent.newBuilder()
        .setChannel(s.channel())
        .setConfirmed(s.confirmed())
        .setCustomer(s.customer())
        .setId(s.id())
        .setPriceCents(s.priceCents())
        .setRoom(s.room())
        .setScore(s.score())
        .setSeats(s.seats())
        .build();
  }

  /** The record form of a Specific small event. */
  static AvroSmall small(SmallEvent s) {
    return new AvroSmall(
        s.getChannel(), s.getConfirmed(), s.getCustomer(), s.getId(), s.getPriceCents(), s.getRoom(), s.getScore(), s.getSeats());
  }

  /** The Specific form of the nested event (collections copied in their order). */
  static NestedEvent nested(AvroNested n) {
    List<Line> lines = new ArrayList<>();
    for (AvroNested.Line line : n.lines()) {
      lines.add(
          Line.newBuilder()
              .setDescription(line.description())
              .setQuantity(line.quantity())
              .setSku(line.sku())
              .setUnitCents(line.unitCents())
              .build());
    }
    return NestedEvent.newBuilder()
        .setAddress(
            Address.newBuilder()
                .setCity(n.address().city())
                .setCountry(n.address().country())
                .setPostcode(n.address().postcode())
                .setStreet(n.address().street())
                .build())
        .setAttributes(new LinkedHashMap<>(n.attributes()))
        .setBooking(small(n.booking()))
        .setLines(lines)
        .setNote(n.note())
        .setOrderId(n.orderId())
        .setStatus(Status.valueOf(n.status().name()))
        .setTags(new ArrayList<>(n.tags()))
        .setVoucher(n.voucher())
        .build();
  }

  /** The record form of a Specific nested event. */
  static AvroNested nested(NestedEvent n) {
    List<AvroNested.Line> lines = new ArrayList<>();
    for (Line line : n.getLines()) {
      lines.add(new AvroNested.Line(line.getDescription(), line.getQuantity(), line.getSku(), line.getUnitCents()));
    }
    Address a = n.getAddress();
    return new AvroNested(
        new AvroNested.Address(a.getCity(), a.getCountry(), a.getPostcode(), a.getStreet()),
        n.getAttributes(),
        small(n.getBooking()),
        lines,
        n.getNote(),
        n.getOrderId(),
        AvroNested.Status.valueOf(n.getStatus().name()),
        n.getTags(),
        n.getVoucher());
  }
}
