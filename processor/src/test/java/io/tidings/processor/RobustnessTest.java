package io.tidings.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** The processor never crashes javac, and waits for types other processors generate. */
class RobustnessTest {

  @Test
  void anUnexpectedExceptionIsAnErrorOnTheElementNotACrash() {
    TidingsProcessor failing = new TidingsProcessor(element -> {
      if (element.getSimpleName().contentEquals("Bookings")) {
        throw new IllegalStateException("boom");
      }
    });
    JavaFileObject file = Sources.file("bad/common/Bookings.java");
    Compilation compilation = Sources.compile(failing, List.of(file));
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "Tidings processor failed on bad.Bookings: java.lang.IllegalStateException: boom. This is a bug in "
                + "Tidings, not in your code: please report it with this message (at ")
        .inFile(file)
        .onLineContaining("public interface Bookings");
  }

  @Test
  void declarationsWaitForTypesGeneratedInALaterRound() {
    JavaFileObject file = Sources.file("deferred/Later.java");
    List<JavaFileObject> files = new ArrayList<>(Sources.support());
    files.add(file);
    Compilation compilation = javac()
        .withProcessors(new TidingsProcessor(), new LatePayloadProcessor())
        .withOptions("-Xlint:all", "-Werror")
        .compile(files);
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("deferred.Later_LateEvents_Publisher").contentsAsUtf8String()
        .contains("new EventType<>(\"Late\", Late.class, Late_JsonCodec.INSTANCE)");
    assertThat(compilation).generatedSourceFile("deferred.Later_Dispatcher").contentsAsUtf8String()
        .contains("consumer.on(Late_JsonCodec.INSTANCE.decode(delivery.value()));");
  }

  @Test
  void aTypeThatNeverAppearsIsLeftToJavacToReport() {
    Compilation compilation = Sources.compileBad(Sources.file("deferred/Missing.java"));
    assertThat(compilation).failed();
    for (Diagnostic<? extends JavaFileObject> error : compilation.errors()) {
      assertThat(error.getMessage(null)).doesNotContain("Tidings");
    }
    assertThat(compilation).hadErrorContaining("cannot find symbol");
  }

  @Test
  void unresolvableAnnotationValuesAreLeftToJavacToReport() {
    Compilation compilation = Sources.compileBad(Sources.file("deferred/UnknownValues.java"));
    assertThat(compilation).failed();
    for (Diagnostic<? extends JavaFileObject> error : compilation.errors()) {
      assertThat(error.getMessage(null)).doesNotContain("Tidings");
    }
    assertThat(compilation).hadErrorContaining("NO_SUCH_CONSTANT");
    assertThat(compilation).hadErrorContaining("NoSuchTopic");
  }

  /** Generates {@code generated.Late} and its stand-in codec in the first round, as a codec or model generator might. */
  static final class LatePayloadProcessor extends AbstractProcessor {
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
      if (done) {
        return false;
      }
      done = true;
      write("generated.Late", "package generated;\n\npublic record Late(String id) {}\n");
      write(
          "generated.Late_JsonCodec",
          "package generated;\n\n"
              + "public final class Late_JsonCodec implements io.tidings.runtime.codec.Codec<Late> {\n"
              + "  public static final Late_JsonCodec INSTANCE = new Late_JsonCodec();\n\n"
              + "  @Override\n  public byte[] encode(Late value) {\n    return new byte[0];\n  }\n\n"
              + "  @Override\n  public Late decode(byte[] bytes) {\n    return new Late(\"\");\n  }\n}\n");
      return false;
    }

    private void write(String name, String source) {
      try (Writer writer = processingEnv.getFiler().createSourceFile(name).openWriter()) {
        writer.write(source);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
