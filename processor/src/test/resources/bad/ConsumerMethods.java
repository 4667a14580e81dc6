package bad;

import io.tidings.annotations.Consumes;
import io.tidings.annotations.Key;
import io.tidings.annotations.Topic;
import io.tidings.runtime.Metadata;
import java.util.concurrent.CompletionStage;
import test.support.Cancelled;
import test.support.Created;

public class ConsumerMethods {
  @Topic(name = "methods")
  public interface Events {
    void created(@Key String id, Created event);

    void cancelled(@Key String id, Cancelled event);
  }

  @Consumes(topic = Events.class, group = "private")
  private void privateMethod(Created event) {}

  @Consumes(topic = Events.class, group = "static")
  static void staticMethod(Created event) {}

  @Consumes(topic = Events.class, group = "generic")
  <T> void genericMethod(Created event) {}

  @Consumes(topic = Events.class, group = "returns")
  String returnsString(Created event) {
    return "";
  }

  @Consumes(topic = Events.class, group = "stage")
  CompletionStage<String> returnsStage(Created event) {
    return null;
  }

  @Consumes(topic = Events.class, group = "none")
  void noPayload(@Key String id) {}

  @Consumes(topic = Events.class, group = "two")
  void twoPayloads(Created event, Cancelled otherPayload) {}

  @Consumes(topic = Events.class, group = "metadata")
  void twoMetadata(Created event, Metadata first, Metadata secondMetadata) {}

  @Consumes(topic = Events.class, group = "dup")
  void firstRoute(Created event) {}

  @Consumes(topic = Events.class, group = "dup")
  void secondRoute(Created event) {}
}
