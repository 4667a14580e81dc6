package io.tidings.processor.payload;

/**
 * Every Avro diagnostic of a payload field: what is wrong and how to fix it, as format strings;
 * {@link AvroSchemas} prefixes the field's path.
 */
enum AvroMessage {
  DECIMAL_MISSING(
      "is a BigDecimal without @Decimal, but an Avro decimal needs a precision and a scale",
      "annotate it @io.tidings.annotations.Decimal(precision = 10, scale = 2) with the digits it"
          + " needs"),
  DECIMAL_INVALID(
      "has @Decimal(precision = %s, scale = %s), which Avro cannot represent",
      "use a precision of at least 1 and a scale from 0 to the precision"),
  UNSUPPORTED_BIG_INTEGER(
      "is a BigInteger, which Avro has no type for",
      "use long, or BigDecimal with @Decimal(precision = ..., scale = 0)"),
  UNSUPPORTED_OFFSET_DATE_TIME(
      "is an OffsetDateTime, whose offset Avro has no type for",
      "use Instant (timestamp-micros), or LocalDateTime and a separate offset field"),
  UNSUPPORTED_DURATION(
      "is a Duration, which Avro's duration type (months, days, milliseconds) does not represent"
          + " faithfully",
      "use a long count of the unit you need, e.g. long timeoutMillis"),
  EMPTY_ENUM("is the enum %s, which has no constants, but an Avro enum needs a symbol", "add one"),
  NAME(
      "uses the name \"%s\", which is not a valid Avro name ([A-Za-z_][A-Za-z0-9_]*)",
      "rename it with ASCII letters, digits and underscores");

  private final String what;
  private final String fix;

  AvroMessage(String what, String fix) {
    this.what = what;
    this.fix = fix;
  }

  /** What is wrong, with the arguments filled in. */
  String what(Object... args) {
    return String.format(what, args);
  }

  /** How to fix it. */
  String fix() {
    return fix;
  }
}
