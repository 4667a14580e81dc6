package io.tidings.processor.avro;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.tidings.runtime.Receipt;
import io.tidings.runtime.codec.AvroCodec;
import io.tidings.runtime.codec.DecodeException;
import io.tidings.runtime.spi.Delivery;
import io.tidings.runtime.spi.Dispatcher;
import io.tidings.runtime.spi.PublishChannel;
import io.tidings.runtime.spi.RecordHeader;
import io.tidings.runtime.spi.StandardHeaders;
import io.tidings.runtime.spi.TopicDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A payload evolves across two recorded versions: version 1 is compiled and recorded, version 2
 * (an added Optional field, int widened to long, a field removed) is checked against it under
 * BACKWARD, then recorded; producers and consumers of both versions then exchange records through
 * their generated publishers and dispatchers, as on one topic.
 */
class SchemaEvolutionTest {
  @TempDir static Path history;

  private static AvroCompiled v1;
  private static AvroCompiled v2;

  @BeforeAll
  static void compileBothVersions() throws Exception {
    v1 = AvroCompiled.compile(List.of("evolution/v1"), List.of(), option("history", history), option("record", "true"));
    assertThat(v1.compilation).succeeded();
    assertThat(v1.compilation).hadNoteContaining("recorded the schema of OrderPlaced as");
    assertThat(Files.exists(history.resolve("evo.OrderPlaced").resolve("v1.avsc"))).isTrue();

    v2 = AvroCompiled.compile(List.of("evolution/v2"), List.of(), option("history", history), option("record", "true"));
    assertThat(v2.compilation).succeeded();
    assertThat(Files.exists(history.resolve("evo.OrderPlaced").resolve("v2.avsc"))).isTrue();
  }

  private static String option(String name, Object value) {
    return "-Atidings.avro." + name + "=" + value;
  }

  @Test
  void anUnchangedRecordedSchemaCompilesCleanly() {
    AvroCompiled again = AvroCompiled.compile(List.of("evolution/v2"), List.of(), "-Werror", option("history", history));
    assertThat(again.compilation).succeededWithoutWarnings();
    assertThat(Files.exists(history.resolve("evo.OrderPlaced").resolve("v3.avsc"))).isFalse();
  }

  @Test
  void aChangedSchemaNotRecordedYetIsAWarningOrAnErrorByOption(@TempDir Path fresh) throws Exception {
    Files.createDirectories(fresh.resolve("evo.OrderPlaced"));
    Files.copy(history.resolve("evo.OrderPlaced").resolve("v1.avsc"), fresh.resolve("evo.OrderPlaced").resolve("v1.avsc"));
    AvroCompiled warned = AvroCompiled.compile(List.of("evolution/v2"), List.of(), option("history", fresh));
    assertThat(warned.compilation).succeeded();
    assertThat(warned.compilation)
        .hadWarningContaining("the schema of evo.OrderPlaced changed since its recorded version v1 and is compatible"
            + " (BACKWARD), but is not recorded yet: build once with -Atidings.avro.record=true to record it as v2");
    AvroCompiled failed =
        AvroCompiled.compile(List.of("evolution/v2"), List.of(), option("history", fresh), option("unrecorded", "error"));
    assertThat(failed.compilation).hadErrorCount(1);
    assertThat(failed.compilation).hadErrorContaining("is not recorded yet");
    assertThat(Files.exists(fresh.resolve("evo.OrderPlaced").resolve("v2.avsc"))).isFalse();
  }

  @Test
  void theNewCodecKnowsBothVersions() {
    AvroCodec<?> codec = v2.instance("evo.OrderPlaced_AvroCodec");
    AvroCodec<?> old = v1.instance("evo.OrderPlaced_AvroCodec");
    assertThat(codec.reads(old.fingerprint())).isTrue();
    assertThat(codec.reads(codec.fingerprint())).isTrue();
    assertThat(old.reads(codec.fingerprint())).isFalse();
  }

  @Test
  void aNewConsumerReadsRecordsOfBothProducers() throws Exception {
    Recording channel = new Recording();
    publish(v1, channel, v1Order("o-1", 3, "LARGE"));
    publish(v2, channel, v2Order("o-2", 5_000_000_000L, "SMALL", Optional.of("WELCOME")));

    Object log = v2.type("evo.OrderLog").getConstructor().newInstance();
    Dispatcher dispatcher = dispatcher(v2, log);
    dispatcher.dispatch(0, channel.delivery(0));
    dispatcher.dispatch(0, channel.delivery(1));

    assertThat(seen(log)).containsExactly(
        v2Order("o-1", 3, "LARGE", Optional.empty()), v2Order("o-2", 5_000_000_000L, "SMALL", Optional.of("WELCOME")))
        .inOrder();
  }

