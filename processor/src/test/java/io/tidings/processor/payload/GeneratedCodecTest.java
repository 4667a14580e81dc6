package io.tidings.processor.payload;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import io.tidings.runtime.codec.DecodeException;
import io.tidings.runtime.codec.JsonCodec;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The generated codecs through their front door ({@code encode}/{@code decode}): strict about what
 * a payload needs, lenient about what it does not know, precise about where bad input is; and the
 * code itself: lint-clean, deferred until reached types exist, never written twice.
 */
class GeneratedCodecTest {
  private static Compiled compiled;
  private static JsonCodec<Object> bookings;

  @BeforeAll
  static void compile() {
    compiled = Compiled.compileOk(JsonInteropTest.GOOD);
    bookings = compiled.codec("example.BookingCreated_JsonCodec");
  }

  @Test
  void generatedCodecsCompileWithoutAnyWarningUnderXlintAll() {
    Compiled strict = Compiled.compile(JsonInteropTest.GOOD, "-Xlint:all", "-Werror");
    assertThat(strict.compilation).succeededWithoutWarnings();
  }

  @Test
  void aWrongTokenNamesTheTypeTheFieldAndWhatWasFound() {
    assertEquals(
        "BookingCreated.seats: expected a number (int), found \"three\"",
        decodeError(bookings, "{\"seats\":\"three\"}"));
    assertEquals(
        "BookingCreated.seats: expected a number (int), found 3000000000",
        decodeError(bookings, "{\"seats\":3000000000}"));
    assertEquals(
        "BookingCreated.bookingId: expected a UUID such as"
            + " \"123e4567-e89b-12d3-a456-426614174000\", found \"b-1\"",
        decodeError(bookings, "{\"seats\":1,\"bookingId\":\"b-1\"}"));
    assertEquals(
        "BookingCreated.color: expected one of Color's constants [RED, GREEN, BLUE], found"
            + " \"PURPLE\"",
        decodeError(bookings, "{\"seats\":1,\"color\":\"PURPLE\"}"));
  }

  @Test
  void aMissingOrNullPrimitiveIsAnError() {
    assertThat(decodeError(bookings, "{\"customer\":\"ann\"}"))
        .startsWith("BookingCreated.seats: missing, and the field is a primitive");
    assertEquals(
        "BookingCreated.seats: expected a number (int), found null",
        decodeError(bookings, "{\"seats\":null}"));
  }

  @Test
  void nestedErrorsGiveThePathFromTheRoot() {
    assertEquals(
        "BookingCreated.guests[1].name: expected a string, found 5",
        decodeError(bookings, "{\"seats\":1,\"guests\":[{\"name\":\"a\"},{\"name\":5}]}"));
    assertEquals(
        "BookingCreated.guests[0].companion.birthday: expected a date such as \"2024-05-31\","
            + " found \"yesterday\"",
        decodeError(
            bookings, "{\"seats\":1,\"guests\":[{\"companion\":{\"birthday\":\"yesterday\"}}]}"));
    assertEquals(
        "BookingCreated.prices[\"a b\"]: expected a decimal number, found \"x\"",
        decodeError(bookings, "{\"seats\":1,\"prices\":{\"a b\":\"x\"}}"));
    assertEquals(
        "BookingCreated.guests[0]: expected an object (Guest), found \"ann\"",
        decodeError(bookings, "{\"seats\":1,\"guests\":[\"ann\"]}"));
  }

  @Test
  void malformedInputIsADecodeExceptionNamingTheType() {
    assertThat(decodeError(bookings, "{\"seats\":1,"))
        .startsWith(
            "BookingCreated.seats: malformed JSON at line 1, column 12: Unexpected end-of-input");
    assertThat(decodeError(bookings, "{\"seats\":1,\"guests\":[{\"name\":tru}]}"))
        .startsWith("BookingCreated.guests[0].name: malformed JSON at line 1");
    assertEquals(
        "BookingCreated: expected an object, found an array", decodeError(bookings, "[1]"));
    assertEquals(
        "BookingCreated: the value is empty, but a JSON object is expected",
        decodeError(bookings, ""));
    assertThat(decodeError(bookings, "{\"seats\":1} {}"))
        .startsWith("BookingCreated: found an object after the JSON object (at byte 12)");
    DecodeException nullBytes = assertThrows(DecodeException.class, () -> bookings.decode(null));
    assertThat(nullBytes).hasMessageThat().startsWith("BookingCreated: the record has no value");
  }

