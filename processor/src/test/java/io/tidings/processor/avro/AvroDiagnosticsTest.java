package io.tidings.processor.avro;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every Avro diagnostic: what Avro cannot represent, and every compatibility rule in every mode
 * against a recorded history, each with its text, file and line.
 */
class AvroDiagnosticsTest {
  @TempDir Path history;

  // ------------------------------------------------------------------------ schema derivation

  @Test
  void typesAvroCannotRepresentAreErrorsOnTheField() {
    JavaFileObject file = AvroCompiled.of(AvroCompiled.RESOURCES.resolve("bad/unsupported/Unsupported.java"));
    Compilation compilation = AvroCompiled.compile(List.of(), List.of(file)).compilation;
    assertThat(compilation).hadErrorCount(7);
    assertThat(compilation)
        .hadErrorContaining(
            "Unsupported.Priced.undeclared is a BigDecimal without @Decimal, but an Avro decimal needs a precision and"
                + " a scale: annotate it @io.tidings.annotations.Decimal(precision = 10, scale = 2)")
        .inFile(file)
        .onLineContaining("BigDecimal undeclared");
    assertThat(compilation)
        .hadErrorContaining(
            "Unsupported.Priced.impossible has @Decimal(precision = 2, scale = 3), which Avro cannot represent: use a"
                + " precision of at least 1 and a scale from 0 to the precision")
        .inFile(file)
        .onLineContaining("BigDecimal impossible");
    assertThat(compilation)
        .hadErrorContaining("Unsupported.Priced.huge is a BigInteger, which Avro has no type for: use long, or BigDecimal")
        .inFile(file)
        .onLineContaining("BigInteger huge");
    assertThat(compilation)
        .hadErrorContaining("Unsupported.Priced.when is an OffsetDateTime, whose offset Avro has no type for: use Instant")
        .inFile(file)
        .onLineContaining("OffsetDateTime when");
    assertThat(compilation)
        .hadErrorContaining("Unsupported.Priced.timeout is a Duration")
        .inFile(file)
        .onLineContaining("Duration timeout");
    assertThat(compilation)
        .hadErrorContaining("Unsupported.Priced.prices is a BigDecimal without @Decimal")
        .inFile(file)
        .onLineContaining("List<BigDecimal> prices");
    assertThat(compilation)
        .hadErrorContaining(
            "Unsupported.Priced.a$b uses the name \"a$b\", which is not a valid Avro name ([A-Za-z_][A-Za-z0-9_]*):"
                + " rename it")
        .inFile(file)
        .onLineContaining("String a$b");
  }

