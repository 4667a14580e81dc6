package io.tidings.processor.payload;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;

/**
 * Generates {@code late.Later} and the bean superclass {@code late.LaterBase} in the first round, as
 * another annotation processor would.
 */
public final class LateTypeProcessor extends AbstractProcessor {
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
      try (Writer out = processingEnv.getFiler().createSourceFile("late.Later").openWriter()) {
        out.write("package late;\n\npublic record Later(int count) {}\n");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      try (Writer out = processingEnv.getFiler().createSourceFile("late.LaterBase").openWriter()) {
        out.write(
            "package late;\n\npublic class LaterBase {\n  private String name;\n\n"
                + "  public String getName() {\n    return name;\n  }\n\n"
                + "  public void setName(String name) {\n    this.name = name;\n  }\n}\n");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return false;
  }
}
