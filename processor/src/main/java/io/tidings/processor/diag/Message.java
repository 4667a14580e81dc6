package io.tidings.processor.diag;

import java.util.Locale;
import javax.tools.Diagnostic;

/**
 * Every diagnostic the Tidings processor reports, in one place. Each message says what is wrong,
 * names both sides of a mismatch and says how to fix it; the arguments are filled in with {@link
 * #format(Object...)}. What can be wrong with a payload's field is in {@link PayloadPart}: the payload
 * analysis composes those parts into the text of {@link #PAYLOAD_PROBLEM} or {@link #AVRO_PROBLEM}.
 *
 * <p>This package depends on nothing else in the processor, so every other package (the payload
 * analysis included) may use it.
 */
public enum Message {
  // ---- the environment
  RUNTIME_MISSING(
      "%s needs io.tidings:tidings-runtime on the compile class path (generated code calls it), but "
          + "io.tidings.runtime.spi.TopicDescriptor is not there: add the tidings-runtime dependency"),

  // ---- @Topic
  TOPIC_NOT_INTERFACE(
      "@Topic is only allowed on interfaces, and %s is %s: declare %s as an interface whose abstract "
          + "methods publish to the topic"),
  TOPIC_GENERIC(
      "@Topic interface %s declares type parameters %s, but a topic carries fixed payload types: "
          + "remove the type parameters"),
  TOPIC_INACCESSIBLE(
      "@Topic interface %s is private or nested in a private type, so its generated publisher cannot "
          + "implement it: make it package-private or public"),
  TOPIC_NAME_INVALID(
      "\"%s\" is not a valid Kafka topic name: %s. Use 1 to 249 characters from [a-zA-Z0-9._-], "
          + "other than \".\" and \"..\""),
  PARTITIONS_INVALID(
      "@Topic(partitions = %s) on %s: a topic needs at least one partition; set partitions to 1 or more"),
  REPLICAS_INVALID(
      "@Topic(replicas = %s) on %s: the replication factor must be at least 1, or -1 to use the "
          + "broker's default.replication.factor"),
  RETENTION_INVALID(
      "@Topic(retention = \"%s\") on %s is not an ISO-8601 duration: write it like \"P7D\" (7 days) or "
          + "\"PT12H\" (12 hours), or leave it empty to use the broker's retention.ms"),
  RETENTION_NOT_POSITIVE(
      "@Topic(retention = \"%s\") on %s is not positive: records must be kept for some time; use a "
          + "positive duration such as \"P7D\", or leave it empty to use the broker's retention.ms"),
  TOPIC_CONFLICT(
      "%s and %s both declare topic \"%s\" but disagree on %s: %s vs %s. Make the two declarations "
          + "agree, or give the topics different names"),
  DUPLICATE_EVENT_TYPE(
      "%s carries two payload types with the event type \"%s\": %s and %s. The event type is the "
          + "payload's simple name, so consumers could not tell them apart: rename one of the types"),

  // ---- publish methods
  PUBLISH_GENERIC(
      "%s declares type parameters %s, but a topic must know every payload type at compile time: "
          + "use a concrete payload type"),
  PUBLISH_RETURN_UNSUPPORTED(
      "%s returns %s, which a publish method cannot: return void (waits for the broker's "
          + "acknowledgement), Receipt (waits and says where the record went), or "
          + "CompletionStage<Receipt> / CompletableFuture<Receipt> (does not wait)"),
  PUBLISH_NO_PAYLOAD(
      "%s has no payload parameter: a publish method takes exactly one parameter without @Key or "
          + "@Header, the event to publish; add one"),
  PUBLISH_TWO_PAYLOADS(
      "%s has %s payload parameters (%s), but a record carries exactly one event: mark the others "
          + "@Key or @Header, or publish them with separate methods"),
  PUBLISH_METADATA(
      "parameter %s of %s is a Metadata, which only @Consumes methods receive: remove it (the runtime "
          + "writes topic, partition, offset and timestamp itself)"),
  COMPACTED_WITHOUT_KEY(
      "%s is compacted (the broker keeps the latest record per key), but %s has no @Key parameter: "
          + "add a @Key parameter, or set compacted = false"),
  KEY_TYPES_DISAGREE(
      "%s takes a key of type %s, but %s takes %s: every publish method of a topic uses the same "
          + "key type, so records with equal keys land in the same partition; change one of them"),

