package io.tidings.benchmarks.jmh;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.module.blackbird.BlackbirdModule;
import io.tidings.runtime.codec.Codec;
import io.tidings.runtime.codec.JsonCodec;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Generated JSON codecs against jackson-databind, plain and with the Blackbird module, on the same
 * payload objects and the same bytes. Databind uses an {@link ObjectReader} and {@link
 * ObjectWriter} created once for the type, which is how a careful hand-written client uses it.
 * Every decoder reads the bytes databind wrote; the set-up checks that each side reads what the
 * other wrote, so the comparison is between codecs that agree on the wire format.
 *
 * <p>{@link #nestedEncodeStreamingFloor} is not a goal row: it encodes the nested event with the
 * same Jackson generator calls as the generated codec, written out by hand in one method, through
 * the same {@link JsonCodec#encode}. It shows what any encoder built on Jackson's generator costs,
 * and so how much of the generated codec's time is its own (see {@code
 * benchmarks/analysis/json-codec.md}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class CodecBenchmark {
  private final Small small = Small.sample();
  private final Nested nested = Nested.sample();
  private Codec<Small> smallCodec;
  private Codec<Nested> nestedCodec;

  private ObjectWriter smallWriter;
  private ObjectReader smallReader;
  private ObjectWriter nestedWriter;
  private ObjectReader nestedReader;
  private ObjectWriter smallBlackbirdWriter;
  private ObjectReader smallBlackbirdReader;
  private ObjectWriter nestedBlackbirdWriter;
  private ObjectReader nestedBlackbirdReader;
  private byte[] smallJson;
  private byte[] nestedJson;

  /** Builds the readers and writers once and checks that all codecs agree on the bytes. */
  @Setup
  public void setUp() throws Exception {
    GeneratedCode generated = GeneratedCode.load();
    smallCodec = generated.codec(Small.class); // Small_JsonCodec.INSTANCE
    nestedCodec = generated.codec(Nested.class); // Nested_JsonCodec.INSTANCE
    ObjectMapper databind = new ObjectMapper();
    ObjectMapper blackbird = new ObjectMapper().registerModule(new BlackbirdModule());
    smallWriter = databind.writerFor(Small.class);
    smallReader = databind.readerFor(Small.class);
    nestedWriter = databind.writerFor(Nested.class);
    nestedReader = databind.readerFor(Nested.class);
    smallBlackbirdWriter = blackbird.writerFor(Small.class);
    smallBlackbirdReader = blackbird.readerFor(Small.class);
    nestedBlackbirdWriter = blackbird.writerFor(Nested.class);
    nestedBlackbirdReader = blackbird.readerFor(Nested.class);
    smallJson = smallWriter.writeValueAsBytes(small);
    nestedJson = nestedWriter.writeValueAsBytes(nested);

    Agreement.check("Small", small, smallCodec.decode(smallJson));
    Agreement.check("Small", small, smallReader.readValue(smallCodec.encode(small)));
    Agreement.check("Nested", nested, nestedCodec.decode(nestedJson));
    Agreement.check("Nested", nested, nestedReader.readValue(nestedCodec.encode(nested)));
    Agreement.check("Small", small, smallBlackbirdReader.readValue(smallJson));
    Agreement.check("Nested", nested, nestedBlackbirdReader.readValue(nestedJson));
    if (!Arrays.equals(StreamingFloor.INSTANCE.encode(nested), nestedJson)) {
      throw new IllegalStateException("the hand-written streaming encoder disagrees with databind");
    }
  }

  /** The size of the small event's JSON, for the report. */
  public static int smallSize() throws Exception {
    return new ObjectMapper().writeValueAsBytes(Small.sample()).length;
  }

  /** The size of the nested event's JSON, for the report. */
  public static int nestedSize() throws Exception {
    return new ObjectMapper().writeValueAsBytes(Nested.sample()).length;
  }

  @Benchmark
  public byte[] smallEncodeTidings() {
    return smallCodec.encode(small);
  }

  @Benchmark
  public byte[] smallEncodeDatabind() throws Exception {
    return smallWriter.writeValueAsBytes(small);
  }

  @Benchmark
  public byte[] smallEncodeBlackbird() throws Exception {
    return smallBlackbirdWriter.writeValueAsBytes(small);
  }

  @Benchmark
  public Small smallDecodeTidings() {
    return smallCodec.decode(smallJson);
  }

  @Benchmark
  public Small smallDecodeDatabind() throws Exception {
    return smallReader.readValue(smallJson);
  }

  @Benchmark
  public Small smallDecodeBlackbird() throws Exception {
    return smallBlackbirdReader.readValue(smallJson);
  }

  @Benchmark
  public byte[] nestedEncodeTidings() {
    return nestedCodec.encode(nested);
  }

  @Benchmark
  public byte[] nestedEncodeDatabind() throws Exception {
    return nestedWriter.writeValueAsBytes(nested);
  }

  @Benchmark
  public byte[] nestedEncodeBlackbird() throws Exception {
    return nestedBlackbirdWriter.writeValueAsBytes(nested);
  }

  @Benchmark
  public Nested nestedDecodeTidings() {
    return nestedCodec.decode(nestedJson);
  }

  @Benchmark
  public Nested nestedDecodeDatabind() throws Exception {
    return nestedReader.readValue(nestedJson);
  }

  @Benchmark
  public Nested nestedDecodeBlackbird() throws Exception {
    return nestedBlackbirdReader.readValue(nestedJson);
  }

  @Benchmark
  public byte[] nestedEncodeStreamingFloor() {
    return StreamingFloor.INSTANCE.encode(nested);
  }

  /**
   * The nested event written with the generated codec's Jackson calls, by hand and in one method: no
   * helper, no nested codec, no collection writer. Encoding only.
   */
  private static final class StreamingFloor extends JsonCodec<Nested> {
    static final StreamingFloor INSTANCE = new StreamingFloor();

    private static final SerializedString ORDER_ID = new SerializedString("orderId");
    private static final SerializedString BOOKING = new SerializedString("booking");
    private static final SerializedString ADDRESS = new SerializedString("address");
    private static final SerializedString LINES = new SerializedString("lines");
    private static final SerializedString TAGS = new SerializedString("tags");
    private static final SerializedString STATUS = new SerializedString("status");
    private static final SerializedString ID = new SerializedString("id");
    private static final SerializedString CUSTOMER = new SerializedString("customer");
    private static final SerializedString ROOM = new SerializedString("room");
    private static final SerializedString CHANNEL = new SerializedString("channel");
    private static final SerializedString SEATS = new SerializedString("seats");
    private static final SerializedString PRICE_CENTS = new SerializedString("priceCents");
    private static final SerializedString CONFIRMED = new SerializedString("confirmed");
    private static final SerializedString SCORE = new SerializedString("score");
    private static final SerializedString STREET = new SerializedString("street");
    private static final SerializedString CITY = new SerializedString("city");
    private static final SerializedString POSTCODE = new SerializedString("postcode");
    private static final SerializedString COUNTRY = new SerializedString("country");
    private static final SerializedString SKU = new SerializedString("sku");
    private static final SerializedString DESCRIPTION = new SerializedString("description");
    private static final SerializedString QUANTITY = new SerializedString("quantity");
    private static final SerializedString UNIT_CENTS = new SerializedString("unitCents");

    private StreamingFloor() {
      super(Nested.class);
    }

    @Override
    protected void writeObject(JsonGenerator g, Nested value) throws IOException {
      g.writeStartObject();
      g.writeFieldName(ORDER_ID);
      g.writeString(value.orderId());
      Small booking = value.booking();
      g.writeFieldName(BOOKING);
      g.writeStartObject();
      g.writeFieldName(ID);
      g.writeString(booking.id());
      g.writeFieldName(CUSTOMER);
      g.writeString(booking.customer());
      g.writeFieldName(ROOM);
      g.writeString(booking.room());
      g.writeFieldName(CHANNEL);
      g.writeString(booking.channel());
      g.writeFieldName(SEATS);
      g.writeNumber(booking.seats());
      g.writeFieldName(PRICE_CENTS);
      g.writeNumber(booking.priceCents());
      g.writeFieldName(CONFIRMED);
      g.writeBoolean(booking.confirmed());
      g.writeFieldName(SCORE);
      g.writeNumber(booking.score());
      g.writeEndObject();
      Nested.Address address = value.address();
      g.writeFieldName(ADDRESS);
      g.writeStartObject();
      g.writeFieldName(STREET);
      g.writeString(address.street());
      g.writeFieldName(CITY);
      g.writeString(address.city());
      g.writeFieldName(POSTCODE);
      g.writeString(address.postcode());
      g.writeFieldName(COUNTRY);
      g.writeString(address.country());
      g.writeEndObject();
      List<Nested.Line> lines = value.lines();
      g.writeFieldName(LINES);
      g.writeStartArray();
      for (int i = 0; i < lines.size(); i++) {
        Nested.Line line = lines.get(i);
        g.writeStartObject();
        g.writeFieldName(SKU);
        g.writeString(line.sku());
        g.writeFieldName(DESCRIPTION);
        g.writeString(line.description());
        g.writeFieldName(QUANTITY);
        g.writeNumber(line.quantity());
        g.writeFieldName(UNIT_CENTS);
        g.writeNumber(line.unitCents());
        g.writeEndObject();
      }
      g.writeEndArray();
      List<String> tags = value.tags();
      g.writeFieldName(TAGS);
      g.writeStartArray();
      for (int i = 0; i < tags.size(); i++) {
        g.writeString(tags.get(i));
      }
      g.writeEndArray();
      g.writeFieldName(STATUS);
      g.writeString(value.status().name());
      g.writeEndObject();
    }

    @Override
    protected Nested readObject(JsonParser p) {
      throw new UnsupportedOperationException("the streaming floor only encodes");
    }
  }
}
