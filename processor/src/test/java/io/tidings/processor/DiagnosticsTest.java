package io.tidings.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * One test per diagnostic: the inputs in {@code bad/} and, for each problem, the error count, the
 * text, the file and the line it points at.
 */
class DiagnosticsTest {

  private static Compilation failing(JavaFileObject file, int errors) {
    Compilation compilation = Sources.compileBad(file);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(errors);
    return compilation;
  }

  @Test
  void consumedPayloadTheTopicDoesNotCarry() {
    JavaFileObject file = Sources.file("bad/ConsumesUncarried.java");
    Compilation compilation = failing(file, 1);
    assertThat(compilation)
        .hadErrorContaining(
            "ConsumesUncarried.BookingEvents carries Created and Cancelled, not Updated: add a publish method for "
                + "Updated to ConsumesUncarried.BookingEvents, or consume one of the carried types")
        .inFile(file)
        .onLineContaining("void on(Updated updated)");
  }

  @Test
  void consumerKeyOfAnotherTypeOrOnAKeylessTopic() {
    JavaFileObject file = Sources.file("bad/ConsumerKeys.java");
    Compilation compilation = failing(file, 2);
    assertThat(compilation)
        .hadErrorContaining(
            "ConsumerKeys.Keyed has keys of type String, but @Key parameter wrongKey of "
                + "ConsumerKeys.onCreated(Created) is UUID: declare the parameter as String")
        .inFile(file)
        .onLineContaining("@Key UUID wrongKey");
    assertThat(compilation)
        .hadErrorContaining(
            "ConsumerKeys.Keyless has no keys (none of its publish methods has a @Key parameter), but "
                + "ConsumerKeys.onCancelled(Cancelled) takes @Key noKey")
        .inFile(file)
        .onLineContaining("@Key String noKey");
  }

  @Test
  void publishMethodShapes() {
    JavaFileObject file = Sources.file("bad/PublishShapes.java");
    Compilation compilation = failing(file, 7);
    assertThat(compilation)
        .hadErrorContaining("PublishShapes.nothing has no payload parameter")
        .inFile(file)
        .onLineContaining("void nothing(");
    assertThat(compilation)
        .hadErrorContaining("PublishShapes.both has 2 payload parameters (created and secondPayload)")
        .inFile(file)
        .onLineContaining("Cancelled secondPayload");
    assertThat(compilation)
        .hadErrorContaining("PublishShapes.twoKeys has two @Key parameters, id and otherKey")
        .inFile(file)
        .onLineContaining("@Key String otherKey");
    assertThat(compilation)
        .hadErrorContaining("PublishShapes.returnsString returns String, which a publish method cannot")
        .inFile(file)
        .onLineContaining("String returnsString(");
    assertThat(compilation)
        .hadErrorContaining("PublishShapes.returnsStage returns CompletionStage<String>")
        .inFile(file)
        .onLineContaining("returnsStage(");
    assertThat(compilation)
        .hadErrorContaining("parameter metadataParam of PublishShapes.withMetadata is a Metadata")
        .inFile(file)
        .onLineContaining("Metadata metadataParam");
    assertThat(compilation)
        .hadErrorContaining("PublishShapes.generic declares type parameters T")
        .inFile(file)
        .onLineContaining("<T> void generic(");
  }

  @Test
  void keyAndHeaderTypesWithoutCodec() {
    JavaFileObject file = Sources.file("bad/UnsupportedCodecs.java");
    Compilation compilation = failing(file, 3);
    assertThat(compilation)
        .hadErrorContaining(
            "@Key parameter instantKey of UnsupportedCodecs.Codecs.created has type Instant, which has no key "
                + "codec: use String, UUID, long, Long, int, Integer or byte[]")
        .inFile(file)
        .onLineContaining("@Key Instant instantKey");
    assertThat(compilation)
        .hadErrorContaining(
            "@Header(\"tags\") parameter tagsHeader of UnsupportedCodecs.Codecs.created has type List<String>, "
                + "which has no header codec: use String, a primitive or its box, an enum, or UUID")
        .inFile(file)
        .onLineContaining("tagsHeader");
    assertThat(compilation)
        .hadErrorContaining("@Header(\"at\") parameter atHeader of UnsupportedCodecs.on(Created) has type Instant")
        .inFile(file)
        .onLineContaining("Instant atHeader");
  }

  @Test
  void topicOnAClass() {
    JavaFileObject file = Sources.file("bad/TopicOnClass.java");
    Compilation compilation = failing(file, 1);
    assertThat(compilation)
        .hadErrorContaining("@Topic is only allowed on interfaces, and TopicOnClass is a class")
        .inFile(file)
        .onLineContaining("@Topic(name = \"not-an-interface\")");
  }

