package io.tidings.processor.validate;

import io.tidings.processor.diag.Message;
import io.tidings.processor.diag.Report;
import io.tidings.processor.model.Display;
import io.tidings.processor.read.AnnotationReader;
import io.tidings.processor.read.FailureReader;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * Checks that {@code @Retry} and {@code @OnFailure} sit where they act: on a {@code @Consumes}
 * method, or on a class that declares one. Anywhere else they would be silently ignored, so each is
 * an error on the annotation.
 */
public final class FailurePlacement {
  private final Elements elements;

  /** Creates the check. */
  public FailurePlacement(Elements elements) {
    this.elements = elements;
  }

  /** Adds a problem for every misplaced annotation of this round to {@code report}. */
  public void check(RoundEnvironment round, Report report) {
    check(round, FailureReader.RETRY, "Retry", report);
    check(round, FailureReader.ON_FAILURE, "OnFailure", report);
  }

  private void check(RoundEnvironment round, String annotation, String simpleName, Report report) {
    TypeElement type = elements.getTypeElement(annotation);
    if (type == null) {
      return;
    }
    for (Element element : round.getElementsAnnotatedWith(type)) {
      Message unused = null;
      String where;
      if (element instanceof ExecutableElement method) {
        where = Display.of((TypeElement) method.getEnclosingElement()) + "." + method.getSimpleName();
        if (!hasConsumes(method)) {
          unused = Message.FAILURE_ON_PLAIN_METHOD;
        }
      } else {
        where = Display.of((TypeElement) element);
        if (ElementFilter.methodsIn(element.getEnclosedElements()).stream().noneMatch(FailurePlacement::hasConsumes)) {
          unused = Message.FAILURE_ON_PLAIN_CLASS;
        }
      }
      if (unused != null) {
        report.add(unused, element, mirror(element, annotation), null, simpleName, where);
      }
    }
  }

  private static boolean hasConsumes(Element method) {
    return mirror(method, AnnotationReader.CONSUMES) != null;
  }

  private static AnnotationMirror mirror(Element element, String name) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      if (((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().contentEquals(name)) {
        return mirror;
      }
    }
    return null;
  }
}
