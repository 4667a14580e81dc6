package io.tidings.processor.avro;

import static com.google.testing.compile.CompilationSubject.assertThat;

import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

class ScratchTest {
  @Test
  void compiles() throws Exception {
    AvroCompiled compiled = AvroCompiled.compile(List.of("good"), List.of(), "-Werror");
    System.out.println(compiled.compilation.diagnostics());
    for (JavaFileObject f : compiled.compilation.generatedSourceFiles()) {
      if (f.getName().contains("Everything_Avro") || f.getName().contains("Address_Avro") || f.getName().contains("Shop_")) {
        System.out.println(f.getCharContent(true));
      }
    }
    assertThat(compiled.compilation).succeededWithoutWarnings();
  }
}
