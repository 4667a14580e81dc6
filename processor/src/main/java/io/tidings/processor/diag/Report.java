package io.tidings.processor.diag;

import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;

/**
 * Collects every problem found while validating one declaration, so that all of them are printed
 * at once; generation is skipped for a declaration whose report {@link #hasErrors() has errors}.
 * Not thread-safe (javac runs processors on one thread).
 */
public final class Report {
  private final List<Problem> problems = new ArrayList<>();

  /** Adds a problem on an element. */
  public void add(Message message, Element element, Object... args) {
    add(message, element, null, null, args);
  }

  /** Adds a problem on an annotation value (or the annotation, if {@code value} is null). */
  public void add(
      Message message, Element element, AnnotationMirror annotation, AnnotationValue value, Object... args) {
    problems.add(new Problem(message, message.kind(), message.format(args), element, annotation, value));
  }

  /**
   * Adds a problem on an element as {@code kind} instead of the message's own kind (for a message
   * whose severity the build configures).
   */
  public void addAs(Diagnostic.Kind kind, Message message, Element element, Object... args) {
    problems.add(new Problem(message, kind, message.format(args), element, null, null));
  }

  /**
   * Adds a problem whose text is already formatted: composed by the payload analysis from {@link
   * Message.PayloadPart}s, or said {@link Message#via via} the element that reaches it.
   */
  public void addText(Message message, Element element, String text) {
    problems.add(new Problem(message, message.kind(), text, element, null, null));
  }

  /** Whether any problem is an error. */
  public boolean hasErrors() {
    return problems.stream().anyMatch(problem -> problem.kind() == Diagnostic.Kind.ERROR);
  }

  /** The problems in the order they were found. */
  public List<Problem> problems() {
    return List.copyOf(problems);
  }

  /** Prints every problem. */
  public void printTo(Messager messager) {
    for (Problem problem : problems) {
      Diagnostic.Kind kind = problem.kind();
      if (problem.annotation() == null) {
        messager.printMessage(kind, problem.text(), problem.element());
      } else if (problem.value() == null) {
        messager.printMessage(kind, problem.text(), problem.element(), problem.annotation());
      } else {
        messager.printMessage(kind, problem.text(), problem.element(), problem.annotation(), problem.value());
      }
    }
  }
}
