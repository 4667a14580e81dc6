package io.tidings.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Binds a parameter to a record header. On a publish method the value is written to the header
 * named {@link #value()}; on a consumer method the header is read and converted back. Supported
 * types: {@code String}, primitives and their boxes, enums and {@code UUID}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.PARAMETER)
public @interface Header {
  /** The header name, unique within one method. */
  String value();
}