  // ---- parameters shared by publish and consumer methods
  TWO_KEYS(
      "%s has two @Key parameters, %s and %s, but a record has one key: remove @Key from one of them"),
  KEY_AND_HEADER(
      "parameter %s of %s is annotated both @Key and @Header: a parameter is either the record's key "
          + "or one header; remove one of the annotations"),
  KEY_TYPE_UNSUPPORTED(
      "@Key parameter %s of %s has type %s, which has no key codec: use String, UUID, long, Long, "
          + "int, Integer or byte[]"),
  HEADER_TYPE_UNSUPPORTED(
      "@Header(\"%s\") parameter %s of %s has type %s, which has no header codec: use String, a "
          + "primitive or its box, an enum, or UUID"),
  HEADER_NAME_BLANK(
      "@Header on parameter %s of %s has a blank name: name the header, e.g. @Header(\"%s\")"),
  HEADER_NAME_RESERVED(
      "@Header(\"%s\") on parameter %s of %s uses the prefix \"tidings-\", which is reserved for the "
          + "headers Tidings writes itself: choose another name"),
  HEADER_DUPLICATE(
      "%s writes header \"%s\" twice, from %s and %s: give each @Header parameter its own name"),

  // ---- @Consumes
  CONSUMES_NOT_TOPIC(
      "@Consumes(topic = %s.class) on %s: %s is not a @Topic interface; name the interface annotated "
          + "with @Topic that declares the records to consume"),
  GROUP_BLANK(
      "@Consumes(group = \"%s\") on %s: the consumer group must not be blank; name it after what "
          + "the consumer does, e.g. group = \"projector\""),
  CONSUMER_METHOD_PRIVATE(
      Message.CONSUMER_METHOD + "private" + Message.NOT_CALLABLE + "make it package-private, protected or public"),
  CONSUMER_METHOD_STATIC(
      Message.CONSUMER_METHOD + "static" + Message.NOT_CALLABLE
          + "make it an instance method; the dispatcher calls it on the instance Guice creates"),
  CONSUMER_METHOD_ABSTRACT(
      Message.CONSUMER_METHOD + "abstract" + Message.NOT_CALLABLE + "give it a body in a concrete class"),
  CONSUMER_METHOD_GENERIC(
      "@Consumes method %s declares type parameters %s, but the dispatcher must know the payload type "
          + "at compile time: use the concrete payload type"),
  CONSUMER_RETURN_UNSUPPORTED(
      "@Consumes method %s returns %s: return void (the record is done when the method returns) or "
          + "CompletionStage<Void> (done when the stage completes)"),
  CONSUMER_NO_PAYLOAD(
      "@Consumes method %s has no payload parameter: add exactly one parameter of a type %s "
          + "carries (%s)"),
  CONSUMER_TWO_PAYLOADS(
      "@Consumes method %s has %s payload parameters (%s), but a record carries exactly one event: "
          + "keep one, and mark the others @Key or @Header or use Metadata"),
  CONSUMER_SECOND_METADATA(
      "@Consumes method %s has two Metadata parameters, %s and %s: remove one"),
  NOT_CARRIED(
      "%s carries %s, not %s: add a publish method for %s to %s, or consume one of the carried types"),
  KEY_MISMATCH(
      "%s has keys of type %s, but @Key parameter %s of %s is %s: declare the parameter as %s"),
  KEY_ON_KEYLESS_TOPIC(
      "%s has no keys (none of its publish methods has a @Key parameter), but %s takes @Key %s: "
          + "remove the @Key parameter, or add a @Key parameter to the publish methods of %s"),
  DUPLICATE_ROUTE(
      "%s and %s both consume %s from %s in group \"%s\", so every record would be handled twice: "
          + "merge them into one method, or use different groups"),
  HEADER_NOT_WRITTEN(
      Diagnostic.Kind.WARNING,
      "%s reads header \"%s\", but no publish method of %s writes it for %s (they write %s): check "
          + "the header name"),
  HEADER_TYPE_MISMATCH(
      Diagnostic.Kind.WARNING,
      "%s reads header \"%s\" as %s, but %s writes it as %s, so decoding may fail at run time: "
          + "declare the parameter as %s (or String)"),
  CONSUMER_NOT_CLASS(Message.NOT_CREATABLE + "it is %s: move the @Consumes methods to a concrete class"),
  CONSUMER_ABSTRACT(
      Message.NOT_CREATABLE + "it is abstract: make it concrete, or move the @Consumes methods to a "
          + "concrete class"),
  CONSUMER_LOCAL(
      Message.NOT_CREATABLE + "it is a local or anonymous class: declare it as a top-level class or a "
          + "static nested class"),
  CONSUMER_INNER(Message.NOT_CREATABLE + "it is an inner class, which needs an instance of %s: declare it static"),
  CONSUMER_PRIVATE(Message.NOT_CREATABLE + "it is private: make it package-private or public"),
  CONSUMER_IN_PRIVATE(Message.NOT_CREATABLE + "it is nested in a private type: make it package-private or public"),
  CONSUMER_GENERIC(Message.NOT_CREATABLE + "it declares type parameters %s: remove the type parameters"),
  CONSUMER_NO_CONSTRUCTOR(
      Message.NOT_CREATABLE + "it has neither a non-private constructor without parameters nor an @Inject "
          + "constructor: annotate the constructor Guice should call with @Inject (jakarta.inject.Inject or "
          + "com.google.inject.Inject), or add a non-private constructor without parameters"),
  CONSUMER_TWO_INJECT_CONSTRUCTORS(
      "%s has two @Inject constructors, so Guice cannot choose one: keep @Inject on exactly one"),

