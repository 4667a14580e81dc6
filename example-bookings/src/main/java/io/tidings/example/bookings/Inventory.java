package io.tidings.example.bookings;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * Places left per room and night: the booking service's own state. Thread-safe; the service's
 * partitions are handled concurrently.
 */
@Singleton
public final class Inventory {
  /** Places every room has per night. */
  public static final int CAPACITY = 20;

  private final Map<String, Integer> taken = new HashMap<>();

  /** Holds {@code seats} places if that many are left; returns whether it did. */
  public synchronized boolean hold(String room, LocalDate night, int seats) {
    String slot = room + "/" + night;
    int already = taken.getOrDefault(slot, 0);
    if (already + seats > CAPACITY) {
      return false;
    }
    taken.put(slot, already + seats);
    return true;
  }

  /** Gives {@code seats} places back. */
  public synchronized void release(String room, LocalDate night, int seats) {
    taken.merge(room + "/" + night, -seats, Integer::sum);
  }
}
