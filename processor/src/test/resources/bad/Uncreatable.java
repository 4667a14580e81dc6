package bad;

import io.tidings.annotations.Consumes;
import test.support.Created;

public class Uncreatable {
  public interface AnInterface {
    @Consumes(topic = Bookings.class, group = "g")
    default void on(Created event) {}
  }

  public class Inner {
    @Consumes(topic = Bookings.class, group = "g")
    void on(Created event) {}
  }

  private static class PrivateNested {
    @Consumes(topic = Bookings.class, group = "g")
    void on(Created event) {}

    static class InPrivate {
      @Consumes(topic = Bookings.class, group = "g")
      void on(Created event) {}
    }
  }

  public static class Generic<T> {
    @Consumes(topic = Bookings.class, group = "g")
    void on(Created event) {}
  }

  public static class NoConstructor {
    NoConstructor(String dependency) {}

    @Consumes(topic = Bookings.class, group = "g")
    void on(Created event) {}
  }

  public static class PrivateConstructor {
    private PrivateConstructor() {}

    @Consumes(topic = Bookings.class, group = "g")
    void on(Created event) {}
  }

  public static class TwoInjects {
    @jakarta.inject.Inject
    TwoInjects() {}

    @com.google.inject.Inject
    TwoInjects(String secondInject) {}

    @Consumes(topic = Bookings.class, group = "g")
    void on(Created event) {}
  }

  public static class OneInject {
    @jakarta.inject.Inject
    private OneInject(String dependency) {}

    @Consumes(topic = Bookings.class, group = "g")
    void on(Created event) {}
  }
}