  @Test
  void unknownFieldsAreSkippedAndMissingOnesAreNullOrEmpty() throws Exception {
    Object booking =
        bookings.decode(
            bytes(
                "{\"extra\":{\"a\":[1,2,{\"b\":null}]},\"seats\":2,\"more\":[[]],\"also\":null}"));
    assertEquals(2, component(booking, "seats"));
    assertNull(component(booking, "customer"));
    assertNull(component(booking, "guests"));
    assertEquals(Optional.empty(), component(booking, "note"));

    JsonCodec<Object> invoices = compiled.codec("example.Invoice_JsonCodec");
    Object invoice = invoices.decode(bytes("{\"lines\":1,\"paid\":true,\"unknown\":1}"));
    assertEquals(Optional.empty(), invoice.getClass().getMethod("getMemo").invoke(invoice));
    assertThat(decodeError(invoices, "{\"lines\":1}"))
        .startsWith("Invoice.paid: missing, and the field is a primitive");
  }

  @Test
  void fieldsInAnyOrderRepeatedOrInterleavedWithUnknownOnesAreRead() throws Exception {
    String uuid = "123e4567-e89b-12d3-a456-426614174000";
    Object inOrderThenNot =
        bookings.decode(
            bytes(
                "{\"bookingId\":\""
                    + uuid
                    + "\",\"customer\":\"ann\",\"extra\":{\"seats\":9},\"seats\":3,"
                    + "\"color\":\"RED\",\"customer\":\"bob\"}"));
    assertEquals(uuid, component(inOrderThenNot, "bookingId").toString());
    assertEquals("bob", component(inOrderThenNot, "customer"));
    assertEquals(3, component(inOrderThenNot, "seats"));
    assertEquals("RED", component(inOrderThenNot, "color").toString());

    Object reversed =
        bookings.decode(bytes("{\"color\":\"BLUE\",\"seats\":4,\"customer\":\"cy\"}"));
    assertEquals("BLUE", component(reversed, "color").toString());
    assertEquals(4, component(reversed, "seats"));
    assertEquals("cy", component(reversed, "customer"));

    Object allInOrderThenUnknown =
        bookings.decode(
            bytes(
                "{\"bookingId\":null,\"customer\":\"di\",\"seats\":5,\"at\":null,"
                    + "\"note\":\"n\",\"guests\":[],\"prices\":{},\"color\":\"GREEN\","
                    + "\"later\":[1],\"seats\":6}"));
    assertEquals("di", component(allInOrderThenUnknown, "customer"));
    assertEquals(6, component(allInOrderThenUnknown, "seats"));
    assertEquals(Optional.of("n"), component(allInOrderThenUnknown, "note"));
    assertEquals("GREEN", component(allInOrderThenUnknown, "color").toString());
  }

  @Test
  void aPayloadThatRejectsWhatWasReadIsADecodeExceptionWithThePath() {
    JsonCodec<Object> checked =
        Compiled.compileOk(List.of("validated/example/Checked.java"))
            .codec("example.Checked_JsonCodec");
    assertEquals(
        "Checked: Checked rejected the values read (java.lang.IllegalArgumentException: seats must"
            + " not be negative)",
        decodeError(checked, "{\"name\":\"a\",\"seats\":-1}"));
    assertEquals(
        "Checked.parts[1]: Checked rejected the values read (java.lang.NullPointerException: name)",
        decodeError(
            checked,
            "{\"name\":\"a\",\"seats\":1,\"parts\":[{\"name\":\"b\",\"seats\":0},{\"seats\":0}]}"));
  }

