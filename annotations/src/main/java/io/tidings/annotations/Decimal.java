package io.tidings.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The precision and scale of a {@code BigDecimal} payload field, which its Avro schema needs (Avro's
 * {@code decimal} logical type stores an unscaled integer): put it on the record component, field or
 * getter. Required for every {@code BigDecimal} of a payload on a {@link Format#AVRO} topic; values
 * whose scale differs are rescaled without rounding (or rejected when encoding if that would lose
 * digits).
 *
 * <pre>{@code
 * record Priced(@Decimal(precision = 10, scale = 2) BigDecimal price) {}
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
public @interface Decimal {
  /** The total number of digits, at least 1. */
  int precision();

  /** The digits after the decimal point, from 0 to {@link #precision()}. */
  int scale();
}