  // ---- payloads (the payload analysis writes the whole text, from a PayloadPart below)
  PAYLOAD_PROBLEM("%s"),

  // ---- writing
  WRITE_FAILED(
      "Tidings could not write the code generated for %s: %s. If a type or file of that name already "
          + "exists (written by hand or by another processor), rename or remove it"),

  // ---- bugs
  UNEXPECTED(
      "Tidings processor failed on %s: %s. This is a bug in Tidings, not in your code: please report "
          + "it with this message (%s)"),

  // ---- Avro topics and schema evolution (AVRO_PROBLEM and SCHEMA_INCOMPATIBLE from PayloadParts)
  AVRO_MISSING(
      "%s is a Format.AVRO topic, but org.apache.avro:avro is not on the compile class path (its "
          + "generated codecs call it): add the dependency org.apache.avro:avro"),
  AVRO_PROBLEM("%s"),
  AVRO_SCHEMA_FILE_MISSING(
      "%s names the schema file %s with @AvroSchema, but it is not among the resources: put it in "
          + "src/main/resources/%s, or fix the path"),
  AVRO_SCHEMA_FILE_INVALID("%s (the @AvroSchema of %s) is not an Avro schema: %s"),
  /** The field, what broke (a {@code SCHEMA_} {@link PayloadPart}), why it matters, and the fix. */
  SCHEMA_INCOMPATIBLE(
      "%s %s: this breaks %s compatibility with the recorded %s (%s), because %s [Avro: %s at %s]. "
          + "Fix: %s; or, if no consumer needs old records, set @Topic(compatibility = "
          + "Compatibility.NONE)"),
  SCHEMA_HISTORY_INVALID("%s is not an Avro schema (%s): fix or delete the file"),
  SCHEMA_RECORD_FAILED("cannot record the schema of %s in %s: %s"),
  SCHEMA_RECORDED(Diagnostic.Kind.NOTE, "recorded the schema of %s as %s: commit it with the change"),
  /** Reported as an error, a warning or a note, as the build's option says. */
  SCHEMA_NOT_RECORDED(
      Diagnostic.Kind.NOTE,
      "the schema of %s is not recorded yet, so its evolution is not checked: build once with -A%s=true "
          + "to record it as %s, and commit that file"),
  /** Reported as an error, a warning or a note, as the build's option says. */
  SCHEMA_CHANGE_NOT_RECORDED(
      Diagnostic.Kind.WARNING,
      "the schema of %s changed since its recorded version v%s and is compatible (%s), but is not "
          + "recorded yet: build once with -A%s=true to record it as v%s, and commit the file"),

