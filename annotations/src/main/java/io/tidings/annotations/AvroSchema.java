package io.tidings.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Schema-first Avro: names the {@code .avsc} resource a payload type must match, for teams that own
 * their schemas as files. The processor reads it from the resources being compiled (e.g. {@code
 * src/main/resources/schemas/BookingCreated.avsc} is {@code "schemas/BookingCreated.avsc"}) and
 * fails compilation, on the field, if the Java type does not match it field by field: names and
 * order, types, nullability (a union with {@code null} first), defaults and logical types. A
 * matching file's schema (with its names, docs and defaults) becomes the payload's canonical schema.
 *
 * <pre>{@code
 * @AvroSchema("schemas/BookingCreated.avsc")
 * public record BookingCreated(String bookingId, int seats) {}
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface AvroSchema {
  /** The resource path of the {@code .avsc} file, relative to the resource roots. */
  String value();
}
