package io.tidings.processor.avro;

import static com.google.common.truth.Truth.assertWithMessage;

import io.tidings.runtime.codec.AvroCodec;
import io.tidings.runtime.codec.DecodeException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.avro.Conversions;
import org.apache.avro.Schema;
import org.apache.avro.data.TimeConversions;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Assertions;

/**
 * Property-style interoperability of the generated Avro codecs with Avro's own generic reader and
 * writer (logical-type conversions registered), over every supported type: for many random values
 * (a random base seed each run, printed on failure), the codec writes exactly the bytes {@code
 * GenericDatumWriter} writes for the same value, {@code GenericDatumReader} reads the codec's bytes
 * as that value, and the codec reads Avro's bytes back as it.
 */
class AvroInteropTest {
  private static final int SEEDS = 300;
  private static final long BASE = new java.util.Random().nextLong();
  private static final Map<String, int[]> DECIMALS = Map.of("amount", new int[] {12, 3}, "rounded", new int[] {5, 0});

  private static AvroCompiled compiled;
  private static GenericData model;

  @BeforeAll
  static void compile() {
    compiled = AvroCompiled.compile(List.of("good"), List.of(), "-Werror");
    assertWithMessage("%s", compiled.compilation.diagnostics())
        .that(compiled.compilation.status())
        .isEqualTo(com.google.testing.compile.Compilation.Status.SUCCESS);
    model = new GenericData();
    model.addLogicalTypeConversion(new TimeConversions.TimestampMicrosConversion());
    model.addLogicalTypeConversion(new TimeConversions.LocalTimestampMicrosConversion());
    model.addLogicalTypeConversion(new TimeConversions.DateConversion());
    model.addLogicalTypeConversion(new Conversions.UUIDConversion());
    model.addLogicalTypeConversion(new Conversions.DecimalConversion());
  }

  @Test
  void codecAndGenericAvroAgreeOnRandomValues() throws Exception {
    for (String name : List.of("shop.Everything", "shop.Tree", "shop.Address")) {
      Class<?> type = compiled.type(name);
      AvroCodec<Object> codec = compiled.instance(name + "_AvroCodec");
      Schema schema = codec.schema();
      for (int i = 0; i < SEEDS; i++) {
        long seed = BASE + i;
        String context = name + " seed " + seed;
        Object value = new AvroArbitrary(seed, DECIMALS).of(type);
        Object generic = toGeneric(value, schema);

        byte[] ours = codec.encode(value);
        byte[] theirs = write(schema, generic);
        Assertions.assertArrayEquals(theirs, ours, context + ": the codec writes what GenericDatumWriter writes");

        Object read = new GenericDatumReader<Object>(schema, schema, model)
            .read(null, DecoderFactory.get().binaryDecoder(ours, null));
        assertWithMessage(context + ": GenericDatumReader reads the codec's bytes")
            .that(canonical(read))
            .isEqualTo(canonical(generic));

        Object decoded = codec.decode(theirs);
        assertWithMessage(context + ": the codec reads GenericDatumWriter's bytes")
            .that(canonical(toGeneric(decoded, schema)))
            .isEqualTo(canonical(generic));
        if (type.isRecord() && !name.equals("shop.Everything")) { // Everything holds a byte[]
          assertWithMessage(context).that(decoded).isEqualTo(value);
        }
      }
    }
  }

  @Test
  void trailingBytesAndTruncatedValuesAreDecodeErrors() {
    AvroCodec<Object> codec = compiled.instance("shop.Tree_AvroCodec");
    Object tree = new AvroArbitrary(1, DECIMALS).of(compiled.type("shop.Tree"));
    byte[] bytes = codec.encode(tree);
    byte[] longer = java.util.Arrays.copyOf(bytes, bytes.length + 1);
    DecodeException trailing = Assertions.assertThrows(DecodeException.class, () -> codec.decode(longer));
    assertWithMessage(trailing.getMessage()).that(trailing.getMessage()).contains("Tree: bytes remain after the record");
    DecodeException truncated =
        Assertions.assertThrows(DecodeException.class, () -> codec.decode(java.util.Arrays.copyOf(bytes, 0)));
    assertWithMessage(truncated.getMessage()).that(truncated.getMessage()).startsWith("Tree:");
  }

  @Test
  void aMissingRequiredValueNamesTheField() throws Exception {
    AvroCodec<Object> codec = compiled.instance("shop.Tree_AvroCodec");
    Object tree = compiled.type("shop.Tree").getDeclaredConstructors()[0].newInstance(null, List.of());
    IllegalArgumentException e = Assertions.assertThrows(IllegalArgumentException.class, () -> codec.encode(tree));
    assertWithMessage(e.getMessage()).that(e.getMessage()).contains("Tree.label is null, but its Avro schema does not allow null");
  }

