package io.tidings.processor.validate;

import io.tidings.processor.diag.Message;
import io.tidings.processor.diag.Report;
import io.tidings.processor.model.Display;
import io.tidings.processor.model.FailureModel;
import io.tidings.processor.model.FailureModel.Mapping;
import io.tidings.processor.model.FailureModel.OnFailureAnnotation;
import io.tidings.processor.model.FailureModel.RetryAnnotation;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Checks {@code @Retry} and {@code @OnFailure}: every value the runtime would reject is an error on
 * that exact value — attempts below 1, durations that do not parse or are negative, a max delay
 * below the initial delay, a multiplier below 1, jitter outside 0 to 1, an {@code Error} listed as a
 * failure class, a type listed twice, Tidings' own failure types remapped, a bad topic name.
 */
final class FailureValidator {
  private static final Pattern TOPIC_NAME = Pattern.compile("[a-zA-Z0-9._-]{1,249}");
  private static final Map<String, String> TIDINGS_TYPES = Map.of(
      "io.tidings.runtime.TransientFailure", "transient",
      "io.tidings.runtime.PermanentFailure", "permanent",
      "io.tidings.runtime.BusinessFailure", "business");

  /** Checks the annotations of the consumer class itself (once per class). */
  void validateClass(TypeElement type, FailureModel any, Report report) {
    String where = Display.of(type);
    if (any.classRetry() != null) {
      checkRetry(any.classRetry(), where, report);
    }
    if (any.classOnFailure() != null) {
      checkOnFailure(any.classOnFailure(), where, report);
    }
  }

  /** Checks the annotations on one method. */
  void validateMethod(ExecutableElement method, String display, FailureModel failure, Report report) {
    if (failure.methodRetry() != null) {
      checkRetry(failure.methodRetry(), display, report);
    }
    if (failure.methodOnFailure() != null) {
      checkOnFailure(failure.methodOnFailure(), display, report);
    }
  }

  private static void checkRetry(RetryAnnotation retry, String where, Report report) {
    Element element = retry.element();
    AnnotationValue attempts = retry.value("maxAttempts");
    if (attempts != null && attempts.getValue() instanceof Integer n && n < 1) {
      report.add(Message.RETRY_MAX_ATTEMPTS_INVALID, element, retry.mirror(), attempts, n, where);
    }
    Long initial = delay(retry, "initialDelay", where, report);
    Long max = delay(retry, "maxDelay", where, report);
    if (initial != null && max != null && initial >= 0 && max >= 0 && max < initial) {
      report.add(
          Message.RETRY_DELAYS_INVERTED,
          element,
          retry.mirror(),
          retry.value("maxDelay"),
          where,
          retry.value("maxDelay").getValue(),
          retry.value("initialDelay").getValue());
    }
    AnnotationValue multiplier = retry.value("multiplier");
    if (multiplier != null && multiplier.getValue() instanceof Double m && !(m >= 1.0 && !m.isInfinite())) {
      report.add(Message.RETRY_MULTIPLIER_INVALID, element, retry.mirror(), multiplier, FailureModel.number(m), where);
    }
    AnnotationValue jitter = retry.value("jitter");
    if (jitter != null && jitter.getValue() instanceof Double j && !(j >= 0.0 && j <= 1.0)) {
      report.add(Message.RETRY_JITTER_INVALID, element, retry.mirror(), jitter, FailureModel.number(j), where);
    }
  }

  private static Long delay(RetryAnnotation retry, String member, String where, Report report) {
    AnnotationValue value = retry.value(member);
    if (value == null || !(value.getValue() instanceof String text)) {
      return null;
    }
    Long millis = FailureModel.millis(text);
    if (millis == null) {
      report.add(Message.RETRY_DELAY_INVALID, retry.element(), retry.mirror(), value, member, text, where);
    } else if (millis < 0) {
      report.add(Message.RETRY_DELAY_NEGATIVE, retry.element(), retry.mirror(), value, member, text, where);
    }
    return millis;
  }

  private static void checkOnFailure(OnFailureAnnotation onFailure, String where, Report report) {
    Map<String, String> listed = new HashMap<>();
    check(onFailure, onFailure.permanent(), "permanent", where, listed, report);
    check(onFailure, onFailure.business(), "business", where, listed, report);
    if (onFailure.deadLetterTopic() != null) {
      String topic = onFailure.deadLetterTopic();
      if (!TOPIC_NAME.matcher(topic).matches() || topic.equals(".") || topic.equals("..")) {
        report.add(
            Message.DEAD_LETTER_TOPIC_INVALID, onFailure.element(), onFailure.mirror(), onFailure.deadLetterValue(), topic, where);
      }
    }
  }

  private static void check(
      OnFailureAnnotation onFailure,
      List<Mapping> mappings,
      String kind,
      String where,
      Map<String, String> listed,
      Report report) {
    for (Mapping mapping : mappings) {
      String name = mapping.element().getQualifiedName().toString();
      String simple = Display.of(mapping.element());
      String previous = listed.putIfAbsent(name, kind);
      if (previous != null) {
        report.add(Message.FAILURE_MAPPED_TWICE, onFailure.element(), onFailure.mirror(), mapping.value(),
            where, simple, previous, kind);
        continue;
      }
      if (isError(mapping.type())) {
        report.add(Message.FAILURE_NOT_EXCEPTION, onFailure.element(), onFailure.mirror(), mapping.value(),
            kind, simple, where, simple);
        continue;
      }
      String own = TIDINGS_TYPES.get(name);
      if (own != null && !own.equals(kind)) {
        String replacement = kind.equals("permanent") ? "PermanentFailure"
            : kind.equals("business") ? "BusinessFailure" : "TransientFailure";
        report.add(Message.FAILURE_TIDINGS_TYPE, onFailure.element(), onFailure.mirror(), mapping.value(),
            kind, simple, where, simple, own, replacement);
      }
    }
  }

  private static boolean isError(TypeMirror type) {
    TypeMirror current = type;
    while (current != null && current.getKind() == TypeKind.DECLARED) {
      TypeElement element = (TypeElement) ((DeclaredType) current).asElement();
      if (element.getQualifiedName().contentEquals("java.lang.Error")) {
        return true;
      }
      current = element.getSuperclass();
    }
    return false;
  }
}
