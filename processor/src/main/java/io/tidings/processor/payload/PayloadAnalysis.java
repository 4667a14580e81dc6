package io.tidings.processor.payload;

import java.util.List;
import javax.lang.model.element.TypeElement;

/**
 * What the payload analysis found for one type: the type, whether it must wait for a later round,
 * and every problem that stops it from being encoded.
 *
 * @param type the payload type
 * @param deferred whether the type refers to types not generated yet
 * @param problems what stops the type from being a payload
 */
public record PayloadAnalysis(TypeElement type, boolean deferred, List<PayloadProblem> problems) {
  /** Whether a codec can be generated for the type now. */
  public boolean ok() {
    return !deferred && problems.isEmpty();
  }
}
