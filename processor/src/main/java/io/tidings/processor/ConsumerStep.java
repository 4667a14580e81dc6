package io.tidings.processor;

import io.tidings.processor.diag.Report;
import io.tidings.processor.model.ConsumerMethod;
import io.tidings.processor.model.ConsumerModel;
import io.tidings.processor.model.TopicModel;
import io.tidings.processor.read.ConsumerParser;
import io.tidings.processor.read.NotReadyException;
import io.tidings.processor.validate.ConsumerValidator;
import io.tidings.processor.write.DispatcherWriter;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.TypeElement;

/**
 * Handles classes with {@code @Consumes} methods: parses each (with the topics it names), validates
 * it, reports every problem, and for valid ones writes the dispatcher. A consumer waits for the next
 * round while a topic it names does; it gets no dispatcher while a topic it names failed (that
 * topic's errors are already reported).
 */
final class ConsumerStep {
  private final ProcessorContext context;
  private final ConsumerParser parser;
  private final ConsumerValidator validator;
  private final DispatcherWriter writer = new DispatcherWriter();
  private final TopicStep topics;

  ConsumerStep(ProcessorContext context, TopicStep topics) {
    this.context = context;
    this.topics = topics;
    this.parser = new ConsumerParser(context.reader, context.payloads, this::topic);
    this.validator = new ConsumerValidator(context.reader, context.env.getTypeUtils());
  }

  private TopicModel topic(TypeElement element) {
    if (topics.outcome(element) == TopicStep.Outcome.DEFERRED) {
      throw new NotReadyException(element.getQualifiedName().toString());
    }
    return topics.parse(element);
  }

  /** Processes this round's consumer classes; returns the names of those deferred to the next round. */
  List<String> process(List<TypeElement> elements) {
    List<String> deferred = new ArrayList<>();
    for (TypeElement element : elements) {
      if (context.guard(element, () -> handle(element)) == ProcessorContext.Result.DEFERRED) {
        deferred.add(element.getQualifiedName().toString());
      }
    }
    return deferred;
  }

  private void handle(TypeElement element) {
    ConsumerModel model = parser.parse(element);
    Report report = new Report();
    validator.validate(model, report);
    report.printTo(context.messager);
    if (report.hasErrors() || !context.requireRuntime(element)) {
      return;
    }
    for (ConsumerMethod method : model.methods()) {
      if (topics.outcome(method.topic().element()) == TopicStep.Outcome.FAILED) {
        return;
      }
    }
    ProcessorContext.unchecked(() -> writer.write(model).writeTo(context.filer));
    context.serviceFile.add(DispatcherWriter.nameOf(element));
  }
}
