package io.tidings.processor;

import io.tidings.processor.diag.Report;
import io.tidings.processor.model.EventTypeModel;
import io.tidings.processor.model.TopicModel;
import io.tidings.processor.read.TopicParser;
import io.tidings.processor.validate.TopicConflicts;
import io.tidings.processor.validate.TopicValidator;
import io.tidings.processor.write.PublisherWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.TypeElement;

/**
 * Handles {@code @Topic} interfaces: parses each, validates it on its own and against the other
 * declarations of its name, reports every problem, and for valid ones writes the publisher and the
 * payload codecs. Remembers the outcome per interface so the consumer step knows whether a topic
 * it refers to was generated, failed, or waits for a later round.
 */
final class TopicStep {
  /** What became of a topic interface in this run. */
  enum Outcome {
    GENERATED,
    FAILED,
    DEFERRED
  }

  private final ProcessorContext context;
  private final TopicParser parser;
  private final TopicValidator validator;
  private final TopicConflicts conflicts = new TopicConflicts();
  private final PublisherWriter writer = new PublisherWriter();
  private final Map<String, Outcome> outcomes = new HashMap<>();
  private final AvroTopics avro;

  TopicStep(ProcessorContext context) {
    this.context = context;
    this.parser = new TopicParser(context.env, context.reader, context.payloads);
    this.validator = new TopicValidator(context::inThisCompilation);
    this.avro = new AvroTopics(context);
  }

  /** Parses a topic interface (for consumers, whose topic may come from the class path). */
  TopicModel parse(TypeElement element) {
    return parser.parse(element);
  }

  /** What became of {@code element}, or {@code null} if it was not processed in this run. */
  Outcome outcome(TypeElement element) {
    return outcomes.get(element.getQualifiedName().toString());
  }

  /** Processes this round's topic interfaces; returns the names of those deferred to the next round. */
  List<String> process(List<TypeElement> elements) {
    List<String> deferred = new ArrayList<>();
    Map<TypeElement, TopicModel> models = new LinkedHashMap<>();
    for (TypeElement element : elements) {
      ProcessorContext.Result result = context.guard(element, () -> models.put(element, parser.parse(element)));
      String name = element.getQualifiedName().toString();
      if (result == ProcessorContext.Result.DEFERRED) {
        deferred.add(name);
        outcomes.put(name, Outcome.DEFERRED);
      } else if (result == ProcessorContext.Result.FAILED) {
        outcomes.put(name, Outcome.FAILED);
      }
    }
    Map<TopicModel, Report> reports = new LinkedHashMap<>();
    for (TopicModel model : models.values()) {
      Report report = new Report();
      Runnable validate = () -> {
        validator.validate(model, report);
        if (!report.hasErrors()) {
          if (isAvro(model)) {
            avro.check(model, report);
          } else {
            avro.checkCanonical(model, report);
          }
        }
      };
      if (context.guard(model.element(), validate) == ProcessorContext.Result.DONE) {
        reports.put(model, report);
      } else {
        outcomes.put(model.element().getQualifiedName().toString(), Outcome.FAILED);
      }
    }
    for (TopicModel model : reports.keySet()) {
      outcomes.put(model.element().getQualifiedName().toString(), Outcome.FAILED); // until generated
    }
    boolean checked = reports.isEmpty()
        || context.guard(
                reports.keySet().iterator().next().element(),
                () -> conflicts.check(new ArrayList<>(reports.keySet()), reports))
            == ProcessorContext.Result.DONE;
    for (Map.Entry<TopicModel, Report> entry : reports.entrySet()) {
      TopicModel model = entry.getKey();
      Report report = entry.getValue();
      report.printTo(context.messager);
      String name = model.element().getQualifiedName().toString();
      // Without the cross-topic check (its failure is reported) nothing is generated.
      if (!checked || report.hasErrors() || !context.requireRuntime(model.element())) {
        continue;
      }
      if (context.guard(model.element(), () -> write(model)) == ProcessorContext.Result.DONE) {
        outcomes.put(name, Outcome.GENERATED);
      }
    }
    return deferred;
  }

  private static boolean isAvro(TopicModel model) {
    return model.annotation().format().equals("AVRO");
  }

  private void write(TopicModel model) {
    ProcessorContext.unchecked(() -> {
      writer.write(model).writeTo(context.filer);
      if (isAvro(model)) {
        avro.writeCodecs(model);
      } else {
        for (EventTypeModel eventType : model.eventTypes()) {
          context.codecs.writeCodecs(eventType.parameter().payload(), model.element());
        }
      }
    });
    context.serviceFile.add(PublisherWriter.nameOf(model.element()));
  }
}