  @Test
  void genericTopicInterface() {
    JavaFileObject file = Sources.file("bad/GenericTopic.java");
    Compilation compilation = failing(file, 1);
    assertThat(compilation)
        .hadErrorContaining("@Topic interface GenericTopic declares type parameters T")
        .inFile(file)
        .onLineContaining("interface GenericTopic<T>");
  }

  @Test
  void illegalKafkaTopicNamesAreReportedOnTheValue() {
    JavaFileObject file = Sources.file("bad/TopicNames.java");
    Compilation compilation = failing(file, 5);
    assertThat(compilation)
        .hadErrorContaining("\"\" is not a valid Kafka topic name: it is empty. Use 1 to 249 characters")
        .inFile(file)
        .onLineContaining("@Topic(name = \"\")");
    assertThat(compilation)
        .hadErrorContaining("\"has space\" is not a valid Kafka topic name: it contains ' ' at index 3")
        .inFile(file)
        .onLineContaining("has space");
    assertThat(compilation)
        .hadErrorContaining("\".\" is not a valid Kafka topic name: Kafka reserves \".\"")
        .inFile(file)
        .onLineContaining("@Topic(name = \".\")");
    assertThat(compilation)
        .hadErrorContaining("\"..\" is not a valid Kafka topic name: Kafka reserves \"..\"")
        .inFile(file)
        .onLineContaining("@Topic(name = \"..\")");
    assertThat(compilation)
        .hadErrorContaining("is not a valid Kafka topic name: it has 250 characters, more than 249")
        .inFile(file)
        .onLineContaining("tttttttttt");
  }

  @Test
  void topicValuesOutOfRange() {
    JavaFileObject file = Sources.file("bad/TopicValues.java");
    Compilation compilation = failing(file, 6);
    assertThat(compilation)
        .hadErrorContaining("@Topic(partitions = 0) on TopicValues.Partitions: a topic needs at least one partition")
        .inFile(file)
        .onLineContaining("partitions = 0");
    assertThat(compilation)
        .hadErrorContaining("@Topic(replicas = 0) on TopicValues.ReplicasZero: the replication factor must be at least 1")
        .inFile(file)
        .onLineContaining("replicas = 0");
    assertThat(compilation)
        .hadErrorContaining("@Topic(replicas = -2) on TopicValues.ReplicasNegative")
        .inFile(file)
        .onLineContaining("replicas = -2");
    assertThat(compilation)
        .hadErrorContaining(
            "@Topic(retention = \"7 days\") on TopicValues.RetentionText is not an ISO-8601 duration: write it like "
                + "\"P7D\"")
        .inFile(file)
        .onLineContaining("7 days");
    assertThat(compilation)
        .hadErrorContaining("@Topic(retention = \"-P1D\") on TopicValues.RetentionNegative is not positive")
        .inFile(file)
        .onLineContaining("-P1D");
    assertThat(compilation)
        .hadErrorContaining(
            "TopicValues.Compacted is compacted (the broker keeps the latest record per key), but "
                + "TopicValues.Compacted.unkeyed has no @Key parameter")
        .inFile(file)
        .onLineContaining("void unkeyed(");
  }

  @Test
  void twoDeclarationsOfOneTopicThatDisagreeAreReportedOnBoth() {
    JavaFileObject file = Sources.file("bad/TopicConflict.java");
    Compilation compilation = failing(file, 4);
    assertThat(compilation)
        .hadErrorContaining(
            "TopicConflict.Second and TopicConflict.First both declare topic \"shared\" but disagree on "
                + "partitions: 6 vs 3")
        .inFile(file)
        .onLineContaining("partitions = 6");
    assertThat(compilation)
        .hadErrorContaining(
            "TopicConflict.First and TopicConflict.Second both declare topic \"shared\" but disagree on "
                + "partitions: 3 vs 6")
        .inFile(file)
        .onLineContaining("partitions = 3");
    assertThat(compilation)
        .hadErrorContaining(
            "TopicConflict.Fourth and TopicConflict.Third both declare topic \"shared-payloads\" but disagree on "
                + "the payload types: [test.support.Cancelled] vs [test.support.Created]")
        .inFile(file)
        .onLineContaining("// fourth");
    assertThat(compilation)
        .hadErrorContaining("TopicConflict.Third and TopicConflict.Fourth both declare topic \"shared-payloads\"")
        .inFile(file)
        .onLineContaining("// third");
  }

