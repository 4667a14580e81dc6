package evo;

import io.tidings.annotations.Consumes;
import java.util.ArrayList;
import java.util.List;

/** Keeps what it consumed. */
public class OrderLog {
  /** The orders consumed, in order. */
  public final List<OrderPlaced> seen = new ArrayList<>();

  @Consumes(topic = Orders.class, group = "log")
  public void on(OrderPlaced event) {
    seen.add(event);
  }
}
