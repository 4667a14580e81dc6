package io.tidings.processor.payload;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.tidings.runtime.codec.JsonCodec;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Property-style interoperability of the generated codecs with a plain Jackson {@code ObjectMapper}
 * (JSR-310 and JDK 8 modules registered, defaults otherwise), over every supported type: for many
 * random values of each payload, what the codec writes the mapper reads back as the same value,
 * what the mapper writes (timestamps as numbers and arrays, or as ISO-8601 text) the codec reads
 * back as the same value, and the codec reads its own output back exactly.
 */
class JsonInteropTest {
  static final List<String> GOOD =
      List.of(
          "good/example/Color.java",
          "good/example/Scalars.java",
          "good/example/Address.java",
          "good/example/Containers.java",
          "good/example/Document.java",
          "good/example/Invoice.java",
          "good/example/LineItem.java",
          "good/example/Outer.java",
          "good/example/Tree.java",
          "good/example/Ping.java",
          "good/example/Pong.java",
          "good/example/Empty.java",
          "good/example/BookingCreated.java",
          "good/example/Guest.java",
          "good/example/Awkward.java",
          "good/example/Retired.java",
          "good/example/Doomed.java");

  private static final int SEEDS = 400;

  private static Compiled compiled;
  private static final ObjectMapper MAPPER =
      JsonMapper.builder().addModule(new JavaTimeModule()).addModule(new Jdk8Module()).build();
  private static final ObjectMapper ISO_MAPPER =
      MAPPER
          .copy()
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS);

  @BeforeAll
  static void compile() {
    compiled = Compiled.compileOk(GOOD);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Scalars",
        "Containers",
        "Invoice",
        "Outer$Inner",
        "Tree",
        "Ping",
        "Pong",
        "Address",
        "LineItem",
        "Empty",
        "BookingCreated",
        "Guest",
        "Awkward"
      })
  void randomValuesRoundTripBothWays(String simpleName) throws Exception {
    Class<?> type = compiled.type("example." + simpleName);
    JsonCodec<Object> codec =
        compiled.codec("example." + simpleName.replace('$', '_') + "_JsonCodec");
    for (long seed = 0; seed < SEEDS; seed++) {
      Object value = new Arbitrary(seed * 7919 + simpleName.hashCode()).of(type);
      String context = simpleName + " seed " + seed;

      byte[] ours = codec.encode(value);
      String json = new String(ours, StandardCharsets.UTF_8);
      SameValue.assertSame(value, codec.decode(ours), false, context + " (codec → codec) " + json);
      SameValue.assertSame(
          value, MAPPER.readValue(ours, type), true, context + " (codec → Jackson) " + json);

      byte[] theirs = MAPPER.writeValueAsBytes(value);
      SameValue.assertSame(
          value,
          codec.decode(theirs),
          true,
          context + " (Jackson → codec) " + new String(theirs, StandardCharsets.UTF_8));
      byte[] iso = ISO_MAPPER.writeValueAsBytes(value);
      SameValue.assertSame(
          value,
          codec.decode(iso),
          true,
          context + " (Jackson ISO-8601 → codec) " + new String(iso, StandardCharsets.UTF_8));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"Scalars", "Invoice", "Tree"})
  void encodingIsDeterministic(String simpleName) {
    Class<?> type = compiled.type("example." + simpleName);
    JsonCodec<Object> codec = compiled.codec("example." + simpleName + "_JsonCodec");
    Object value = new Arbitrary(42).of(type);
    assertEquals(
        new String(codec.encode(value), StandardCharsets.UTF_8),
        new String(codec.encode(codec.decode(codec.encode(value))), StandardCharsets.UTF_8));
  }
}
