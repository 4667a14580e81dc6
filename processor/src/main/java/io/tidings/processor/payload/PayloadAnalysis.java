package io.tidings.processor.payload;

import java.util.List;
import javax.lang.model.element.TypeElement;

/**
 * What {@link Payloads#analyze} found out about one payload type: whether Tidings can encode it and
 * every type it reaches, and if not, every problem. An analysis is {@link #ok()} when no reached
 * type is still missing ({@link #deferred()}: the caller retries in the next round, when another
 * processor may have generated it) and there is no problem; only then may its codecs be written
 * with {@link JsonCodecWriter#writeCodecs}.
 *
 * @param type the payload type, or {@code null} if the analysed type is not a class at all (a
 *     primitive, an array)
 * @param deferred whether some reached type is not generated yet ({@code TypeKind.ERROR})
 * @param problems every problem of the payload type and of the types it reaches, each once, in a
 *     stable order; empty when {@code deferred}
 */
public record PayloadAnalysis(TypeElement type, boolean deferred, List<PayloadProblem> problems) {
  /** Copies the list of problems. */
  public PayloadAnalysis {
    problems = List.copyOf(problems);
  }

  /** Whether the codecs of this payload can be written now. */
  public boolean ok() {
    return !deferred && problems.isEmpty();
  }
}
