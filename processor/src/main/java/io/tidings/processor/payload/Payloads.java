package io.tidings.processor.payload;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Placeholder for the payload analysis (replaced by the codec branch): accepts any class or record
 * type as a payload, defers types that are not generated yet, and rejects everything else.
 */
public final class Payloads {
  private final Map<String, PayloadAnalysis> cache = new HashMap<>();

  /** Creates the analysis for one processor run. */
  public Payloads(ProcessingEnvironment env) {}

  /** Analyzes {@code type} as a payload; cached per type. */
  public PayloadAnalysis analyze(TypeMirror type) {
    PayloadAnalysis cached = cache.get(type.toString());
    if (cached != null) {
      return cached;
    }
    PayloadAnalysis analysis = compute(type);
    if (!analysis.deferred()) {
      cache.put(type.toString(), analysis); // a deferred type may resolve in the next round
    }
    return analysis;
  }

  private static PayloadAnalysis compute(TypeMirror type) {
    if (type.getKind() == TypeKind.ERROR) {
      return new PayloadAnalysis(null, true, List.of());
    }
    if (type.getKind() == TypeKind.DECLARED) {
      TypeElement element = (TypeElement) ((DeclaredType) type).asElement();
      if (element.getKind().isClass()) {
        return new PayloadAnalysis(element, false, List.of());
      }
    }
    return new PayloadAnalysis(
        null,
        false,
        List.of(new PayloadProblem(null, type + " is not a payload type: use a record or a class")));
  }
}