  @Test
  void aDecimalWithTooManyDigitsIsRejectedWhenEncoding() throws Exception {
    AvroCodec<Object> codec = compiled.instance("shop.Everything_AvroCodec");
    Object value = new AvroArbitrary(7, DECIMALS).of(compiled.type("shop.Everything"));
    Method amount = value.getClass().getMethod("amount");
    assertWithMessage("precondition").that(amount.invoke(value)).isNotNull();
    Object[] args = new Object[value.getClass().getRecordComponents().length];
    Class<?>[] types = new Class<?>[args.length];
    for (int i = 0; i < args.length; i++) {
      var component = value.getClass().getRecordComponents()[i];
      types[i] = component.getType();
      args[i] = component.getName().equals("amount")
          ? new java.math.BigDecimal("1.2345")
          : component.getAccessor().invoke(value);
    }
    Object tooPrecise = value.getClass().getDeclaredConstructor(types).newInstance(args);
    IllegalArgumentException e = Assertions.assertThrows(IllegalArgumentException.class, () -> codec.encode(tooPrecise));
    assertWithMessage(e.getMessage()).that(e.getMessage()).contains("1.2345 has more than 3 digits after the point");
  }

  @Test
  void aValueOutOfRangeForItsJavaTypeNamesTheField() throws Exception {
    AvroCodec<Object> codec = compiled.instance("shop.Everything_AvroCodec");
    Object value = new AvroArbitrary(3, DECIMALS).of(compiled.type("shop.Everything"));
    GenericData.Record generic = (GenericData.Record) toGeneric(value, codec.schema());
    generic.put("small", 40_000);
    byte[] bytes = write(codec.schema(), generic);
    DecodeException e = Assertions.assertThrows(DecodeException.class, () -> codec.decode(bytes));
    assertWithMessage(e.getMessage()).that(e.getMessage())
        .isEqualTo("Everything.small: expected a short, found the int 40000");
  }

  private static byte[] write(Schema schema, Object generic) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(out, null);
    new GenericDatumWriter<Object>(schema, model).write(generic, encoder);
    encoder.flush();
    return out.toByteArray();
  }

  /** The value as Avro's generic representation, built independently of the generated codec. */
  static Object toGeneric(Object value, Schema schema) throws ReflectiveOperationException {
    switch (schema.getType()) {
      case UNION:
        Object content = value instanceof Optional<?> optional ? optional.orElse(null) : value;
        return content == null ? null : toGeneric(content, schema.getTypes().get(1));
      case RECORD:
        GenericData.Record record = new GenericData.Record(schema);
        for (Schema.Field field : schema.getFields()) {
          record.put(field.name(), toGeneric(property(value, field.name()), field.schema()));
        }
        return record;
      case ENUM:
        return new GenericData.EnumSymbol(schema, ((Enum<?>) value).name());
      case ARRAY:
        List<Object> items = new ArrayList<>();
        for (Object item : (Collection<?>) value) {
          items.add(toGeneric(item, schema.getElementType()));
        }
        return items;
      case MAP:
        Map<String, Object> map = new LinkedHashMap<>();
        for (Map.Entry<?, ?> entry : ((Map<?, ?>) value).entrySet()) {
          map.put((String) entry.getKey(), toGeneric(entry.getValue(), schema.getValueType()));
        }
        return map;
      case INT:
        if (value instanceof Character c) {
          return (int) c;
        }
        return value instanceof Number n ? (Object) n.intValue() : value;
      case BYTES:
        return value instanceof byte[] bytes ? ByteBuffer.wrap(bytes) : value;
      default:
        return value;
    }
  }

  /** A generic value in a form that compares by content: maps sorted, text as String, bytes as hex. */
  private static Object canonical(Object value) {
    if (value instanceof GenericData.Record record) {
      Map<String, Object> fields = new LinkedHashMap<>();
      for (Schema.Field field : record.getSchema().getFields()) {
        fields.put(field.name(), canonical(record.get(field.pos())));
      }
      return fields;
    } else if (value instanceof Map<?, ?> map) {
      Map<String, Object> sorted = new java.util.TreeMap<>();
      map.forEach((k, v) -> sorted.put(k.toString(), canonical(v)));
      return sorted;
    } else if (value instanceof Collection<?> items) {
      List<Object> list = new ArrayList<>();
      items.forEach(item -> list.add(canonical(item)));
      return list;
    } else if (value instanceof CharSequence || value instanceof GenericData.EnumSymbol) {
      return value.toString();
    } else if (value instanceof ByteBuffer buffer) {
      return java.util.HexFormat.of().formatHex(buffer.array(), buffer.arrayOffset() + buffer.position(), buffer.arrayOffset() + buffer.limit());
    }
    return value;
  }

  private static Object property(Object value, String name) throws ReflectiveOperationException {
    Class<?> type = value.getClass();
    if (type.isRecord()) {
      return type.getMethod(name).invoke(value);
    }
    return type.getMethod("get" + Character.toUpperCase(name.charAt(0)) + name.substring(1)).invoke(value);
  }
}
