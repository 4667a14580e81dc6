package accepted;

import io.tidings.annotations.Consumes;
import test.support.Cancelled;
import test.support.Created;

/** Consumers Guice creates through an @Inject constructor, private or not, of either Inject annotation. */
public class Injected {
  public static final class WithJakarta {
    @jakarta.inject.Inject
    private WithJakarta(String dependency) {}

    WithJakarta(int ignored, String notInjected) {}

    @Consumes(topic = bad.Bookings.class, group = "jakarta")
    void on(Created event) {}
  }

  public static final class WithGuice {
    @com.google.inject.Inject
    WithGuice(String dependency, Long another) {}

    @Consumes(topic = bad.Bookings.class, group = "guice")
    void on(Cancelled event) {}
  }
}
