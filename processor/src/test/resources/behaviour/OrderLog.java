package behaviour;

import io.tidings.annotations.Consumes;
import io.tidings.annotations.Header;
import io.tidings.annotations.Key;
import io.tidings.runtime.Metadata;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import test.support.Cancelled;
import test.support.Created;
import test.support.Status;

public class OrderLog {
  public final List<String> seen = new ArrayList<>();

  @Consumes(topic = Orders.class, group = "log")
  public void on(Created event, @Key long orderId, @Header("status") Status status, @Header("attempt") int attempt, Metadata meta) {
    seen.add(event.id() + " " + orderId + " " + status + " " + attempt + " " + meta.topic() + "@" + meta.offset());
  }

  @Consumes(topic = Orders.class, group = "log")
  public CompletionStage<Void> cancelled(Cancelled event) {
    seen.add("cancelled " + event.id());
    return CompletableFuture.completedFuture(null);
  }
}