  @Test
  void aNullMapKeyCannotBeEncoded() throws Exception {
    Map<String, Object> prices = new HashMap<>();
    prices.put(null, java.math.BigDecimal.ONE);
    Object booking = newRecord("example.BookingCreated", Map.of("prices", prices, "seats", 1));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> bookings.encode(booking));
    assertThat(e).hasMessageThat().startsWith("BookingCreated.prices: the map has a null key");
  }

  @Test
  void aCyclicObjectGraphFailsCleanlyInsteadOfOverflowingTheStack() throws Exception {
    List<Object> children = new ArrayList<>();
    Object tree = newRecord("example.Tree", Map.of("name", "loop", "children", children));
    children.add(tree);
    JsonCodec<Object> trees = compiled.codec("example.Tree_JsonCodec");
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> trees.encode(tree));
    assertThat(e).hasMessageThat().startsWith("cannot encode Tree as JSON");
  }

  @Test
  void mutuallyRecursiveCodecsInitialiseInAnyOrder() throws Exception {
    // Pong's codec first, then Ping's: neither waits on the other's static initialiser.
    JsonCodec<Object> pongs = compiled.codec("example.Pong_JsonCodec");
    JsonCodec<Object> pings = compiled.codec("example.Ping_JsonCodec");
    String json = "{\"id\":\"a\",\"pong\":{\"hits\":1,\"replies\":[{\"id\":\"b\",\"pong\":null}]}}";
    assertEquals(json, new String(pings.encode(pings.decode(bytes(json))), StandardCharsets.UTF_8));
    assertThat(pongs.type().getName()).isEqualTo("example.Pong");
  }

  @Test
  void rootsThatReachATypeNotGeneratedYetAreDeferredToTheNextRound() {
    CodecTestProcessor codecs = new CodecTestProcessor();
    Compilation compilation =
        Compiler.javac()
            .withProcessors(new LateTypeProcessor(), codecs)
            .compile(
                JavaFileObjects.forResource("payload/deferred/late/Waiting.java"),
                JavaFileObjects.forResource("payload/deferred/late/Heir.java"));
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("late.Waiting_JsonCodec");
    assertThat(compilation).generatedSourceFile("late.Later_JsonCodec");
    assertThat(compilation)
        .generatedSourceFile("late.Heir_JsonCodec")
        .contentsAsUtf8String()
        .contains("case \"name\" -> value.setName(Json.readString(p));");
    assertThat(codecs.analyses).hasSize(4);
    assertThat(codecs.analyses.get(0).deferred()).isTrue(); // Waiting reaches Later
    assertThat(codecs.analyses.get(1).deferred()).isTrue(); // Heir extends LaterBase
    assertThat(codecs.analyses.get(0).ok()).isFalse();
    assertThat(codecs.analyses.get(2).ok()).isTrue();
    assertThat(codecs.analyses.get(3).ok()).isTrue();
  }

  @Test
  void aCodecAlreadyOnTheClassPathIsNotWrittenAgain() {
    Compiled withLibraryCodec =
        Compiled.compileOk(
            List.of(
                "good/example/Address.java",
                "classpath/example/Visit.java",
                "classpath/example/Address_JsonCodec.java"));
    assertThat(withLibraryCodec.compilation).generatedSourceFile("example.Visit_JsonCodec");
    assertThat(
            withLibraryCodec.compilation.generatedSourceFiles().stream()
                .map(f -> f.getName())
                .toList())
        .doesNotContain("/SOURCE_OUTPUT/example/Address_JsonCodec.java");
  }

  private static String decodeError(JsonCodec<Object> codec, String json) {
    return assertThrows(DecodeException.class, () -> codec.decode(bytes(json))).getMessage();
  }

  private static byte[] bytes(String json) {
    return json.getBytes(StandardCharsets.UTF_8);
  }

  private static Object component(Object record, String name) throws Exception {
    Method accessor = record.getClass().getMethod(name);
    return accessor.invoke(record);
  }

  /** A record with the given components, the others zero, null or empty. */
  private static Object newRecord(String type, Map<String, Object> values) throws Exception {
    Class<?> cls = compiled.type(type);
    RecordComponent[] components = cls.getRecordComponents();
    Class<?>[] types = new Class<?>[components.length];
    Object[] args = new Object[components.length];
    for (int i = 0; i < components.length; i++) {
      types[i] = components[i].getType();
      args[i] = values.get(components[i].getName());
      if (args[i] == null && types[i] == int.class) {
        args[i] = 0;
      } else if (args[i] == null && types[i] == Optional.class) {
        args[i] = Optional.empty();
      } else if (args[i] == null && types[i] == List.class) {
        args[i] = Collections.emptyList();
      }
    }
    return cls.getDeclaredConstructor(types).newInstance(args);
  }
}
