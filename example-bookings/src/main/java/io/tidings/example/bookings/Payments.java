package io.tidings.example.bookings;

import jakarta.inject.Singleton;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The payment provider the booking service must ask before it holds places: a flaky dependency.
 * For customers whose name starts with {@value #FLAKY_PREFIX} it is "unavailable" for the first
 * {@value #FAILURES} calls of a booking, then it answers — so those bookings go through only thanks
 * to Tidings' retries. Thread-safe.
 */
@Singleton
public final class Payments {
  /** Customers whose payments fail at first. */
  public static final String FLAKY_PREFIX = "flaky-";
  /** How many calls fail before one succeeds. */
  public static final int FAILURES = 2;

  private final Map<String, Integer> calls = new ConcurrentHashMap<>();

  /**
   * Authorises the payment of {@code bookingId}.
   *
   * @throws PaymentsUnavailable while the provider is down for this booking (a transient failure)
   */
  public void authorize(String bookingId, String customer) {
    int call = calls.merge(bookingId, 1, Integer::sum);
    if (customer.startsWith(FLAKY_PREFIX) && call <= FAILURES) {
      throw new PaymentsUnavailable("payment provider timed out for " + bookingId + " (call " + call + ")");
    }
  }

  /** The provider did not answer; asking again later may work. */
  public static final class PaymentsUnavailable extends RuntimeException {
    private static final long serialVersionUID = 1L;

    PaymentsUnavailable(String message) {
      super(message);
    }
  }
}