  @Test
  void headerNames() {
    JavaFileObject file = Sources.file("bad/Headers.java");
    Compilation compilation = failing(file, 4);
    assertThat(compilation)
        .hadErrorContaining("Headers.twice writes header \"trace\" twice, from first and secondTrace")
        .inFile(file)
        .onLineContaining("String secondTrace");
    assertThat(compilation)
        .hadErrorContaining("@Header on parameter blankHeader of Headers.blank has a blank name")
        .inFile(file)
        .onLineContaining("blankHeader");
    assertThat(compilation)
        .hadErrorContaining("@Header(\"tidings-type\") on parameter reservedHeader of Headers.reserved uses the prefix")
        .inFile(file)
        .onLineContaining("reservedHeader");
    assertThat(compilation)
        .hadErrorContaining("parameter keyAndHeader of Headers.both is annotated both @Key and @Header")
        .inFile(file)
        .onLineContaining("keyAndHeader");
  }

  @Test
  void twoPayloadTypesWithOneEventType() {
    JavaFileObject file = Sources.file("bad/DuplicateEventType.java");
    Compilation compilation = failing(file, 1);
    assertThat(compilation)
        .hadErrorContaining(
            "DuplicateEventType.Versions carries two payload types with the event type \"Created\": "
                + "bad.DuplicateEventType.V1.Created and bad.DuplicateEventType.V2.Created")
        .inFile(file)
        .onLineContaining("secondCreated");
  }

  @Test
  void publishMethodsWithDifferentKeyTypes() {
    JavaFileObject file = Sources.file("bad/KeyTypesDisagree.java");
    Compilation compilation = failing(file, 1);
    assertThat(compilation)
        .hadErrorContaining(
            "KeyTypesDisagree.cancelled takes a key of type long, but KeyTypesDisagree.created takes String")
        .inFile(file)
        .onLineContaining("numericKey");
  }

  @Test
  void consumesValues() {
    JavaFileObject file = Sources.file("bad/ConsumesValues.java");
    Compilation compilation = failing(file, 2);
    assertThat(compilation)
        .hadErrorContaining(
            "@Consumes(topic = String.class) on ConsumesValues.notATopic(Created): String is not a @Topic interface")
        .inFile(file)
        .onLineContaining("topic = String.class");
    assertThat(compilation)
        .hadErrorContaining(
            "@Consumes(group = \"  \") on ConsumesValues.blankGroup(Created): the consumer group must not be blank")
        .inFile(file)
        .onLineContaining("group = \"  \"");
  }

  @Test
  void consumerMethodsTheDispatcherCannotCall() {
    JavaFileObject file = Sources.file("bad/ConsumerMethods.java");
    Compilation compilation = failing(file, 9);
    assertThat(compilation)
        .hadErrorContaining("@Consumes method ConsumerMethods.privateMethod(Created) is private")
        .inFile(file)
        .onLineContaining("privateMethod");
    assertThat(compilation)
        .hadErrorContaining("@Consumes method ConsumerMethods.staticMethod(Created) is static")
        .inFile(file)
        .onLineContaining("staticMethod");
    assertThat(compilation)
        .hadErrorContaining("@Consumes method ConsumerMethods.genericMethod(Created) declares type parameters T")
        .inFile(file)
        .onLineContaining("genericMethod");
    assertThat(compilation)
        .hadErrorContaining(
            "@Consumes method ConsumerMethods.returnsString(Created) returns String: return void (the record is "
                + "done when the method returns) or CompletionStage<Void>")
        .inFile(file)
        .onLineContaining("returnsString");
    assertThat(compilation)
        .hadErrorContaining("@Consumes method ConsumerMethods.returnsStage(Created) returns CompletionStage<String>")
        .inFile(file)
        .onLineContaining("returnsStage");
    assertThat(compilation)
        .hadErrorContaining(
            "@Consumes method ConsumerMethods.noPayload() has no payload parameter: add exactly one parameter of "
                + "a type ConsumerMethods.Events carries (Created and Cancelled)")
        .inFile(file)
        .onLineContaining("noPayload");
    assertThat(compilation)
        .hadErrorContaining(
            "@Consumes method ConsumerMethods.twoPayloads(Created, Cancelled) has 2 payload parameters (event and "
                + "otherPayload)")
        .inFile(file)
        .onLineContaining("otherPayload");
    assertThat(compilation)
        .hadErrorContaining("has two Metadata parameters, first and secondMetadata")
        .inFile(file)
        .onLineContaining("secondMetadata");
    assertThat(compilation)
        .hadErrorContaining(
            "ConsumerMethods.firstRoute(Created) and ConsumerMethods.secondRoute(Created) both consume Created from "
                + "ConsumerMethods.Events in group \"dup\"")
        .inFile(file)
        .onLineContaining("secondRoute");
  }

  @Test
  void abstractConsumerClassAndMethod() {
    JavaFileObject file = Sources.file("bad/AbstractConsumer.java");
    Compilation compilation = failing(file, 2);
    assertThat(compilation)
        .hadErrorContaining("AbstractConsumer has @Consumes methods, so Guice must create it, but it is abstract")
        .inFile(file)
        .onLineContaining("public abstract class AbstractConsumer");
    assertThat(compilation)
        .hadErrorContaining("@Consumes method AbstractConsumer.abstractMethod(Created) is abstract")
        .inFile(file)
        .onLineContaining("abstractMethod");
  }

