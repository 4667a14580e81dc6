package io.tidings.processor.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;

/**
 * What a consumer method's {@code @Retry} and {@code @OnFailure} say, on the method and on its
 * class, as written in source (only explicit members count; the rest comes from the runtime's
 * settings). The validator checks it; {@link #maxAttempts()} and its siblings give the merged
 * value, the method's own first.
 *
 * @param classRetry the class's {@code @Retry}, or {@code null}
 * @param methodRetry the method's {@code @Retry}, or {@code null}
 * @param classOnFailure the class's {@code @OnFailure}, or {@code null}
 * @param methodOnFailure the method's {@code @OnFailure}, or {@code null}
 */
public record FailureModel(
    RetryAnnotation classRetry,
    RetryAnnotation methodRetry,
    OnFailureAnnotation classOnFailure,
    OnFailureAnnotation methodOnFailure) {

  /** No annotation anywhere: the method follows the application's defaults. */
  public boolean isDefault() {
    return classRetry == null && methodRetry == null && classOnFailure == null && methodOnFailure == null;
  }

  /** One {@code @Retry}: where it is and its explicit members. */
  public record RetryAnnotation(Element element, AnnotationMirror mirror, Map<String, AnnotationValue> explicit) {
    /** The explicit value of {@code member}, or {@code null}. */
    public AnnotationValue value(String member) {
      return explicit.get(member);
    }
  }

  /**
   * One type listed in {@code @OnFailure}.
   *
   * @param type the exception type
   * @param value the annotation value naming it, to report on
   */
  public record Mapping(TypeMirror type, AnnotationValue value) {
    /** The type's element. */
    public TypeElement element() {
      return (TypeElement) ((DeclaredType) type).asElement();
    }
  }

  /**
   * One {@code @OnFailure}.
   *
   * @param element the method or class it is on
   * @param mirror the annotation
   * @param permanent the permanent types in source order
   * @param business the business types in source order
   * @param deadLetterTopic the dead-letter topic, or {@code null} if not set (or empty)
   * @param deadLetterValue the value naming it, or {@code null}
   */
  public record OnFailureAnnotation(
      Element element,
      AnnotationMirror mirror,
      List<Mapping> permanent,
      List<Mapping> business,
      String deadLetterTopic,
      AnnotationValue deadLetterValue) {}

  /** The explicit {@code maxAttempts}, method before class, or {@code null}. */
  public Integer maxAttempts() {
    Object value = retryValue("maxAttempts");
    return value instanceof Integer number ? number : null;
  }

  /** The explicit {@code initialDelay} in milliseconds, or {@code null}. */
  public Long initialDelayMillis() {
    Object value = retryValue("initialDelay");
    return value instanceof String text ? millis(text) : null;
  }

  /** The explicit {@code maxDelay} in milliseconds, or {@code null}. */
  public Long maxDelayMillis() {
    Object value = retryValue("maxDelay");
    return value instanceof String text ? millis(text) : null;
  }

  /** The explicit {@code multiplier}, or {@code null}. */
  public Double multiplier() {
    Object value = retryValue("multiplier");
    return value instanceof Double number ? number : null;
  }

  /** The explicit {@code backoff} constant's name, or {@code null}. */
  public String backoff() {
    Object value = retryValue("backoff");
    return value instanceof VariableElement constant ? constant.getSimpleName().toString() : null;
  }

  /** The explicit {@code jitter}, or {@code null}. */
  public Double jitter() {
    Object value = retryValue("jitter");
    return value instanceof Double number ? number : null;
  }

  /** The permanent types: the method's, then the class's that the method does not list itself. */
  public List<Mapping> permanent() {
    return merged(true);
  }

  /** The business types: the method's, then the class's that the method does not list itself. */
  public List<Mapping> business() {
    return merged(false);
  }

  /** The dead-letter topic, method before class, or {@code null}. */
  public String deadLetterTopic() {
    if (methodOnFailure != null && methodOnFailure.deadLetterTopic() != null) {
      return methodOnFailure.deadLetterTopic();
    }
    return classOnFailure == null ? null : classOnFailure.deadLetterTopic();
  }

  private List<Mapping> merged(boolean permanent) {
    List<Mapping> all = new ArrayList<>();
    List<String> listedByMethod = new ArrayList<>();
    if (methodOnFailure != null) {
      all.addAll(permanent ? methodOnFailure.permanent() : methodOnFailure.business());
      methodOnFailure.permanent().forEach(mapping -> listedByMethod.add(mapping.type().toString()));
      methodOnFailure.business().forEach(mapping -> listedByMethod.add(mapping.type().toString()));
    }
    if (classOnFailure != null) {
      for (Mapping mapping : permanent ? classOnFailure.permanent() : classOnFailure.business()) {
        if (!listedByMethod.contains(mapping.type().toString())) {
          all.add(mapping);
        }
      }
    }
    return all;
  }

  private Object retryValue(String member) {
    if (methodRetry != null && methodRetry.value(member) != null) {
      return methodRetry.value(member).getValue();
    }
    if (classRetry != null && classRetry.value(member) != null) {
      return classRetry.value(member).getValue();
    }
    return null;
  }

  private static final Pattern SIMPLE = Pattern.compile("(-?\\d+)\\s*(ms|s|m|h|d)");

  /**
   * A duration as {@code @Retry} accepts it ({@code 500ms}, {@code 2s}, {@code 1m}, {@code 1h},
   * {@code 1d} or ISO-8601) in milliseconds, or {@code null} if it is none of those. Negative values
   * parse (the validator names them).
   */
  public static Long millis(String text) {
    String value = text.trim().toLowerCase(Locale.ROOT);
    Matcher matcher = SIMPLE.matcher(value);
    try {
      if (matcher.matches()) {
        long amount = Long.parseLong(matcher.group(1));
        long unit = switch (matcher.group(2)) {
          case "ms" -> 1L;
          case "s" -> 1000L;
          case "m" -> 60_000L;
          case "h" -> 3_600_000L;
          default -> 86_400_000L;
        };
        return Math.multiplyExact(amount, unit);
      }
      if (value.startsWith("p") || value.startsWith("-p")) {
        return java.time.Duration.parse(value.toUpperCase(Locale.ROOT)).toMillis();
      }
    } catch (ArithmeticException | java.time.format.DateTimeParseException | NumberFormatException e) {
      return null;
    }
    return null;
  }

  /** A multiplier or jitter as Java source would print it, for messages. */
  public static String number(double value) {
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }
}