  // ---- @Retry and @OnFailure (failure classes, retry policies, dead letters)
  RETRY_MAX_ATTEMPTS_INVALID(
      "@Retry(maxAttempts = %s) on %s: every record is handled at least once; set maxAttempts to 1 "
          + "(no retry) or more"),
  RETRY_DELAY_INVALID(
      "@Retry(%s = \"%s\") on %s is not a duration: write it like \"500ms\", \"2s\", \"1m\", \"1h\" or "
          + "ISO-8601 (\"PT0.5S\")"),
  RETRY_DELAY_NEGATIVE(
      "@Retry(%s = \"%s\") on %s is negative: a pause cannot be shorter than zero; use \"0ms\" to retry "
          + "at once"),
  RETRY_DELAYS_INVERTED(
      "@Retry on %s: maxDelay \"%s\" is shorter than initialDelay \"%s\", so no pause could respect both: "
          + "raise maxDelay or lower initialDelay"),
  RETRY_MULTIPLIER_INVALID(
      "@Retry(multiplier = %s) on %s: pauses must not shrink; use a multiplier of 1 (no growth) or more, "
          + "e.g. 2"),
  RETRY_JITTER_INVALID(
      "@Retry(jitter = %s) on %s: jitter is the fraction of a pause spread at random, from 0 (none) to 1; "
          + "use e.g. 0.1"),
  FAILURE_NOT_EXCEPTION(
      "@OnFailure(%s = %s.class) on %s: %s is an Error, not an exception; Errors mean the JVM itself is "
          + "in trouble and are never classified: list an Exception type instead"),
  FAILURE_MAPPED_TWICE(
      "@OnFailure on %s lists %s as both %s and %s, but a failure has one class: remove it from one of "
          + "the lists"),
  FAILURE_TIDINGS_TYPE(
      "@OnFailure(%s = %s.class) on %s: %s always means a %s failure and cannot be remapped: remove it, "
          + "or throw %s instead"),
  DEAD_LETTER_TOPIC_INVALID(
      "@OnFailure(deadLetterTopic = \"%s\") on %s is not a valid Kafka topic name: use 1 to 249 "
          + "characters from [a-zA-Z0-9._-], other than \".\" and \"..\", or leave it empty for "
          + "<topic>.dlq"),
  FAILURE_ON_PLAIN_METHOD(Message.NO_EFFECT + "the method has no @Consumes" + Message.PUT_IT),
  FAILURE_ON_PLAIN_CLASS(Message.NO_EFFECT + "the class declares no @Consumes method" + Message.PUT_IT);

  private final Diagnostic.Kind kind;
  private final String format;

  Message(String format) {
    this(Diagnostic.Kind.ERROR, format);
  }

  Message(Diagnostic.Kind kind, String format) {
    this.kind = kind;
    this.format = format;
  }

  /** Whether this message is an error, a warning or a note (unless reported as another kind). */
  public Diagnostic.Kind kind() {
    return kind;
  }

  /** The message text with its arguments filled in. */
  public String format(Object... args) {
    return String.format(Locale.ROOT, format, args);
  }

  /**
   * Who could not read what, when a schema breaks backward (or forward) compatibility with the
   * recorded {@code version}: a part of {@link #SCHEMA_INCOMPATIBLE}.
   */
  public static String incompatibleBecause(boolean backward, String version) {
    return backward
        ? String.format(Locale.ROOT, "consumers with the new schema could not read records written with %s", version)
        : String.format(Locale.ROOT, "consumers still on %s could not read records written with the new schema", version);
  }

  /**
   * A problem's {@code text}, said on the element that reaches it, {@code where} (e.g. {@code
   * Events.publish(payload)}), because the element the problem is about is not being compiled.
   */
  public static String via(String where, String text) {
    return String.format(Locale.ROOT, "via %s: %s", where, text);
  }

