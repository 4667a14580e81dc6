package bad;

import io.tidings.annotations.OnFailure;
import io.tidings.annotations.Retry;

@OnFailure(business = IllegalStateException.class)
public class FailurePlacement {
  @Retry(maxAttempts = 2)
  void notAConsumer() {}
}
