package behaviour;

import io.tidings.annotations.Header;
import io.tidings.annotations.Key;
import io.tidings.annotations.Topic;
import io.tidings.runtime.Receipt;
import java.util.concurrent.CompletionStage;
import test.support.Cancelled;
import test.support.Created;
import test.support.Status;

@Topic(name = "shop.orders", partitions = 4, retention = "PT12H", compacted = true)
public interface Orders {
  void created(@Key long orderId, Created event, @Header("status") Status status, @Header("attempt") int attempt);

  CompletionStage<Receipt> cancelled(@Key long orderId, Cancelled event);
}
