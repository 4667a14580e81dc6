package io.tidings.processor.payload;

/**
 * Every payload diagnostic, in one place. Each has what is wrong (said of a field's type, or of a
 * part inside it) and how to fix it, as format strings; {@link Payloads} adds the field's path from
 * the payload root and how the field was reached.
 */
enum PayloadMessage {
  OBJECT(
      "%s, which Tidings cannot encode",
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
  NOT_A_BEAN(
      "%s, which is neither a record nor a JavaBean (%s)",
      "make it a record, or give it a public no-arg constructor and a public getter and setter per"
          + " property"),
  ARRAY("%s, an array, and Tidings encodes only byte[] arrays", "use %s"),
  LEGACY_DATE(
      "%s, a legacy date type, which Tidings does not encode",
      "use java.time.Instant (or LocalDate, LocalDateTime, OffsetDateTime)"),
  UNSUPPORTED("%s, which Tidings cannot encode", "%s"),
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
      "wrap the value in a record, e.g. record Message(String text)");

  private final String what;
  private final String fix;

  PayloadMessage(String what, String fix) {
    this.what = what;
    this.fix = fix;
  }

  /** What is wrong, with the message's arguments filled in. */
  String what(Object... args) {
    return String.format(what, args);
  }

  /** How to fix it, with the message's arguments filled in. */
  String fix(Object... args) {
    return String.format(fix, args);
  }
}