  @Test
  void anOldConsumerReadsOldRecordsAndRejectsNewOnesAsPermanentFailures() throws Exception {
    Recording channel = new Recording();
    publish(v1, channel, v1Order("o-1", 3, "SMALL"));
    publish(v2, channel, v2Order("o-2", 4, "SMALL", Optional.empty()));

    Object log = v1.type("evo.OrderLog").getConstructor().newInstance();
    Dispatcher dispatcher = dispatcher(v1, log);
    dispatcher.dispatch(0, channel.delivery(0));
    DecodeException e = assertThrows(DecodeException.class, () -> dispatcher.dispatch(0, channel.delivery(1)));
    assertThat(e).hasMessageThat().contains("OrderPlaced: the record was written with schema");
    assertThat(e).hasMessageThat().contains("which is neither the current schema");
    assertThat(e).hasMessageThat().contains("record the producer's schema in the consumer's schema history");
    assertThat(seen(log)).containsExactly(v1Order("o-1", 3, "SMALL"));
  }

  @Test
  void everyAvroRecordCarriesItsWriterSchemaFingerprint() throws Exception {
    Recording channel = new Recording();
    publish(v2, channel, v2Order("o-3", 1, "SMALL", Optional.empty()));
    AvroCodec<?> codec = v2.instance("evo.OrderPlaced_AvroCodec");
    assertThat(channel.headers.get(0).get(0).name()).isEqualTo(StandardHeaders.SCHEMA_FINGERPRINT);
    assertThat(channel.headers.get(0).get(0).stringValue()).isEqualTo(AvroCodec.hex(codec.fingerprint()));
    assertThat(codec.fingerprint())
        .isEqualTo(org.apache.avro.SchemaNormalization.parsingFingerprint64(codec.schema()));
  }

  @Test
  void aMalformedFingerprintHeaderIsADecodeError() throws Exception {
    Recording channel = new Recording();
    publish(v2, channel, v2Order("o-4", 1, "SMALL", Optional.empty()));
    Delivery delivery = channel.delivery(0);
    List<RecordHeader> headers = new ArrayList<>(delivery.headers());
    headers.add(RecordHeader.utf8(StandardHeaders.SCHEMA_FINGERPRINT, "not-hex"));
    Delivery bad = new Delivery("log", "evo.orders", 0, 9, 0, delivery.key(), delivery.value(), headers);
    Dispatcher dispatcher = dispatcher(v2, v2.type("evo.OrderLog").getConstructor().newInstance());
    DecodeException e = assertThrows(DecodeException.class, () -> dispatcher.dispatch(0, bad));
    assertThat(e).hasMessageThat().contains("is \"not-hex\", not a schema fingerprint");
  }

  // ---------------------------------------------------------------------------------- helpers

  private static Object v1Order(String id, int quantity, String size) throws Exception {
    Class<?> type = v1.type("evo.OrderPlaced");
    Class<?> sizes = v1.type("evo.OrderPlaced$Size");
    return type.getConstructor(String.class, int.class, sizes, String.class)
        .newInstance(id, quantity, constant(sizes, size), "note of " + id);
  }

  private static Object v2Order(String id, long quantity, String size, Optional<String> coupon) throws Exception {
    Class<?> type = v2.type("evo.OrderPlaced");
    Class<?> sizes = v2.type("evo.OrderPlaced$Size");
    return type.getConstructor(String.class, long.class, sizes, Optional.class)
        .newInstance(id, quantity, constant(sizes, size), coupon);
  }

  private static Object constant(Class<?> type, String name) {
    for (Object constant : type.getEnumConstants()) {
      if (((Enum<?>) constant).name().equals(name)) {
        return constant;
      }
    }
    throw new AssertionError(name);
  }

  private static void publish(AvroCompiled version, Recording channel, Object order) throws Exception {
    Object publisher = version.type("evo.Orders_Publisher").getConstructor(PublishChannel.class).newInstance(channel);
    version.type("evo.Orders").getMethod("placed", String.class, version.type("evo.OrderPlaced"))
        .invoke(publisher, "k", order);
  }

  private static Dispatcher dispatcher(AvroCompiled version, Object log) throws Exception {
    return (Dispatcher) version.type("evo.OrderLog_Dispatcher").getConstructor(log.getClass()).newInstance(log);
  }

  @SuppressWarnings("unchecked")
  private static List<Object> seen(Object log) throws Exception {
    return (List<Object>) log.getClass().getField("seen").get(log);
  }

  /** A channel that keeps what the publishers send, and hands it out as deliveries. */
  private static final class Recording implements PublishChannel {
    final List<byte[]> values = new ArrayList<>();
    final List<List<RecordHeader>> headers = new ArrayList<>();
    final List<String> eventTypes = new ArrayList<>();

    @Override
    public TopicDescriptor topic() {
      throw new UnsupportedOperationException();
    }

    @Override
    public Receipt publish(byte[] key, String eventType, byte[] value, List<RecordHeader> headers) {
      values.add(value);
      this.headers.add(headers);
      eventTypes.add(eventType);
      return new Receipt("evo.orders", 0, values.size() - 1, Instant.EPOCH);
    }

    @Override
    public CompletableFuture<Receipt> publishAsync(byte[] key, String eventType, byte[] value, List<RecordHeader> headers) {
      return CompletableFuture.completedFuture(publish(key, eventType, value, headers));
    }

    Delivery delivery(int index) {
      List<RecordHeader> all = new ArrayList<>();
      all.add(RecordHeader.utf8(StandardHeaders.EVENT_TYPE, eventTypes.get(index)));
      all.addAll(headers.get(index));
      return new Delivery("log", "evo.orders", 0, index, 0, null, values.get(index), all);
    }
  }
}
