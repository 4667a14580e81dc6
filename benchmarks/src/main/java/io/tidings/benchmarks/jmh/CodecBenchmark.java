package io.tidings.benchmarks.jmh;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.module.blackbird.BlackbirdModule;
import io.tidings.runtime.codec.Codec;
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
}
