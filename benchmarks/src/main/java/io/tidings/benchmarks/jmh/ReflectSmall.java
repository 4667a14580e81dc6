package io.tidings.benchmarks.jmh;

/**
 * {@link AvroSmall}'s fields in a plain class, for the Reflect baseline of the Avro codec benchmark:
 * Avro 1.12's {@code ReflectDatumReader} cannot build a Java record (it needs a no-argument
 * constructor and assignable fields), so Reflect reads and writes this class instead. Same field
 * names, types and (name) order, so Avro's {@code ReflectData} derives the schema Tidings uses.
 */
public final class ReflectSmall {
  private String channel;
  private boolean confirmed;
  private String customer;
  private String id;
  private long priceCents;
  private String room;
  private double score;
  private int seats;

  /** For Avro's reflection, which creates the object and then assigns its fields. */
  public ReflectSmall() {}

  /** The same values as {@code record}. */
  public static ReflectSmall of(AvroSmall record) {
    ReflectSmall small = new ReflectSmall();
    small.channel = record.channel();
    small.confirmed = record.confirmed();
    small.customer = record.customer();
    small.id = record.id();
    small.priceCents = record.priceCents();
    small.room = record.room();
    small.score = record.score();
    small.seats = record.seats();
    return small;
  }

  /** The same values as a record, to compare with what the other codecs read. */
  public AvroSmall toRecord() {
    return new AvroSmall(channel, confirmed, customer, id, priceCents, room, score, seats);
  }
}
