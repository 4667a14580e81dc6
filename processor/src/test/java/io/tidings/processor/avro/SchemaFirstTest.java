package io.tidings.processor.avro;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import io.tidings.runtime.codec.AvroCodec;
import java.util.List;
import javax.tools.JavaFileObject;
import org.apache.avro.Schema;
import org.junit.jupiter.api.Test;

/**
 * Schema-first payloads: {@code @AvroSchema} names an {@code .avsc} resource, the Java type must
 * match it field by field, and a matching file's schema becomes the payload's schema.
 */
class SchemaFirstTest {
  private static final JavaFileObject TOPIC = JavaFileObjects.forSourceLines(
      "tickets.Tickets",
      "package tickets;",
      "import io.tidings.annotations.Format;",
      "import io.tidings.annotations.Topic;",
      "@Topic(name = \"tickets\", format = Format.AVRO)",
      "public interface Tickets {",
      "  void sold(Ticket ticket);",
      "}");

  private static JavaFileObject ticket(String resource, String... components) {
    return JavaFileObjects.forSourceLines(
        "tickets.Ticket",
        "package tickets;",
        "import io.tidings.annotations.AvroSchema;",
        "import io.tidings.annotations.Decimal;",
        "import java.math.BigDecimal;",
        "import java.util.Optional;",
        "import java.util.UUID;",
        "@AvroSchema(\"" + resource + "\")",
        "public record Ticket(",
        String.join(",\n", components) + ") {}");
  }

  @Test
  void aMatchingTypeUsesTheDeclaredSchema() throws Exception {
    AvroCompiled compiled = AvroCompiled.compile(
        List.of(),
        List.of(TOPIC, ticket("avro/schemafirst/Ticket.avsc",
            "UUID id", "int seats", "@Decimal(precision = 8, scale = 2) BigDecimal price", "Optional<String> note")),
        "-Werror");
    assertThat(compiled.compilation).succeededWithoutWarnings();
    AvroCodec<?> codec = compiled.instance("tickets.Ticket_AvroCodec");
    assertThat(codec.schema().getFullName()).isEqualTo("com.legacy.tickets.Ticket");
    assertThat(codec.schema().getField("seats").defaultVal()).isEqualTo(1);
    assertThat(codec.schema()).isEqualTo(new Schema.Parser().parse(
        getClass().getResourceAsStream("/avro/schemafirst/Ticket.avsc")));
  }

  @Test
  void everyDifferenceIsAnErrorOnTheField() {
    JavaFileObject ticket = ticket("avro/schemafirst/Ticket.avsc",
        "UUID id",
        "long seats",
        "@Decimal(precision = 8, scale = 3) BigDecimal price",
        "String note");
    Compilation compilation = AvroCompiled.compile(List.of(), List.of(TOPIC, ticket)).compilation;
    assertThat(compilation).hadErrorCount(3);
    assertThat(compilation)
        .hadErrorContaining("Ticket.seats does not match avro/schemafirst/Ticket.avsc: the Java type gives long, the"
            + " file declares int: change the Java field or the file so that they agree")
        .inFile(ticket)
        .onLineContaining("long seats");
    assertThat(compilation)
        .hadErrorContaining("Ticket.price does not match avro/schemafirst/Ticket.avsc: the Java type gives bytes"
            + " (decimal(8, 3)), the file declares bytes (decimal(8, 2))")
        .inFile(ticket)
        .onLineContaining("BigDecimal price");
    assertThat(compilation)
        .hadErrorContaining("Ticket.note does not match avro/schemafirst/Ticket.avsc: the Java type gives string,"
            + " the file declares union [null, string]")
        .inFile(ticket)
        .onLineContaining("String note");
  }

  @Test
  void aMissingOrExtraFieldIsAnError() {
    JavaFileObject ticket = ticket("avro/schemafirst/Ticket.avsc", "UUID id", "int seats");
    Compilation compilation = AvroCompiled.compile(List.of(), List.of(TOPIC, ticket)).compilation;
    assertThat(compilation).hadErrorCount(2);
    assertThat(compilation).hadErrorContaining(
        "Ticket.price does not match avro/schemafirst/Ticket.avsc: the Java type gives no field at position 3, the"
            + " file declares field price at position 3");
    assertThat(compilation).hadErrorContaining("Ticket.note does not match");
  }

  @Test
  void anUnparsableFileIsAnErrorOnTheType() {
    JavaFileObject ticket = ticket("avro/schemafirst/Broken.avsc", "UUID id");
    Compilation compilation = AvroCompiled.compile(List.of(), List.of(TOPIC, ticket)).compilation;
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("avro/schemafirst/Broken.avsc (the @AvroSchema of Ticket) is not an Avro schema: ")
        .inFile(ticket)
        .onLineContaining("public record Ticket(");
  }

  @Test
  void aMissingResourceIsAnErrorOnTheType() {
    JavaFileObject ticket = ticket("avro/schemafirst/Nope.avsc", "UUID id");
    Compilation compilation = AvroCompiled.compile(List.of(), List.of(TOPIC, ticket)).compilation;
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("Ticket names the schema file avro/schemafirst/Nope.avsc with @AvroSchema, but it is not"
            + " among the resources: put it in src/main/resources/avro/schemafirst/Nope.avsc, or fix the path")
        .inFile(ticket)
        .onLineContaining("public record Ticket(");
  }
}
