package io.tidings.processor.payload;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;
import org.junit.jupiter.api.Test;

/** {@link Payloads} and {@link JsonCodecWriter} as the processor core calls them. */
class PayloadsApiTest {

  /** Runs {@code check} inside a real javac round, over the good example sources. */
  private static void inRound(RoundCheck check) {
    List<Throwable> failures = new ArrayList<>();
    AbstractProcessor processor =
        new AbstractProcessor() {
          private boolean done;

          @Override
          public Set<String> getSupportedAnnotationTypes() {
            return Set.of("*");
          }

          @Override
          public SourceVersion getSupportedSourceVersion() {
            return SourceVersion.latestSupported();
          }

          @Override
          public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
            if (!done) {
              done = true;
              try {
                Payloads payloads = new Payloads(processingEnv);
                check.run(
                    payloads,
                    processingEnv.getElementUtils(),
                    processingEnv.getTypeUtils(),
                    new JsonCodecWriter(processingEnv, payloads));
              } catch (Throwable e) {
                failures.add(e);
              }
            }
            return false;
          }
        };
    Compilation compilation =
        Compiler.javac()
            .withProcessors(processor)
            .compile(
                JavaFileObjects.forResource("payload/bad/bad/Venue.java"),
                JavaFileObjects.forResource("payload/bad/bad/BookingCreated.java"),
                JavaFileObjects.forResource("payload/bad/bad/BookingMoved.java"));
    assertThat(compilation).succeeded();
    if (!failures.isEmpty()) {
      throw new AssertionError(failures.get(0));
    }
  }

  interface RoundCheck {
    void run(Payloads payloads, Elements elements, Types types, JsonCodecWriter writer)
        throws Exception;
  }

  @Test
  void analysesAreCachedAndSharedProblemsAreEqual() {
    inRound(
        (payloads, elements, types, writer) -> {
          TypeMirror created = elements.getTypeElement("bad.BookingCreated").asType();
          PayloadAnalysis first = payloads.analyze(created);
          assertThat(payloads.analyze(created)).isSameInstanceAs(first);
          assertThat(first.ok()).isFalse();
          assertThat(first.deferred()).isFalse();
          assertThat(first.type().getQualifiedName().toString()).isEqualTo("bad.BookingCreated");
          PayloadAnalysis moved =
              payloads.analyze(elements.getTypeElement("bad.BookingMoved").asType());
          assertThat(moved.problems()).containsExactlyElementsIn(first.problems());
          assertThat(first.problems().get(0).element().getSimpleName().toString())
              .isEqualTo("location");
        });
  }

  @Test
  void typesThatAreNotClassesAreNotPayloads() {
    inRound(
        (payloads, elements, types, writer) -> {
          PayloadAnalysis primitive = payloads.analyze(types.getPrimitiveType(TypeKind.INT));
          assertThat(primitive.type()).isNull();
          assertThat(primitive.ok()).isFalse();
          assertThat(primitive.problems().get(0).message())
              .isEqualTo(
                  "int is not a payload type (Tidings encodes records and JavaBeans): wrap the"
                      + " value in a record, e.g. record Message(String text)");
          PayloadAnalysis list =
              payloads.analyze(
                  types.getDeclaredType(
                      elements.getTypeElement("java.util.List"),
                      elements.getTypeElement("java.lang.String").asType()));
          assertThat(list.problems().get(0).message())
              .startsWith("java.util.List<java.lang.String> is not a payload type");
          assertThat(list.problems().get(0).element()).isNull();
        });
  }

  @Test
  void codecsAreWrittenOnlyForOkAnalyses() {
    inRound(
        (payloads, elements, types, writer) -> {
          TypeElement created = elements.getTypeElement("bad.BookingCreated");
          PayloadAnalysis analysis = payloads.analyze(created.asType());
          IllegalArgumentException e =
              assertThrows(
                  IllegalArgumentException.class, () -> writer.writeCodecs(analysis, created));
          assertThat(e).hasMessageThat().contains("has problems or is deferred");
        });
  }
}