  @Test
  void anEnumWithoutConstantsIsAnError() {
    JavaFileObject topic = JavaFileObjects.forSourceLines(
        "plain.Flags",
        "package plain;",
        "import io.tidings.annotations.Format;",
        "import io.tidings.annotations.Topic;",
        "@Topic(name = \"flags\", format = Format.AVRO)",
        "public interface Flags {",
        "  void sent(Flag flag);",
        "  enum Nothing {}",
        "  record Flag(Nothing state) {}",
        "}");
    Compilation compilation = AvroCompiled.compile(List.of(), List.of(topic)).compilation;
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "via Flags.sent(flag): Flags.Flag.state is the enum Flags.Nothing, which has no constants, but an Avro enum"
                + " needs a symbol: add one")
        .inFile(topic)
        .onLineContaining("void sent(Flag flag)");
  }

  @Test
  void anAvroTopicWithoutAvroOnTheClassPathSaysWhatToAdd() {
    List<java.io.File> classpath = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
      if (!entry.contains("org/apache/avro") && !entry.contains("org\\apache\\avro")) {
        classpath.add(new java.io.File(entry));
      }
    }
    JavaFileObject topic = JavaFileObjects.forSourceLines(
        "plain.Notes",
        "package plain;",
        "import io.tidings.annotations.Format;",
        "import io.tidings.annotations.Topic;",
        "@Topic(name = \"notes\", format = Format.AVRO)",
        "public interface Notes {",
        "  void sent(Note note);",
        "  record Note(String text) {}",
        "}");
    Compilation compilation = com.google.testing.compile.Compiler.javac()
        .withProcessors(new io.tidings.processor.TidingsProcessor())
        .withClasspath(classpath)
        .compile(topic);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "Notes is a Format.AVRO topic, but org.apache.avro:avro is not on the compile class path (its generated"
                + " codecs call it): add the dependency org.apache.avro:avro")
        .inFile(topic)
        .onLineContaining("format = Format.AVRO");
  }

  // ------------------------------------------------------------------------ compatibility

  private static final String V1 =
      schema("{\"name\":\"id\",\"type\":\"string\"}", "{\"name\":\"count\",\"type\":\"int\"}", COLOR_RED_GREEN());

  private static String COLOR_RED_GREEN() {
    return color("RED", "GREEN");
  }

  private static String color(String... symbols) {
    return "{\"name\":\"color\",\"type\":{\"type\":\"enum\",\"name\":\"Color\",\"namespace\":\"compat.Item\",\"symbols\":[\""
        + String.join("\",\"", symbols) + "\"]}}";
  }

  private static String schema(String... fields) {
    return "{\"type\":\"record\",\"name\":\"Item\",\"namespace\":\"compat\",\"fields\":[" + String.join(",", fields) + "]}";
  }

  private static final String ID = "String id";
  private static final String COUNT = "int count";
  private static final String COLOR = "Color color";

  private Compilation compile(String mode, List<String> versions, JavaFileObject item) throws IOException {
    Path folder = history.resolve("compat.Item");
    Files.createDirectories(folder);
    for (int i = 0; i < versions.size(); i++) {
      Files.writeString(folder.resolve("v" + (i + 1) + ".avsc"), versions.get(i));
    }
    JavaFileObject topic = JavaFileObjects.forSourceLines(
        "compat.Items",
        "package compat;",
        "import io.tidings.annotations.Compatibility;",
        "import io.tidings.annotations.Format;",
        "import io.tidings.annotations.Topic;",
        "@Topic(name = \"items\", format = Format.AVRO, compatibility = Compatibility." + mode + ")",
        "public interface Items {",
        "  void sent(Item item);",
        "}");
    return AvroCompiled.compile(List.of(), List.of(topic, item), "-Atidings.avro.history=" + history).compilation;
  }

  private static JavaFileObject item(String... components) {
    return item(List.of("RED", "GREEN"), components);
  }

  private static JavaFileObject item(List<String> colors, String... components) {
    List<String> lines = new ArrayList<>();
    lines.add("package compat;");
    lines.add("import java.util.Optional;");
    lines.add("public record Item(");
    for (int i = 0; i < components.length; i++) {
      lines.add("    " + components[i] + (i + 1 < components.length ? "," : ") {"));
    }
    lines.add("  public enum Color { " + String.join(", ", colors) + " }");
    lines.add("}");
    return JavaFileObjects.forSourceLines("compat.Item", lines);
  }

  @Test
  void backwardRejectsANewFieldWithoutADefault() throws IOException {
    JavaFileObject item = item(ID, COUNT, COLOR, "String extra");
    Compilation compilation = compile("BACKWARD", List.of(V1), item);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "Item.extra is a new field without a default: this breaks BACKWARD compatibility with the recorded v1 ("
                + history.resolve("compat.Item").resolve("v1.avsc")
                + "), because consumers with the new schema could not read records written with v1"
                + " [Avro: READER_FIELD_MISSING_DEFAULT_VALUE at /fields/3]. Fix: declare it Optional<...> or"
                + " @Nullable, so it defaults to null, or remove it; or, if no consumer needs old records, set"
                + " @Topic(compatibility = Compatibility.NONE)")
        .inFile(item)
        .onLineContaining("String extra");
  }

  @Test
  void backwardAcceptsANewOptionalFieldARemovedFieldAndAWidenedNumber() throws IOException {
    Compilation compilation = compile("BACKWARD", List.of(V1), item(ID, "long count", COLOR, "Optional<String> extra"));
    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningContaining("changed since its recorded version v1 and is compatible (BACKWARD)");
    Compilation removed = compile("BACKWARD", List.of(V1), item(ID, COLOR));
    assertThat(removed).succeeded();
  }

  @Test
  void backwardRejectsATypeChangeAvroCannotConvert() throws IOException {
    JavaFileObject item = item(ID, "String count", COLOR);
    Compilation compilation = compile("BACKWARD", List.of(V1), item);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("Item.count changed type from int to string, which Avro cannot convert: this breaks BACKWARD")
        .inFile(item)
        .onLineContaining("String count");
  }

  @Test
  void backwardRejectsARemovedEnumConstant() throws IOException {
    JavaFileObject item = item(List.of("RED"), ID, COUNT, COLOR);
    Compilation compilation = compile("BACKWARD", List.of(V1), item);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("Item.color lost enum constants that records of v1 may hold: this breaks BACKWARD")
        .inFile(item)
        .onLineContaining("Color color");
    assertThat(compilation).hadErrorContaining("Fix: keep the constants of v1");
  }

  @Test
  void forwardRejectsARemovedFieldWithoutADefault() throws IOException {
    JavaFileObject item = item(ID, COLOR);
    Compilation compilation = compile("FORWARD", List.of(V1), item);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "Item.count was removed or renamed, but v1 declares it without a default: this breaks FORWARD"
                + " compatibility with the recorded v1")
        .inFile(item)
        .onLineContaining("public record Item(");
    assertThat(compilation)
        .hadErrorContaining("because consumers still on v1 could not read records written with the new schema");
  }

  @Test
  void forwardRejectsANewEnumConstantButBackwardAcceptsIt() throws IOException {
    JavaFileObject item = item(List.of("RED", "GREEN", "BLUE"), ID, COUNT, COLOR);
    Compilation compilation = compile("FORWARD", List.of(V1), item);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("Item.color has enum constants that consumers on v1 do not know: this breaks FORWARD")
        .inFile(item)
        .onLineContaining("Color color");
    assertThat(compile("BACKWARD", List.of(V1), item)).succeeded();
  }

  @Test
  void forwardAcceptsANewFieldWithoutADefault() throws IOException {
    assertThat(compile("FORWARD", List.of(V1), item(ID, COUNT, COLOR, "String extra"))).succeeded();
  }

  @Test
  void fullRejectsWhatEitherDirectionRejects() throws IOException {
    JavaFileObject item = item(ID, COLOR, "String extra");
    Compilation compilation = compile("FULL", List.of(V1), item);
    assertThat(compilation).hadErrorCount(2);
    assertThat(compilation)
        .hadErrorContaining("Item.extra is a new field without a default: this breaks FULL")
        .inFile(item)
        .onLineContaining("String extra");
    assertThat(compilation)
        .hadErrorContaining("Item.count was removed or renamed, but v1 declares it without a default: this breaks FULL")
        .inFile(item)
        .onLineContaining("public record Item(");
  }

  @Test
  void backwardTransitiveChecksEveryRecordedVersionBackwardOnlyTheLatest() throws IOException {
    String v1 = schema("{\"name\":\"id\",\"type\":\"string\"}", "{\"name\":\"count\",\"type\":\"string\"}", COLOR_RED_GREEN());
    JavaFileObject item = item(ID, COUNT, COLOR);
    assertThat(compile("BACKWARD", List.of(v1, V1), item)).succeededWithoutWarnings();
    Compilation compilation = compile("BACKWARD_TRANSITIVE", List.of(v1, V1), item);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("Item.count changed type from string to int, which Avro cannot convert: this breaks"
            + " BACKWARD_TRANSITIVE compatibility with the recorded v1")
        .inFile(item)
        .onLineContaining("int count");
  }

  @Test
  void forwardTransitiveChecksEveryRecordedVersion() throws IOException {
    String v2 = schema("{\"name\":\"id\",\"type\":\"string\"}", "{\"name\":\"count\",\"type\":\"long\"}", COLOR_RED_GREEN());
    JavaFileObject item = item(ID, "long count", COLOR);
    assertThat(compile("FORWARD", List.of(V1, v2), item)).succeededWithoutWarnings();
    Compilation compilation = compile("FORWARD_TRANSITIVE", List.of(V1, v2), item);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("Item.count changed type from int to long, which Avro cannot convert back: this breaks"
            + " FORWARD_TRANSITIVE compatibility with the recorded v1")
        .inFile(item)
        .onLineContaining("long count");
  }

  @Test
  void fullTransitiveChecksBothDirectionsAgainstEveryVersion() throws IOException {
    String v1 = schema("{\"name\":\"id\",\"type\":\"string\"}", "{\"name\":\"count\",\"type\":\"string\"}", COLOR_RED_GREEN());
    JavaFileObject item = item(ID, COUNT, COLOR);
    assertThat(compile("FULL", List.of(v1, V1), item)).succeededWithoutWarnings();
    Compilation compilation = compile("FULL_TRANSITIVE", List.of(v1, V1), item);
    assertThat(compilation).hadErrorCount(2);
    assertThat(compilation).hadErrorContaining("Item.count changed type from string to int, which Avro cannot convert:");
    assertThat(compilation).hadErrorContaining("Item.count changed type from string to int, which Avro cannot convert back:");
  }

  @Test
  void noneAcceptsAnyChange() throws IOException {
    Compilation compilation = compile("NONE", List.of(V1), item(ID, "String count", "String extra"));
    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningContaining("is compatible (NONE), but is not recorded yet");
  }

  @Test
  void aNestedFieldIsReportedWhereItIsDeclared() throws IOException {
    String address = "{\"name\":\"address\",\"type\":{\"type\":\"record\",\"name\":\"Address\",\"namespace\":\"compat\","
        + "\"fields\":[{\"name\":\"city\",\"type\":\"string\"}]}}";
    String v1 = schema("{\"name\":\"id\",\"type\":\"string\"}", address);
    JavaFileObject addressSource = JavaFileObjects.forSourceLines(
        "compat.Address", "package compat;", "public record Address(", "    String city,", "    int zip) {}");
    JavaFileObject item = JavaFileObjects.forSourceLines(
        "compat.Item", "package compat;", "public record Item(String id, Address address) {}");
    Path folder = history.resolve("compat.Item");
    Files.createDirectories(folder);
    Files.writeString(folder.resolve("v1.avsc"), v1);
    JavaFileObject topic = JavaFileObjects.forSourceLines(
        "compat.Items", "package compat;", "import io.tidings.annotations.*;",
        "@Topic(name = \"items\", format = Format.AVRO)", "public interface Items {", "  void sent(Item item);", "}");
    Compilation compilation =
        AvroCompiled.compile(List.of(), List.of(topic, item, addressSource), "-Atidings.avro.history=" + history).compilation;
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("Item.address.zip is a new field without a default: this breaks BACKWARD")
        .inFile(addressSource)
        .onLineContaining("int zip");
  }

  @Test
  void aJsonTopicsPayloadIsCheckedOnItsCanonicalSchemaOnceItHasHistory() throws IOException {
    JavaFileObject item = item(ID, "String count", COLOR, "java.math.BigInteger huge");
    JavaFileObject topic = JavaFileObjects.forSourceLines(
        "compat.Items", "package compat;", "import io.tidings.annotations.*;",
        "@Topic(name = \"items\")", "public interface Items {", "  void sent(Item item);", "}");
    Compilation unrecorded =
        AvroCompiled.compile(List.of(), List.of(topic, item), "-Atidings.avro.history=" + history).compilation;
    assertThat(unrecorded).succeededWithoutWarnings();
    Path folder = history.resolve("compat.Item");
    Files.createDirectories(folder);
    Files.writeString(folder.resolve("v1.avsc"), V1);
    Compilation compilation =
        AvroCompiled.compile(List.of(), List.of(topic, item), "-Atidings.avro.history=" + history).compilation;
    assertThat(compilation).hadErrorCount(2);
    assertThat(compilation)
        .hadErrorContaining("Item.count changed type from int to string, which Avro cannot convert: this breaks BACKWARD")
        .inFile(item)
        .onLineContaining("String count");
    assertThat(compilation)
        .hadErrorContaining("Item.huge is a new field without a default")
        .inFile(item)
        .onLineContaining("BigInteger huge");
  }

  @Test
  void anUnreadableHistoryFileIsAnErrorNamingTheFile() throws IOException {
    Compilation compilation = compile("BACKWARD", List.of("{ not a schema"), item(ID, COUNT, COLOR));
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(history.resolve("compat.Item").resolve("v1.avsc") + " is not an Avro schema (");
    assertThat(compilation).hadErrorContaining("): fix or delete the file");
  }

  @Test
  void aNewPayloadWithoutHistoryIsANoteUntilRecorded() throws IOException {
    Compilation compilation = compile("BACKWARD", List.of(), item(ID, COUNT, COLOR));
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation)
        .hadNoteContaining("the schema of compat.Item is not recorded yet, so its evolution is not checked: build once"
            + " with -Atidings.avro.record=true to record it as " + history.resolve("compat.Item").resolve("v1.avsc"));
  }

  @Test
  void anIncompatibleChangeIsNeverRecorded() throws IOException {
    JavaFileObject item = item(ID, COUNT, COLOR, "String extra");
    Path folder = history.resolve("compat.Item");
    Files.createDirectories(folder);
    Files.writeString(folder.resolve("v1.avsc"), V1);
    JavaFileObject topic = JavaFileObjects.forSourceLines(
        "compat.Items", "package compat;", "import io.tidings.annotations.*;",
        "@Topic(name = \"items\", format = Format.AVRO)", "public interface Items {", "  void sent(Item item);", "}");
    Compilation compilation = AvroCompiled.compile(
        List.of(), List.of(topic, item), "-Atidings.avro.history=" + history, "-Atidings.avro.record=true").compilation;
    assertThat(compilation).hadErrorCount(1);
    assertThat(Files.exists(folder.resolve("v2.avsc"))).isFalse();
  }
}
