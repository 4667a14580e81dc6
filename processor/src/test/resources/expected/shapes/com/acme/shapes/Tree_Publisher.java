package com.acme.shapes;

import io.tidings.annotations.Format;
import io.tidings.runtime.spi.Component;
import io.tidings.runtime.spi.ComponentRegistry;
import io.tidings.runtime.spi.EventType;
import io.tidings.runtime.spi.PublishChannel;
import io.tidings.runtime.spi.TopicDescriptor;
import java.util.List;
import java.util.Objects;
import javax.annotation.processing.Generated;

/**
 * Publishes to the topic {@code trees} through {@link Tree}; generated from that interface.
 * Inject {@code Tree} rather than this class.
 */
@Generated("io.tidings.processor.TidingsProcessor")
public final class Tree_Publisher implements Tree {
  /**
   * The topic {@code trees} as {@link Tree} declares it.
   */
  public static final TopicDescriptor TOPIC = new TopicDescriptor(
      "trees",
      Tree.class,
      1,
      Format.JSON,
      (short) -1,
      null,
      false,
      null,
      List.of(
          new EventType<>("Node", Node.class, Node_JsonCodec.INSTANCE)));

  private final PublishChannel channel;

  /**
   * Creates the publisher; the runtime passes the topic's channel.
   */
  public Tree_Publisher(PublishChannel channel) {
    this.channel = Objects.requireNonNull(channel, "channel");
  }

  @Override
  public void planted(Node root) {
    Objects.requireNonNull(root, "Tree.planted: root must not be null");
    channel.publish(
        null,
        "Node",
        Node_JsonCodec.INSTANCE.encode(root),
        List.of());
  }

  /**
   * Registers this publisher with {@code TidingsModule}.
   */
  public static final class Registration implements Component {
    @Override
    public void register(ComponentRegistry registry) {
      registry.topic(Tree.class, TOPIC, Tree_Publisher::new);
    }
  }
}
