package io.tidings.processor;

import io.tidings.processor.diag.Message;
import io.tidings.processor.payload.JsonCodecWriter;
import io.tidings.processor.payload.Payloads;
import io.tidings.processor.read.AnnotationReader;
import io.tidings.processor.read.NotReadyException;
import io.tidings.processor.write.ServiceFileWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javax.annotation.processing.Filer;
import javax.annotation.processing.Messager;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.tools.Diagnostic;

/**
 * What the steps share for one processor run: javac's utilities, the annotation reader, the payload
 * analysis, the service file, the set of types compiled from source, and the guard that turns any
 * unexpected exception into an error on the declaration being processed. Not thread-safe (javac
 * runs processors on one thread).
 */
final class ProcessorContext {
  private static final int FRAMES_IN_MESSAGE = 4;

  final ProcessingEnvironment env;
  final Elements elements;
  final Messager messager;
  final Filer filer;
  final AnnotationReader reader;
  final Payloads payloads;
  final JsonCodecWriter codecs;
  final ServiceFileWriter serviceFile = new ServiceFileWriter();
  private final Consumer<TypeElement> beforeEach;
  private final Set<String> sourceTypes = new HashSet<>();
  private Boolean runtimePresent;

  ProcessorContext(ProcessingEnvironment env, Consumer<TypeElement> beforeEach) {
    this.env = env;
    this.elements = env.getElementUtils();
    this.messager = env.getMessager();
    this.filer = env.getFiler();
    this.reader = new AnnotationReader(elements);
    this.payloads = new Payloads(env);
    this.codecs = new JsonCodecWriter(env, payloads);
    this.beforeEach = beforeEach;
  }

  /** Remembers which top-level types this compilation compiles from source. */
  void noteRootElements(Set<? extends Element> roots) {
    for (Element root : roots) {
      if (root instanceof TypeElement type) {
        sourceTypes.add(type.getQualifiedName().toString());
      }
    }
  }

  /** Whether {@code element} is declared in a source file of this compilation (so it has a position). */
  boolean inThisCompilation(Element element) {
    Element top = element;
    while (top != null && top.getEnclosingElement() != null && !(top.getEnclosingElement() instanceof PackageElement)) {
      top = top.getEnclosingElement();
    }
    return top instanceof TypeElement type && sourceTypes.contains(type.getQualifiedName().toString());
  }

  /**
   * Whether tidings-runtime is on the class path; if not, reports that on {@code element} (generated
   * code could not compile without it).
   */
  boolean requireRuntime(Element element) {
    if (runtimePresent == null) {
      runtimePresent = elements.getTypeElement("io.tidings.runtime.spi.TopicDescriptor") != null;
    }
    if (!runtimePresent) {
      messager.printMessage(Diagnostic.Kind.ERROR, Message.RUNTIME_MISSING.format(element), element);
    }
    return runtimePresent;
  }

  /** How {@link #guard} ended. */
  enum Result {
    /** The work finished. */
    DONE,
    /** The work needs types not generated yet; try again next round. */
    DEFERRED,
    /** The work threw; the error is reported on the element. */
    FAILED
  }

  /**
   * Runs {@code work} for {@code element}, turning any unexpected exception into an error on
   * {@code element} instead of crashing javac.
   */
  Result guard(TypeElement element, Runnable work) {
    try {
      beforeEach.accept(element);
      work.run();
      return Result.DONE;
    } catch (NotReadyException e) {
      return Result.DEFERRED;
    } catch (UncheckedIOException e) {
      messager.printMessage(
          Diagnostic.Kind.ERROR, Message.WRITE_FAILED.format(element.getQualifiedName(), e.getCause()), element);
      return Result.FAILED;
    } catch (Throwable e) {
      String frames = Arrays.stream(e.getStackTrace())
          .limit(FRAMES_IN_MESSAGE)
          .map(StackTraceElement::toString)
          .collect(Collectors.joining(", "));
      messager.printMessage(
          Diagnostic.Kind.ERROR, Message.UNEXPECTED.format(element.getQualifiedName(), e, "at " + frames), element);
      return Result.FAILED;
    }
  }

  /** Writes the service file in the last round; a failure is an error without an element. */
  void writeServiceFile() {
    try {
      serviceFile.write(filer, elements);
    } catch (IOException | RuntimeException e) {
      messager.printMessage(
          Diagnostic.Kind.ERROR,
          Message.UNEXPECTED.format(ServiceFileWriter.PATH, e, "while writing the service file"));
    }
  }

  /** Rethrows an I/O failure unchecked, so {@link #guard} reports it. */
  static void unchecked(IoAction action) {
    try {
      action.run();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** An action that writes files. */
  interface IoAction {
    void run() throws IOException;
  }
}
