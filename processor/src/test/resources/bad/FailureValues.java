package bad;

import io.tidings.annotations.Consumes;
import io.tidings.annotations.OnFailure;
import io.tidings.annotations.Retry;
import io.tidings.runtime.BusinessFailure;
import test.support.Cancelled;
import test.support.Created;

@Retry(maxAttempts = 0)
@OnFailure(deadLetterTopic = "bad topic")
public class FailureValues {
  @Retry(
      initialDelay = "soon",
      maxDelay = "-1s",
      multiplier = 0.5,
      jitter = 1.5)
  @OnFailure(
      permanent = {
          IllegalArgumentException.class,
          OutOfMemoryError.class,
          BusinessFailure.class},
      business = {
          IllegalArgumentException.class})
  @Consumes(topic = Bookings.class, group = "g")
  void on(Created event) {}

  @Retry(initialDelay = "2s", maxDelay = "1s")
  @Consumes(topic = Bookings.class, group = "g")
  void on(Cancelled event) {}
}
