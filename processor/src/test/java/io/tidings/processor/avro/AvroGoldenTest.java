package io.tidings.processor.avro;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Compiles the Avro payloads of {@code avro/good/} (every supported type) and {@code
 * avro/evolution/v2/} (a payload with a recorded earlier version, {@code avro/golden-history/}) with
 * {@code -Xlint:all -Werror}, and compares the generated Avro codecs, publishers and dispatchers with
 * {@code avro/expected/}. {@code TIDINGS_REGENERATE_GOLDEN=1} rewrites the expected files instead.
 */
class AvroGoldenTest {
  private static final Path EXPECTED = AvroCompiled.RESOURCES.resolve("expected");
  private static final boolean REGENERATE = "1".equals(System.getenv("TIDINGS_REGENERATE_GOLDEN"));

  @Test
  void generatesTheExpectedSources() throws IOException {
    Compilation compilation = AvroCompiled.compile(
            List.of("good", "evolution/v2"),
            List.of(),
            "-Werror",
            "-Atidings.avro.history=" + AvroCompiled.RESOURCES.resolve("golden-history").toAbsolutePath(),
            "-Atidings.avro.unrecorded=note")
        .compilation;
    assertThat(compilation).succeededWithoutWarnings();
    Map<String, String> generated = new TreeMap<>();
    for (JavaFileObject source : compilation.generatedSourceFiles()) {
      String path = source.toUri().getPath();
      path = path.substring(path.indexOf("SOURCE_OUTPUT/") + "SOURCE_OUTPUT/".length());
      generated.put(path, source.getCharContent(true).toString());
    }
    if (REGENERATE) {
      for (Map.Entry<String, String> file : generated.entrySet()) {
        Path target = EXPECTED.resolve(file.getKey());
        Files.createDirectories(target.getParent());
        Files.writeString(target, file.getValue(), StandardCharsets.UTF_8);
      }
    }
    Map<String, String> expected = new TreeMap<>();
    try (Stream<Path> files = Files.walk(EXPECTED)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        expected.put(EXPECTED.relativize(file).toString().replace('\\', '/'), Files.readString(file));
      }
    }
    assertThat(generated.keySet()).containsExactlyElementsIn(expected.keySet());
    for (Map.Entry<String, String> file : expected.entrySet()) {
      String type = file.getKey().replace(".java", "").replace('/', '.');
      assertThat(compilation)
          .generatedSourceFile(type)
          .hasSourceEquivalentTo(JavaFileObjects.forSourceString(type, file.getValue()));
      assertThat(generated.get(file.getKey())).isEqualTo(file.getValue());
    }
  }
}
