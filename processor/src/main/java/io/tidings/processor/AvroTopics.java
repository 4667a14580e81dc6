package io.tidings.processor;

import io.tidings.processor.diag.Message;
import io.tidings.processor.diag.Message.PayloadPart;
import io.tidings.processor.diag.Report;
import io.tidings.processor.model.EventTypeModel;
import io.tidings.processor.model.TopicModel;
import io.tidings.processor.payload.AvroCodecWriter;
import io.tidings.processor.payload.AvroPayload;
import io.tidings.processor.payload.AvroSchemas;
import io.tidings.processor.payload.PayloadAnalysis;
import io.tidings.processor.payload.PayloadProblem;
import io.tidings.processor.payload.SchemaHistory;
import io.tidings.processor.payload.SchemaHistory.Break;
import io.tidings.processor.payload.SchemaHistory.Version;
import io.tidings.processor.read.TopicAnnotation;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;
import javax.tools.FileObject;
import javax.tools.StandardLocation;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility.Incompatibility;

/**
 * The Avro side of the topic step, for {@code Format.AVRO} topics: derives every payload's schema
 * (reporting what Avro cannot represent), checks it against the recorded history under the topic's
 * compatibility mode, records it when asked, and writes the Avro codecs with their history. Not
 * thread-safe, like the processor.
 */
final class AvroTopics {
  static final String AVRO_SCHEMA = "io.tidings.annotations.AvroSchema";

  static {
    // Avro's classes log through SLF4J, which has no backend inside javac and would print a
    // "no providers" warning into every build; silence SLF4J's own reporting unless a user set it.
    System.getProperties().putIfAbsent("slf4j.internal.verbosity", "ERROR");
  }

  private final ProcessorContext context;
  private final AvroSchemas schemas;
  private final AvroCodecWriter writer;
  private final SchemaHistory history;
  /** The recorded versions of each payload, as JSON, by payload type, once checked. */
  private final Map<String, List<String>> versions = new HashMap<>();
  /** The canonical schema of each payload (derived, or declared with {@code @AvroSchema}). */
  private final Map<String, Schema> current = new HashMap<>();

  AvroTopics(ProcessorContext context) {
    this.context = context;
    this.schemas = new AvroSchemas(context.elements, context.payloads);
    this.writer = new AvroCodecWriter(context.env, context.payloads, schemas);
    this.history = SchemaHistory.from(context.env.getOptions(), context.filer);
  }

  /** Adds the Avro problems of an AVRO topic's payloads to {@code report}. */
  void check(TopicModel topic, Report report) {
    TopicAnnotation annotation = topic.annotation();
    if (context.elements.getTypeElement("org.apache.avro.io.Encoder") == null) {
      report.add(
          Message.AVRO_MISSING, topic.element(), annotation.mirror(), annotation.value("format"), topic.display());
      return;
    }
    for (EventTypeModel eventType : topic.eventTypes()) {
      PayloadAnalysis analysis = eventType.parameter().payload();
      if (analysis == null || !analysis.ok()) {
        continue; // reported by the topic validator, or waiting for the next round
      }
      AvroPayload avro = schemas.derive(analysis);
      if (avro.schema() == null) {
        for (PayloadProblem problem : avro.problems()) {
          report(report, Message.AVRO_PROBLEM, problem.element(), eventType, problem.message());
        }
        continue;
      }
      Schema schema = avro.schema();
      String resource = declaredResource(eventType.type());
      if (resource != null) {
        schema = declared(resource, eventType, analysis, avro, report);
        if (schema == null) {
          continue;
        }
      }
      current.put(eventType.type().getQualifiedName().toString(), schema);
      checkHistory(topic, eventType, analysis, schema, report);
    }
  }

  /**
   * Checks the canonical schemas of a JSON topic's payloads against their history, for the payloads
   * that have one (or records them when recording is on); a JSON payload without history is not
   * reported.
   */
  void checkCanonical(TopicModel topic, Report report) {
    if (history.directory() == null) {
      return;
    }
    for (EventTypeModel eventType : topic.eventTypes()) {
      PayloadAnalysis analysis = eventType.parameter().payload();
      if (analysis == null || !analysis.ok()) {
        continue;
      }
      AvroPayload avro = schemas.canonical(analysis);
      if (avro.schema() == null) {
        continue; // a name Avro cannot represent: no canonical schema to check
      }
      if (!history.recording() && !hasHistory(avro.schema().getFullName())) {
        continue;
      }
      checkHistory(topic, eventType, analysis, avro.schema(), report);
    }
  }

