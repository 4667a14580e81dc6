package io.tidings.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Consumers with an {@code @Inject} constructor (jakarta.inject or com.google.inject, any
 * visibility) get a dispatcher. Compiled without {@code -Werror}: javac's processing lint warns that
 * no processor claims {@code @Inject}, which is about the build, not about generated code.
 */
class InjectConstructorTest {

  @Test
  void injectConstructorsOfEitherAnnotationAreAccepted() {
    Compilation compilation = Sources.compileBad(Sources.file("accepted/Injected.java"));
    assertThat(compilation).succeeded();
    for (Diagnostic<? extends JavaFileObject> warning : compilation.warnings()) {
      assertThat(warning.getMessage(null)).startsWith("No processor claimed any of these annotations");
    }
    assertThat(compilation).generatedSourceFile("accepted.Injected_WithJakarta_Dispatcher").contentsAsUtf8String()
        .contains("registry.consumer(Injected.WithJakarta.class, Injected_WithJakarta_Dispatcher::new);");
    assertThat(compilation).generatedSourceFile("accepted.Injected_WithGuice_Dispatcher").contentsAsUtf8String()
        .contains("consumer.on(Cancelled_JsonCodec.INSTANCE.decode(delivery.value()));");
  }
}
