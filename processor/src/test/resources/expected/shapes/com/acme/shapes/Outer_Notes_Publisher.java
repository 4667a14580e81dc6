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
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import javax.annotation.processing.Generated;

/**
 * Publishes to the topic {@code outer.notes} through {@link Outer.Notes}; generated from that interface.
 * Inject {@code Outer.Notes} rather than this class.
 */
@Generated("io.tidings.processor.TidingsProcessor")
public final class Outer_Notes_Publisher implements Outer.Notes {
  /**
   * The topic {@code outer.notes} as {@link Outer.Notes} declares it.
   */
  public static final TopicDescriptor TOPIC = new TopicDescriptor(
      "outer.notes",
      Outer.Notes.class,
      2,
      Format.JSON,
      (short) 3,
      Duration.parse("P7D"),
      true,
      Long.class,
      List.of(
          new EventType<>("Note", Outer.Note.class, Outer_Note_JsonCodec.INSTANCE),
          new EventType<>("Removed", Outer.Removed.class, Outer_Removed_JsonCodec.INSTANCE)));

  private final PublishChannel channel;

  /**
   * Creates the publisher; the runtime passes the topic's channel.
   */
  public Outer_Notes_Publisher(PublishChannel channel) {
    this.channel = Objects.requireNonNull(channel, "channel");
  }

  @Override
  public Receipt noted(long id, Outer.Note note, Outer.Status status, int attempt, UUID trace,
      Double ratio) {
    Objects.requireNonNull(note, "Outer.Notes.noted: note must not be null");
    return channel.publish(
        Keys.encode(id),
        "Note",
        Outer_Note_JsonCodec.INSTANCE.encode(note),
        List.of(
            RecordHeader.utf8("status", HeaderValues.encode(status)),
            RecordHeader.utf8("attempt", HeaderValues.encode(attempt)),
            RecordHeader.utf8("trace", HeaderValues.encode(trace)),
            RecordHeader.utf8("ratio", HeaderValues.encode(ratio))));
  }

  @Override
  public CompletableFuture<Receipt> removed(Long id, Outer.Removed removed, boolean flag) {
    Objects.requireNonNull(removed, "Outer.Notes.removed: removed must not be null");
    Objects.requireNonNull(id, "Outer.Notes.removed: id must not be null, because topic outer.notes is compacted");
    return channel.publishAsync(
        Keys.encode(id),
        "Removed",
        Outer_Removed_JsonCodec.INSTANCE.encode(removed),
        List.of(RecordHeader.utf8("flag", HeaderValues.encode(flag))));
  }

  @Override
  public void again(long id, Outer.Note channel) {
    Objects.requireNonNull(channel, "Outer.Notes.again: channel must not be null");
    this.channel.publish(
        Keys.encode(id),
        "Note",
        Outer_Note_JsonCodec.INSTANCE.encode(channel),
        List.of());
  }

  /**
   * Registers this publisher with {@code TidingsModule}.
   */
  public static final class Registration implements Component {
    @Override
    public void register(ComponentRegistry registry) {
      registry.topic(Outer.Notes.class, TOPIC, Outer_Notes_Publisher::new);
    }
  }
}
