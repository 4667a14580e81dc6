package io.tidings.processor.payload;

import java.util.List;
import javax.lang.model.element.TypeElement;
import org.apache.avro.Schema;

/**
 * A payload's canonical Avro schema as {@link AvroSchemas} derived it, or the problems that keep it
 * from having one.
 *
 * @param type the payload type
 * @param schema its schema, or {@code null} if there are problems
 * @param problems every problem, each on the field with the fix; empty when {@code schema} is set
 */
public record AvroPayload(TypeElement type, Schema schema, List<PayloadProblem> problems) {
  /** Copies the problems. */
  public AvroPayload {
    problems = List.copyOf(problems);
  }
}
