package io.tidings.processor.payload;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.util.Arrays;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * One test per payload problem: the error's full text (what, where from the payload root, how to
 * fix it), the file and the line it is reported on, and that nothing else is reported.
 */
class PayloadDiagnosticsTest {
  private static final String CONCRETE =
      ": use a concrete type such as a record, String, a number, or a List/Map of those";

  private static JavaFileObject source(String name) {
    return JavaFileObjects.forResource("payload/bad/bad/" + name + ".java");
  }

  private static Compilation compile(JavaFileObject... sources) {
    return Compiler.javac()
        .withProcessors(new CodecTestProcessor())
        .compile(Arrays.asList(sources));
  }

  @Test
  void objectFieldOfANestedTypeNamesThePathFromTheRoot() {
    JavaFileObject venue = source("Venue");
    Compilation compilation = compile(source("BookingCreated"), venue);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "BookingCreated.venue.location has type java.lang.Object, which Tidings cannot encode"
                + " (reached through BookingCreated.venue → Venue.location)"
                + CONCRETE)
        .inFile(venue)
        .onLineContaining("Object location");
  }

  @Test
  void aProblemOfATypeTwoPayloadsReachIsReportedOnce() {
    JavaFileObject venue = source("Venue");
    Compilation compilation = compile(source("BookingCreated"), source("BookingMoved"), venue);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("venue.location has type java.lang.Object")
        .inFile(venue);
  }

  @Test
  void everyProblemOfATypeIsReportedOnItsField() {
    JavaFileObject shapes = source("Shapes");
    Compilation compilation = compile(shapes, source("Venue"));
    assertThat(compilation).hadErrorCount(12);
    expect(
        compilation,
        shapes,
        "Date when",
        "Shapes.when has type java.util.Date, a legacy date type, which Tidings does not encode:"
            + " use java.time.Instant");
    expect(
        compilation,
        shapes,
        "Map<Integer, String> byId",
        "Shapes.byId has type java.util.Map<java.lang.Integer,java.lang.String>, a Map whose keys"
            + " are java.lang.Integer, but JSON object keys are strings: use Map<String, V>");
    expect(
        compilation,
        shapes,
        "venues",
        "Shapes.venues has type java.util.List<? extends bad.Venue>, and inside it the wildcard ?"
            + " extends bad.Venue, which Tidings cannot encode: use the exact type");
    expect(
        compilation,
        shapes,
        "String[] names",
        "Shapes.names has type java.lang.String[], an array, and Tidings encodes only byte[]"
            + " arrays: use List<String>");
    expect(
        compilation,
        shapes,
        "int[] counts",
        "Shapes.counts has type int[], an array, and Tidings encodes only byte[] arrays:"
            + " use List<Integer>");
    expect(
        compilation,
        shapes,
        "Shape shape",
        "Shapes.shape has type bad.Shape, an interface or abstract class, which Tidings cannot"
            + " create when reading: use a concrete record or class");
    expect(
        compilation,
        shapes,
        "Figure figure",
        "Shapes.figure has type bad.Figure, an interface or abstract class");
    expect(
        compilation,
        shapes,
        "Money money",
        "Shapes.money has type bad.Money, which is neither a record nor a JavaBean (it has no"
            + " public no-arg constructor): make it a record, or give it a public no-arg"
            + " constructor and a public getter and setter per property");
    expect(
        compilation,
        shapes,
        "Page<String> page",
        "Shapes.page has type bad.Page<java.lang.String>, a generic class, which Tidings cannot"
            + " encode: declare a concrete record for each use");
    expect(
        compilation,
        shapes,
        "ArrayList<String> list",
        "Shapes.list has type java.util.ArrayList<java.lang.String>, a collection class, which"
            + " Tidings does not create when reading: declare the field as List, Set, Collection or"
            + " Map<String, V>");
    expect(
        compilation,
        shapes,
        "URI link",
        "Shapes.link has type java.net.URI, which Tidings cannot encode: use String,");
    expect(
        compilation,
        shapes,
        "List<Object> anything",
        "Shapes.anything has type java.util.List<java.lang.Object>, and inside it"
            + " java.lang.Object, which Tidings cannot encode"
            + CONCRETE);
  }

  @Test
  void beanPropertyWithAGetterButNoSetter() {
    JavaFileObject account = source("Account");
    Compilation compilation = compile(account);
    assertThat(compilation).hadErrorCount(2);
    expect(
        compilation,
        account,
        "public BigDecimal getBalance()",
        "Account.balance has the getter getBalance() but no setter, so Tidings could write it but"
            + " never read it back: add a setter setBalance(java.math.BigDecimal), or rename the"
            + " getter if it is not a property");
    expect(
        compilation,
        account,
        "private void setLimit(int limit)",
        "Account.limit has the setter setLimit(int), which the codec generated in package bad"
            + " cannot call: make the setter public");
  }

  @Test
  void aProtectedSetterInheritedFromAnotherPackageCannotBeCalled() {
    JavaFileObject base = JavaFileObjects.forResource("payload/bad/other/Base.java");
    Compilation compilation = compile(source("Derived"), base);
    assertThat(compilation).hadErrorCount(1);
    expect(
        compilation,
        base,
        "protected void setCode(String code)",
        "Derived.code has the setter setCode(java.lang.String), which the codec generated in"
            + " package bad cannot call: make the setter public");
  }

  @Test
  void privateAndInnerTypesCannotBeUsedByTheCodec() {
    JavaFileObject envelope = source("Envelope");
    Compilation compilation = compile(envelope);
    assertThat(compilation).hadErrorCount(2);
    expect(
        compilation,
        envelope,
        "record Sealed",
        "Envelope.Sealed.secret has type bad.Envelope.Secret, which is private, so the codec"
            + " generated in its package cannot use it: make it package-private or public");
    expect(
        compilation,
        envelope,
        "record Sealed",
        "Envelope.Sealed.letter has type bad.Envelope.Letter, an inner class that needs an"
            + " enclosing instance to be created: declare it static");
  }

  @Test
  void rawTypes() {
    JavaFileObject raw = source("Raw");
    Compilation compilation = compile(raw);
    assertThat(compilation).hadErrorCount(1);
    expect(
        compilation,
        raw,
        "List tags",
        "Raw.tags has type java.util.List, a raw type, which Tidings cannot encode without its type"
            + " arguments: add the type arguments, e.g. List<String>");
  }

  @Test
  void jdkTypesWithABetterSuitedReplacementNameIt() {
    JavaFileObject clock = source("Clock");
    Compilation compilation = compile(clock);
    assertThat(compilation).hadErrorCount(2);
    expect(
        compilation,
        clock,
        "Clock(",
        "Clock.at has type java.time.ZonedDateTime, which Tidings cannot encode: use OffsetDateTime"
            + " (a zone's rules are not part of the JSON), or Instant");
    expect(
        compilation,
        clock,
        "Clock(",
        "Clock.seats has type java.util.OptionalInt, which Tidings cannot encode: use"
            + " Optional<Integer>, Optional<Long> or Optional<Double>");
  }

  @Test
  void genericPayloadRoot() {
    JavaFileObject generic = source("Generic");
    Compilation compilation = compile(generic);
    assertThat(compilation).hadErrorCount(1);
    expect(
        compilation,
        generic,
        "record Generic<T>",
        "the payload type bad.Generic<T>, a generic class, which Tidings cannot encode");
  }

  @Test
  void interfaceAsPayloadRoot() {
    JavaFileObject notice = source("Notice");
    Compilation compilation = compile(notice);
    assertThat(compilation).hadErrorCount(1);
    expect(
        compilation,
        notice,
        "interface Notice",
        "the payload type bad.Notice, an interface or abstract class, which Tidings cannot create"
            + " when reading");
  }

  @Test
  void enumAsPayloadRoot() {
    JavaFileObject status = source("Status");
    Compilation compilation = compile(status);
    assertThat(compilation).hadErrorCount(1);
    expect(
        compilation,
        status,
        "enum Status",
        "bad.Status is not a payload type (Tidings encodes records and JavaBeans): wrap the value"
            + " in a record");
  }

  @Test
  void classThatIsNeitherARecordNorABean() {
    JavaFileObject ledger = source("Ledger");
    Compilation compilation = compile(ledger);
    assertThat(compilation).hadErrorCount(1);
    expect(
        compilation,
        ledger,
        "class Ledger",
        "the payload type bad.Ledger, which is neither a record nor a JavaBean (it has no public"
            + " no-arg constructor)");
  }

  private static void expect(
      Compilation compilation, JavaFileObject file, String line, String message) {
    assertThat(compilation).hadErrorContaining(message).inFile(file).onLineContaining(line);
  }
}