  @Test
  void consumerClassesGuiceCannotCreate() {
    JavaFileObject file = Sources.file("bad/Uncreatable.java");
    Compilation compilation = failing(file, 8);
    String guice = " has @Consumes methods, so Guice must create it, but ";
    assertThat(compilation)
        .hadErrorContaining("Uncreatable.AnInterface" + guice + "it is an interface")
        .inFile(file)
        .onLineContaining("interface AnInterface");
    assertThat(compilation)
        .hadErrorContaining("Uncreatable.Inner" + guice + "it is an inner class, which needs an instance of Uncreatable: declare it static")
        .inFile(file)
        .onLineContaining("class Inner");
    assertThat(compilation)
        .hadErrorContaining("Uncreatable.PrivateNested" + guice + "it is private: make it package-private or public")
        .inFile(file)
        .onLineContaining("class PrivateNested");
    assertThat(compilation)
        .hadErrorContaining("Uncreatable.PrivateNested.InPrivate" + guice + "it is nested in a private type")
        .inFile(file)
        .onLineContaining("class InPrivate");
    assertThat(compilation)
        .hadErrorContaining("Uncreatable.Generic" + guice + "it declares type parameters T")
        .inFile(file)
        .onLineContaining("class Generic<T>");
    assertThat(compilation)
        .hadErrorContaining(
            "Uncreatable.NoConstructor" + guice + "it has neither a non-private constructor without parameters nor "
                + "an @Inject constructor: annotate the constructor Guice should call with @Inject")
        .inFile(file)
        .onLineContaining("class NoConstructor");
    assertThat(compilation)
        .hadErrorContaining("Uncreatable.PrivateConstructor" + guice + "it has neither")
        .inFile(file)
        .onLineContaining("class PrivateConstructor");
    assertThat(compilation)
        .hadErrorContaining("Uncreatable.TwoInjects has two @Inject constructors, so Guice cannot choose one")
        .inFile(file)
        .onLineContaining("String secondInject");
  }

  @Test
  void headersReadButNotWrittenOrReadAsAnotherTypeAreWarnings() {
    JavaFileObject file = Sources.file("bad/HeaderTypo.java");
    Compilation compilation = Sources.compileBad(file);
    assertThat(compilation).succeeded();
    assertThat(compilation)
        .hadWarningContaining(
            "HeaderTypo.on(Created) reads header \"reasn\", but no publish method of HeaderTypo.Events writes it for "
                + "Created (they write \"actor\", \"attempt\", \"reason\" and \"status\"): check the header name")
        .inFile(file)
        .onLineContaining("@Header(\"reasn\")");
    assertThat(compilation)
        .hadWarningContaining(
            "HeaderTypo.on(Created) reads header \"status\" as UUID, but HeaderTypo.Events.created writes it as "
                + "Status, so decoding may fail at run time: declare the parameter as Status (or String)")
        .inFile(file)
        .onLineContaining("statusAsUuid");
    assertThat(compilation.warnings().stream().filter(w -> w.getMessage(null).contains("reads header")).count())
        .isEqualTo(2);
  }

  @Test
  void payloadProblemsAreReportedViaThePublishParameter() {
    JavaFileObject file = Sources.file("bad/NotAPayload.java");
    Compilation compilation = failing(file, 1);
    assertThat(compilation)
        .hadErrorContaining("via NotAPayload.sent(number): ")
        .inFile(file)
        .onLineContaining("int number");
  }

  @Test
  void privateTopicInterface() {
    JavaFileObject file = Sources.file("bad/PrivateTopic.java");
    Compilation compilation = failing(file, 1);
    assertThat(compilation)
        .hadErrorContaining(
            "@Topic interface PrivateTopic.Hidden is private or nested in a private type, so its generated "
                + "publisher cannot implement it: make it package-private or public")
        .inFile(file)
        .onLineContaining("private interface Hidden");
  }

  @Test
  void theRuntimeMustBeOnTheClassPath() throws Exception {
    JavaFileObject file = Sources.file("bad/NoRuntime.java");
    java.io.File annotations =
        new java.io.File(io.tidings.annotations.Topic.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Compilation compilation = com.google.testing.compile.Compiler.javac()
        .withProcessors(new TidingsProcessor())
        .withClasspath(java.util.List.of(annotations))
        .compile(file);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "bad.NoRuntime needs io.tidings:tidings-runtime on the compile class path (generated code calls it)")
        .inFile(file)
        .onLineContaining("public interface NoRuntime");
  }
}
