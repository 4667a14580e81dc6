package io.tidings.processor;

import static com.google.common.truth.Truth.assertThat;

import io.tidings.processor.write.ServiceFileWriter;
import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The service file survives an incremental build: a second javac run into the same output directory,
 * with only the changed sources, keeps the registrations of the first run whose classes still exist.
 */
class IncrementalServiceFileTest {
  @TempDir Path dir;

  @Test
  void aSecondCompilationMergesWithTheFirstAndDropsStaleEntries() throws IOException {
    Path out = Files.createDirectories(dir.resolve("classes"));
    Path support = Sources.RESOURCES.resolve("support");
    List<Path> first = new ArrayList<>(List.of(
        support.resolve("Created.java"),
        support.resolve("Created_JsonCodec.java"),
        source("first/Alpha.java",
            "package first;\n"
                + "@io.tidings.annotations.Topic(name = \"alpha\")\n"
                + "public interface Alpha {\n  void sent(test.support.Created event);\n}\n")));
    compile(first, out);
    Path services = out.resolve(ServiceFileWriter.PATH);
    assertThat(Files.readString(services)).isEqualTo("first.Alpha_Publisher$Registration\n");

    Files.writeString(
        services, Files.readString(services) + "# a comment\ngone.Deleted_Publisher$Registration\n", StandardCharsets.UTF_8);
    compile(List.of(source("second/Beta.java",
        "package second;\n"
            + "@io.tidings.annotations.Topic(name = \"beta\")\n"
            + "public interface Beta {\n  void sent(test.support.Created event);\n}\n")), out);

    assertThat(Files.readString(services))
        .isEqualTo("first.Alpha_Publisher$Registration\nsecond.Beta_Publisher$Registration\n");
  }

  private Path source(String relative, String text) throws IOException {
    Path path = dir.resolve("src").resolve(relative);
    Files.createDirectories(path.getParent());
    return Files.writeString(path, text, StandardCharsets.UTF_8);
  }

  private static void compile(List<Path> sources, Path out) throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    StringWriter diagnostics = new StringWriter();
    try (StandardJavaFileManager files = javac.getStandardFileManager(null, Locale.ROOT, StandardCharsets.UTF_8)) {
      Iterable<? extends JavaFileObject> units = files.getJavaFileObjectsFromPaths(sources);
      String classPath = out + File.pathSeparator + System.getProperty("java.class.path");
      JavaCompiler.CompilationTask task = javac.getTask(
          diagnostics, files, null, List.of("-d", out.toString(), "-classpath", classPath, "-Xlint:all", "-Werror"),
          null, units);
      task.setProcessors(List.of(new TidingsProcessor()));
      boolean ok = task.call();
      assertThat(diagnostics.toString()).isEmpty();
      assertThat(ok).isTrue();
    }
  }
}
