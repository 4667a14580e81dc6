package io.tidings.benchmarks.jmh;

/**
 * The small event of the codec, dispatch and in-memory benchmarks: seven scalar fields, about 150
 * bytes of JSON.
 *
 * @param id the booking id
 * @param customer who booked
 * @param room which room
 * @param channel where the booking came from
 * @param seats how many places
 * @param priceCents the price in cents
 * @param confirmed whether it is confirmed
 * @param score a fraud score between 0 and 1
 */
public record Small(
    String id,
    String customer,
    String room,
    String channel,
    int seats,
    long priceCents,
    boolean confirmed,
    double score) {

  /** The instance every benchmark encodes (so every variant sees the same object). */
  public static Small sample() {
    return new Small("b-0001234567", "customer-000042", "room-17", "web-desktop", 2, 12_950L, true, 0.875);
  }
}