  /**
   * What is wrong with one field of a payload (or with a part of its type) and how to fix it. The
   * payload analysis says which field, from the payload root and how it was reached, and reports the
   * whole text as {@link #PAYLOAD_PROBLEM} (JSON and every format) or {@link #AVRO_PROBLEM} (the
   * entries starting {@code AVRO_}, for Avro topics): {@code <path> <what> (<how reached>): <fix>}.
   * The entries starting {@code SCHEMA_} are parts of {@link #SCHEMA_INCOMPATIBLE}.
   */
  public enum PayloadPart {
    // ---- any format
    OBJECT(
        Message.CANNOT_ENCODE,
        "use a concrete type such as a record, String, a number, or a List/Map of those"),
    RAW_TYPE(
        "%s, a raw type, which Tidings cannot encode without its type arguments",
        "add the type arguments, e.g. List<String> or Map<String, Integer>"),
    WILDCARD(
        "the wildcard %s, which Tidings cannot encode",
        "use the exact type, e.g. List<Venue> instead of List<? extends Venue>"),
    TYPE_VARIABLE(
        "%s, a type variable, which Tidings cannot encode",
        "use a concrete type: payload types cannot be generic"),
    GENERIC_CLASS(
        "%s, a generic class, which Tidings cannot encode",
        "declare a concrete record for each use, e.g. record VenuePage(List<Venue> items)"),
    MAP_KEY(
        "%s, a Map whose keys are %s, but JSON object keys are strings",
        "use Map<String, V> and convert the keys to text, or a List of key/value records"),
    ABSTRACT(
        "%s, an interface or abstract class, which Tidings cannot create when reading",
        "use a concrete record or class; for a family of events, publish each concrete type with its"
            + " own topic method"),
    NO_BEAN_CONSTRUCTOR(
        Message.NOT_A_BEAN + "(it has no public no-arg constructor)", Message.MAKE_A_BEAN),
    NO_BEAN_PROPERTIES(Message.NOT_A_BEAN + "(it has no public getters or public fields)", Message.MAKE_A_BEAN),
    ARRAY("%s, an array, and Tidings encodes only byte[] arrays", "use %s"),
    LEGACY_DATE(
        "%s, a legacy date type, which Tidings does not encode",
        "use java.time.Instant (or LocalDate, LocalDateTime, OffsetDateTime)"),
    UNSUPPORTED(
        Message.CANNOT_ENCODE,
        "use String, a primitive or its box, BigDecimal, BigInteger, UUID, Instant, LocalDate,"
            + " LocalDateTime, OffsetDateTime, Duration, byte[], an enum, a record, or an Optional,"
            + " List, Set or Map<String, V> of those"),
    OPTIONAL_PRIMITIVE(Message.CANNOT_ENCODE, "use Optional<Integer>, Optional<Long> or Optional<Double>"),
    ZONED_DATE_TIME(
        Message.CANNOT_ENCODE, "use OffsetDateTime (a zone's rules are not part of the JSON), or Instant"),
    PRIVATE_TYPE(
        "%s, which is private, so the codec generated in its package cannot use it",
        "make it package-private or public"),
    LOCAL_TYPE(
        "%s, a local or anonymous class, which the codec generated in its package cannot name",
        "declare it as a top-level or static nested type"),
    INNER_CLASS(
        "%s, an inner class that needs an enclosing instance to be created", "declare it static"),
    CONCRETE_COLLECTION(
        "%s, a collection class, which Tidings does not create when reading",
        "declare the field as List, Set, Collection or Map<String, V>"),
    NESTED_OPTIONAL(
        "%s, an Optional of an Optional, which JSON cannot tell apart from an empty one",
        "use a single Optional"),
    GETTER_WITHOUT_SETTER(
        "has the getter %s but no setter, so Tidings could write it but never read it back",
        "add a setter %s, or rename the getter if it is not a property"),
    SETTER_NOT_ACCESSIBLE(
        "has the setter %s, which the codec generated in package %s cannot call",
        "make the setter public"),
    SETTER_TYPE(
        "has a getter of type %s, but its setter %s takes another type", "make the setter take %s"),
    NOT_A_PAYLOAD(
        "is not a payload type (Tidings encodes records and JavaBeans)",
        "wrap the value in a record, e.g. record Message(String text)"),

