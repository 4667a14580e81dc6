package io.tidings.benchmarks.kafka;

/**
 * The end-to-end payload: a sensor reading, about 100 bytes of JSON.
 *
 * @param sensor the sensor id (also the record key)
 * @param site where the sensor is
 * @param seq the reading's sequence number
 * @param at when it was taken, epoch milliseconds
 * @param value the measured value
 * @param unit the value's unit
 */
public record Reading(String sensor, String site, long seq, long at, double value, String unit) {

  /** How many distinct readings the harness cycles through. */
  public static final int DISTINCT = 1024;

  /** The {@code i}-th of the readings every variant publishes (the same objects for all). */
  public static Reading[] samples() {
    Reading[] readings = new Reading[DISTINCT];
    for (int i = 0; i < DISTINCT; i++) {
      readings[i] =
          new Reading(
              String.format("sensor-%06d", i), "plant-" + (i % 7), 1_000_000L + i, 1_763_900_000_000L + i * 1000L, 20.0 + i % 100 / 8.0, "celsius");
    }
    return readings;
  }
}
