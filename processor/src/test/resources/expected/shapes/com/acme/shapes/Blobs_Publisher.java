package com.acme.shapes;

import io.tidings.annotations.Format;
import io.tidings.runtime.Receipt;
import io.tidings.runtime.codec.HeaderValues;
import io.tidings.runtime.codec.Keys;
import io.tidings.runtime.spi.Component;
import io.tidings.runtime.spi.ComponentRegistry;
import io.tidings.runtime.spi.EventType;
import io.tidings.runtime.spi.PublishChannel;
import io.tidings.runtime.spi.RecordHeader;
import io.tidings.runtime.spi.TopicDescriptor;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletionStage;
import javax.annotation.processing.Generated;

/**
 * Publishes to the topic {@code blobs} through {@link Blobs}; generated from that interface.
 * Inject {@code Blobs} rather than this class.
 */
@Generated("io.tidings.processor.TidingsProcessor")
public final class Blobs_Publisher implements Blobs {
  /**
   * The topic {@code blobs} as {@link Blobs} declares it.
   */
  public static final TopicDescriptor TOPIC = new TopicDescriptor(
      "blobs",
      Blobs.class,
      12,
      Format.JSON,
      (short) -1,
      null,
      false,
      byte[].class,
      List.of(
          new EventType<>("Node", Node.class, Node_JsonCodec.INSTANCE)));

  private final PublishChannel channel;

  /**
   * Creates the publisher; the runtime passes the topic's channel.
   */
  public Blobs_Publisher(PublishChannel channel) {
    this.channel = Objects.requireNonNull(channel, "channel");
  }

  @Override
  public CompletionStage<Receipt> stored(byte[] id, Node node, byte b, short s, char c, long l,
      float f, double d, Boolean z) {
    Objects.requireNonNull(node, "Blobs.stored: node must not be null");
    return channel.publishAsync(
        Keys.encode(id),
        "Node",
        Node_JsonCodec.INSTANCE.encode(node),
        List.of(
            RecordHeader.utf8("b", HeaderValues.encode(b)),
            RecordHeader.utf8("s", HeaderValues.encode(s)),
            RecordHeader.utf8("c", HeaderValues.encode(c)),
            RecordHeader.utf8("l", HeaderValues.encode(l)),
            RecordHeader.utf8("f", HeaderValues.encode(f)),
            RecordHeader.utf8("d", HeaderValues.encode(d)),
            RecordHeader.utf8("z", HeaderValues.encode(z))));
  }

  /**
   * Registers this publisher with {@code TidingsModule}.
   */
  public static final class Registration implements Component {
    @Override
    public void register(ComponentRegistry registry) {
      registry.topic(Blobs.class, TOPIC, Blobs_Publisher::new);
    }
  }
}