    // ---- Avro topics only
    AVRO_DECIMAL_MISSING(
        "is a BigDecimal without @Decimal, but an Avro decimal needs a precision and a scale",
        "annotate it @io.tidings.annotations.Decimal(precision = 10, scale = 2) with the digits it"
            + " needs"),
    AVRO_DECIMAL_INVALID(
        "has @Decimal(precision = %s, scale = %s), which Avro cannot represent",
        "use a precision of at least 1 and a scale from 0 to the precision"),
    AVRO_BIG_INTEGER(
        "is a BigInteger, which Avro has no type for",
        "use long, or BigDecimal with @Decimal(precision = ..., scale = 0)"),
    AVRO_OFFSET_DATE_TIME(
        "is an OffsetDateTime, whose offset Avro has no type for",
        "use Instant (timestamp-micros), or LocalDateTime and a separate offset field"),
    AVRO_DURATION(
        "is a Duration, which Avro's duration type (months, days, milliseconds) does not represent"
            + " faithfully",
        "use a long count of the unit you need, e.g. long timeoutMillis"),
    AVRO_EMPTY_ENUM("is the enum %s, which has no constants, but an Avro enum needs a symbol", "add one"),
    AVRO_NAME(
        "uses the name \"%s\", which is not a valid Avro name ([A-Za-z_][A-Za-z0-9_]*)",
        "rename it with ASCII letters, digits and underscores"),
    AVRO_SCHEMA_MISMATCH(
        "does not match %s: the Java type gives %s, the file declares %s",
        "change the Java field or the file so that they agree"),

    // ---- schema evolution: how a field breaks the compatibility its topic promises with a recorded
    // version (SCHEMA_INCOMPATIBLE says which version, and why it matters)
    SCHEMA_NEW_FIELD_WITHOUT_DEFAULT(
        "is a new field without a default",
        "declare it Optional<...> or @Nullable, so it defaults to null, or remove it"),
    SCHEMA_FIELD_REMOVED(
        "was removed or renamed, but %s declares it without a default",
        "keep the field; to drop it, first record a version where it is Optional<...> or @Nullable"),
    SCHEMA_TYPE_CHANGED("changed type from %s to %s, which Avro cannot convert", Message.KEEP_TYPE),
    SCHEMA_TYPE_CHANGED_BACK("changed type from %s to %s, which Avro cannot convert back", Message.KEEP_TYPE),
    SCHEMA_ENUM_CONSTANTS_LOST("lost enum constants that records of %s may hold", "keep the constants of %s"),
    SCHEMA_ENUM_CONSTANTS_ADDED(
        "has enum constants that consumers on %s do not know",
        "keep the constants of %s, or relax the topic to compatibility BACKWARD"),
    SCHEMA_UNION_BRANCH_LOST("no longer accepts a value %s allows (%s)", Message.KEEP_NULLABLE),
    SCHEMA_UNION_BRANCH_ADDED("accepts a value %s does not (%s)", Message.KEEP_NULLABLE),
    SCHEMA_NAME_CHANGED(
        "changed its name from %s to %s",
        "keep the type's name and package (they are the Avro full name)"),
    SCHEMA_OTHER("is incompatible (%s)", "keep the recorded definition");

    private final String what;
    private final String fix;

    PayloadPart(String what, String fix) {
      this.what = what;
      this.fix = fix;
    }

    /** What is wrong, with the arguments filled in. */
    public String what(Object... args) {
      return String.format(Locale.ROOT, what, args);
    }

    /** How to fix it, with the arguments filled in. */
    public String fix(Object... args) {
      return String.format(Locale.ROOT, fix, args);
    }

    /**
     * The whole text said of {@code subject} (a field's path, or a type): {@code <subject> <what>:
     * <fix>}, for a part whose fix takes no arguments.
     */
    public String of(Object subject, Object... whatArgs) {
      return subject + " " + what(whatArgs) + ": " + fix();
    }
  }

  // shared parts (qualified where used: an enum constant may not name a later field simply)
  private static final String NO_EFFECT = "@%s on %s has no effect: ";
  private static final String PUT_IT = ". Put it on a @Consumes method, or on the class that declares them";
  private static final String NOT_A_BEAN = "%s, which is neither a record nor a JavaBean ";
  private static final String MAKE_A_BEAN =
      "make it a record, or give it a public no-arg constructor and a public getter and setter per property";
  private static final String CONSUMER_METHOD = "@Consumes method %s is ";
  private static final String NOT_CALLABLE = ", so the generated dispatcher cannot call it on the consumer: ";
  private static final String NOT_CREATABLE = "%s has @Consumes methods, so Guice must create it, but ";
  private static final String CANNOT_ENCODE = "%s, which Tidings cannot encode";
  private static final String KEEP_TYPE =
      "keep the recorded type (Avro promotes only int to long, float or double, long to float or"
          + " double, float to double, and string to bytes and back), or add a new field with a default";
  private static final String KEEP_NULLABLE = "keep it as nullable (Optional<...> or @Nullable) as recorded";
}
