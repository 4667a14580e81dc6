package io.tidings.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import io.tidings.processor.write.ServiceFileWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Compiles every case under {@code good/} with {@code -Xlint:all -Werror} and compares the
 * publishers, dispatchers and service file it generates with {@code expected/<case>/}. Files named
 * {@code *_JsonCodec.java} in the inputs stand in for the codecs the payload writer generates.
 * {@code TIDINGS_REGENERATE_GOLDEN=1} rewrites the expected files instead.
 */
class GoldenTest {
  private static final Path EXPECTED = Sources.RESOURCES.resolve("expected");
  private static final boolean REGENERATE = "1".equals(System.getenv("TIDINGS_REGENERATE_GOLDEN"));

  static Stream<String> cases() throws IOException {
    try (Stream<Path> dirs = Files.list(Sources.RESOURCES.resolve("good"))) {
      return dirs.map(dir -> dir.getFileName().toString()).sorted().toList().stream();
    }
  }

  @ParameterizedTest
  @MethodSource("cases")
  void generatesTheExpectedSources(String name) throws IOException {
    Compilation compilation = Sources.compile(Sources.tree("good/" + name));
    assertThat(compilation).succeededWithoutWarnings();

    Map<String, String> generated = generated(compilation);
    Path expectedDir = EXPECTED.resolve(name);
    if (REGENERATE) {
      regenerate(expectedDir, generated);
    }
    Map<String, String> expected = read(expectedDir);
    assertThat(generated.keySet()).containsExactlyElementsIn(expected.keySet());
    for (Map.Entry<String, String> file : expected.entrySet()) {
      if (file.getKey().endsWith(".java")) {
        String type = file.getKey().replace(".java", "").replace('/', '.');
        assertThat(compilation)
            .generatedSourceFile(type)
            .hasSourceEquivalentTo(JavaFileObjects.forSourceString(type, file.getValue()));
      }
      assertThat(generated.get(file.getKey())).isEqualTo(file.getValue());
    }
  }

  /** Generated publishers, dispatchers and the service file, by path relative to the output root. */
  private static Map<String, String> generated(Compilation compilation) throws IOException {
    Map<String, String> files = new TreeMap<>();
    for (JavaFileObject source : compilation.generatedSourceFiles()) {
      String path = source.toUri().getPath();
      path = path.substring(path.indexOf("SOURCE_OUTPUT/") + "SOURCE_OUTPUT/".length());
      if (path.endsWith("_Publisher.java") || path.endsWith("_Dispatcher.java")) {
        files.put(path, source.getCharContent(true).toString());
      }
    }
    compilation.generatedFile(StandardLocation.CLASS_OUTPUT, ServiceFileWriter.PATH)
        .ifPresent(file -> files.put(ServiceFileWriter.PATH, content(file)));
    return files;
  }

  private static String content(JavaFileObject file) {
    try {
      return file.getCharContent(true).toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Map<String, String> read(Path dir) throws IOException {
    Map<String, String> files = new TreeMap<>();
    if (!Files.isDirectory(dir)) {
      return files;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path path : paths.filter(Files::isRegularFile).toList()) {
        files.put(dir.relativize(path).toString().replace('\\', '/'), Files.readString(path, StandardCharsets.UTF_8));
      }
    }
    return files;
  }

  private static void regenerate(Path dir, Map<String, String> generated) throws IOException {
    if (Files.isDirectory(dir)) {
      try (Stream<Path> paths = Files.walk(dir)) {
        for (Path path : paths.filter(Files::isRegularFile).toList()) {
          Files.delete(path);
        }
      }
    }
    for (Map.Entry<String, String> file : generated.entrySet()) {
      Path path = dir.resolve(file.getKey());
      Files.createDirectories(path.getParent());
      Files.writeString(path, file.getValue(), StandardCharsets.UTF_8);
    }
  }
}
