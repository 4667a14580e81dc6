package io.tidings.benchmarks.jmh;

import io.tidings.annotations.AvroSchema;

/**
 * The small event of the Avro codec benchmark: the values of {@link Small} (seven scalars), on an
 * Avro topic. Its schema is {@code benchmarks/src/main/avro/SmallEvent.avsc}, the file
 * avro-maven-plugin generates the Specific baseline from; the processor checks at compile time that
 * this record matches it field by field. The components are in name order because Avro's {@code
 * ReflectData} orders fields by name: so Tidings, Specific and Reflect all write the same bytes.
 *
 * @param channel where the booking came from
 * @param confirmed whether it is confirmed
 * @param customer who booked
 * @param id the booking id
 * @param priceCents the price in cents
 * @param room which room
 * @param score a fraud score between 0 and 1
 * @param seats how many places
 */
@AvroSchema("avro/SmallEvent.avsc")
public record AvroSmall(
    String channel,
    boolean confirmed,
    String customer,
    String id,
    long priceCents,
    String room,
    double score,
    int seats) {

  /** The instance every benchmark encodes (so every variant sees the same values). */
  public static AvroSmall sample() {
    Small s = Small.sample();
    return new AvroSmall(s.channel(), s.confirmed(), s.customer(), s.id(), s.priceCents(), s.room(), s.score(), s.seats());
  }
}
