package bad;

import io.tidings.annotations.Consumes;
import io.tidings.annotations.Header;
import io.tidings.annotations.Key;
import io.tidings.annotations.Topic;
import test.support.Created;

public class HeaderTypo {
  @Topic(name = "typos")
  public interface Events {
    void created(
        @Key String id,
        Created event,
        @Header("reason") String reason,
        @Header("actor") String actor,
        @Header("attempt") int attempt,
        @Header("status") test.support.Status status);
  }

  @Consumes(topic = Events.class, group = "g")
  void on(
      Created event,
      @Header("reasn") String typo,
      @Header("actor") String actor,
      @Header("attempt") Integer attempt,
      @Header("status") java.util.UUID statusAsUuid) {}
}
