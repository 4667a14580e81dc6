package com.acme;

import io.tidings.annotations.Consumes;
import io.tidings.annotations.Header;
import io.tidings.annotations.Key;
import io.tidings.annotations.Topic;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

public final class Orders {
  private Orders() {}

  public record Placed(String id, BigDecimal total, List<String> items, Instant at) {}

  public record Shipped(String id, Instant at) {}

  @Topic(name = "orders", partitions = 4)
  public interface Events {
    void placed(@Key String id, Placed placed, @Header("channel") String channel);

    void shipped(@Key String id, Shipped shipped);
  }

  public static final class Log {
    public final List<String> seen = new CopyOnWriteArrayList<>();

    @Consumes(topic = Events.class, group = "log")
    void on(Placed placed, @Key String id, @Header("channel") String channel) {
      seen.add("placed " + id + " " + placed.total() + " via " + channel);
    }

    @Consumes(topic = Events.class, group = "log")
    void on(Shipped shipped, @Key String id) {
      seen.add("shipped " + id);
    }
  }
}
