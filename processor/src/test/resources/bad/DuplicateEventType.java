package bad;

import io.tidings.annotations.Topic;

public class DuplicateEventType {
  public static class V1 {
    public record Created(String id) {}
  }

  public static class V2 {
    public record Created(String id) {}
  }

  @Topic(name = "versions")
  interface Versions {
    void first(V1.Created event);

    void second(V2.Created secondCreated);
  }
}