  private boolean hasHistory(String fullName) {
    try {
      return !history.versions(fullName).isEmpty();
    } catch (IllegalArgumentException e) {
      return true; // checkHistory reports the unreadable file
    }
  }

  /** The resource named by the payload's {@code @AvroSchema}, or {@code null}. */
  private static String declaredResource(TypeElement type) {
    for (AnnotationMirror mirror : type.getAnnotationMirrors()) {
      if (((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().contentEquals(AVRO_SCHEMA)) {
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry : mirror.getElementValues().entrySet()) {
          if (entry.getKey().getSimpleName().contentEquals("value") && entry.getValue().getValue() instanceof String text) {
            return text;
          }
        }
      }
    }
    return null;
  }

  /** The declared schema if the Java type matches it; else reports why and returns {@code null}. */
  private Schema declared(
      String resource, EventTypeModel eventType, PayloadAnalysis analysis, AvroPayload avro, Report report) {
    String text = null;
    for (StandardLocation location :
        List.of(StandardLocation.CLASS_OUTPUT, StandardLocation.CLASS_PATH, StandardLocation.SOURCE_PATH)) {
      try {
        FileObject file = context.filer.getResource(location, "", resource);
        text = file.getCharContent(true).toString();
        break;
      } catch (IOException | IllegalArgumentException | IllegalStateException e) {
        // not in this location; try the next
      }
    }
    Element type = eventType.type();
    if (text == null) {
      report(report, Message.AVRO_SCHEMA_FILE_MISSING, type, eventType,
          Message.AVRO_SCHEMA_FILE_MISSING.format(eventType.type().getSimpleName(), resource, resource));
      return null;
    }
    Schema declared;
    try {
      declared = new Schema.Parser().parse(text);
    } catch (RuntimeException e) {
      report(report, Message.AVRO_SCHEMA_FILE_INVALID, type, eventType,
          Message.AVRO_SCHEMA_FILE_INVALID.format(resource, eventType.type().getSimpleName(), e.getMessage()));
      return null;
    }
    List<PayloadProblem> problems = schemas.matchDeclared(analysis, declared, avro.schema(), resource);
    for (PayloadProblem problem : problems) {
      report(report, Message.AVRO_PROBLEM, problem.element(), eventType, problem.message());
    }
    return problems.isEmpty() ? declared : null;
  }

  private void checkHistory(
      TopicModel topic, EventTypeModel eventType, PayloadAnalysis analysis, Schema current, Report report) {
    String key = eventType.type().getQualifiedName().toString();
    if (history.directory() == null) {
      versions.put(key, List.of());
      return;
    }
    String name = current.getFullName();
    List<Version> recorded;
    try {
      recorded = history.versions(name);
    } catch (IllegalArgumentException e) {
      report(report, Message.SCHEMA_HISTORY_INVALID, null, eventType, e.getMessage());
      return;
    }
    String mode = topic.annotation().compatibility();
    List<Break> breaks = SchemaHistory.check(current, recorded, mode);
    for (Break found : breaks) {
      Element element = schemas.fieldElement(analysis, found.fieldPath());
      report(report, Message.SCHEMA_INCOMPATIBLE, element, eventType, describe(eventType, found, mode));
    }
    if (!breaks.isEmpty()) {
      return;
    }
    boolean changed = recorded.isEmpty() || !SchemaHistory.same(current, recorded.get(recorded.size() - 1).schema());
    List<Version> all = new ArrayList<>(recorded);
    if (changed && history.recording()) {
      try {
        Path file = history.record(name, current, recorded);
        all.add(new Version(recorded.size() + 1, file, current));
        report.add(
            Message.SCHEMA_RECORDED,
            eventType.parameter().element(),
            eventType.type().getSimpleName(),
            SchemaHistory.display(file));
      } catch (IOException e) {
        report(report, Message.SCHEMA_RECORD_FAILED, null, eventType,
            Message.SCHEMA_RECORD_FAILED.format(name, history.directory(), e));
        return;
      }
    } else if (changed) {
      Diagnostic.Kind kind = history.unrecorded().equals("error")
          ? Diagnostic.Kind.ERROR
          : history.unrecorded().equals("note") || recorded.isEmpty()
              ? Diagnostic.Kind.NOTE
              : Diagnostic.Kind.WARNING;
      Element element = eventType.parameter().element();
      if (recorded.isEmpty()) {
        report.addAs(kind, Message.SCHEMA_NOT_RECORDED, element, name, SchemaHistory.OPTION_RECORD,
            SchemaHistory.display(history.directory().resolve(name).resolve("v1.avsc")));
      } else {
        int last = recorded.get(recorded.size() - 1).number();
        report.addAs(kind, Message.SCHEMA_CHANGE_NOT_RECORDED, element, name, last, mode,
            SchemaHistory.OPTION_RECORD, last + 1);
      }
    }
    List<String> texts = new ArrayList<>();
    for (Version version : all) {
      texts.add(version.schema().toString());
    }
    versions.put(key, List.copyOf(texts));
  }

  private static String describe(EventTypeModel eventType, Break found, String mode) {
    Incompatibility incompatibility = found.incompatibility();
    String field = eventType.type().getSimpleName()
        + (found.fieldPath().isEmpty() ? "" : "." + String.join(".", found.fieldPath()));
    String version = "v" + found.version().number();
    boolean backward = found.backward();
    String what;
    String fix;
    switch (incompatibility.getType()) {
      case READER_FIELD_MISSING_DEFAULT_VALUE:
        PayloadPart missing = backward ? PayloadPart.SCHEMA_NEW_FIELD_WITHOUT_DEFAULT : PayloadPart.SCHEMA_FIELD_REMOVED;
        what = missing.what(version);
        fix = missing.fix();
        break;
      case TYPE_MISMATCH:
        what = backward
            ? PayloadPart.SCHEMA_TYPE_CHANGED.what(
                brief(incompatibility.getWriterFragment()), brief(incompatibility.getReaderFragment()))
            : PayloadPart.SCHEMA_TYPE_CHANGED_BACK.what(
                brief(incompatibility.getReaderFragment()), brief(incompatibility.getWriterFragment()));
        fix = PayloadPart.SCHEMA_TYPE_CHANGED.fix();
        break;
      case MISSING_ENUM_SYMBOLS:
        PayloadPart symbols = backward ? PayloadPart.SCHEMA_ENUM_CONSTANTS_LOST : PayloadPart.SCHEMA_ENUM_CONSTANTS_ADDED;
        what = symbols.what(version);
        fix = symbols.fix(version);
        break;
      case MISSING_UNION_BRANCH:
        PayloadPart union = backward ? PayloadPart.SCHEMA_UNION_BRANCH_LOST : PayloadPart.SCHEMA_UNION_BRANCH_ADDED;
        what = union.what(version, incompatibility.getMessage());
        fix = union.fix();
        break;
      case NAME_MISMATCH:
        what = PayloadPart.SCHEMA_NAME_CHANGED.what(
            brief(incompatibility.getWriterFragment()), brief(incompatibility.getReaderFragment()));
        fix = PayloadPart.SCHEMA_NAME_CHANGED.fix();
        break;
      default:
        what = PayloadPart.SCHEMA_OTHER.what(incompatibility.getMessage());
        fix = PayloadPart.SCHEMA_OTHER.fix();
        break;
    }
    return Message.SCHEMA_INCOMPATIBLE.format(
        field, what, mode, version, SchemaHistory.display(found.version().file()),
        Message.incompatibleBecause(backward, version), incompatibility.getType(), incompatibility.getLocation(), fix);
  }

  private static String brief(Schema schema) {
    if (schema == null) {
      return "?";
    }
    if (schema.getType() == Schema.Type.RECORD || schema.getType() == Schema.Type.ENUM) {
      return schema.getFullName();
    }
    String text = schema.toString();
    return text.startsWith("\"") && text.endsWith("\"") ? text.substring(1, text.length() - 1) : text;
  }

  private void report(Report report, Message message, Element element, EventTypeModel eventType, String text) {
    if (element != null && context.inThisCompilation(element)) {
      report.addText(message, element, text);
    } else {
      report.addText(
          message,
          eventType.parameter().element(),
          Message.via(eventType.method().display() + "(" + eventType.parameter().name() + ")", text));
    }
  }

  /** Writes the Avro codecs of a checked topic's payloads. */
  void writeCodecs(TopicModel topic) throws IOException {
    for (EventTypeModel eventType : topic.eventTypes()) {
      String key = eventType.type().getQualifiedName().toString();
      writer.writeCodecs(
          eventType.parameter().payload(),
          versions.getOrDefault(key, List.of()),
          current.get(key).toString(),
          topic.element());
    }
  }
}
