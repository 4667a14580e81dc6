package io.tidings.processor;

import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;

/** Test inputs from {@code src/test/resources}, and the compilations the tests run. */
final class Sources {
  static final Path RESOURCES = Path.of("src", "test", "resources");

  private Sources() {}

  /** One source file, e.g. {@code bad/TopicOnClass.java}. */
  static JavaFileObject file(String relative) {
    return of(RESOURCES.resolve(relative));
  }

  /** Every {@code .java} file under {@code relative}, sorted by path. */
  static List<JavaFileObject> tree(String relative) {
    try (Stream<Path> files = Files.walk(RESOURCES.resolve(relative))) {
      return files.filter(path -> path.toString().endsWith(".java")).sorted().map(Sources::of).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The shared payloads, enums and stand-in codecs of {@code support/}. */
  static List<JavaFileObject> support() {
    return tree("support");
  }

  /** Compiles {@code files} plus the shared support with the processor, as strictly as users' builds may. */
  static Compilation compile(List<JavaFileObject> files) {
    return compile(new TidingsProcessor(), files);
  }

  /** Compiles with the given processor instance, {@code -Xlint:all -Werror}. */
  static Compilation compile(TidingsProcessor processor, List<JavaFileObject> files) {
    List<JavaFileObject> all = new ArrayList<>(files);
    all.addAll(support());
    return javac().withProcessors(processor).withOptions("-Xlint:all", "-Werror").compile(all);
  }

  /**
   * Compiles {@code files} with a valid topic ({@code bad/common/Bookings.java}) and the shared
   * support, without {@code -Werror}, so that warnings do not add errors to the count.
   */
  static Compilation compileBad(JavaFileObject... files) {
    List<JavaFileObject> all = new ArrayList<>(List.of(files));
    all.add(file("bad/common/Bookings.java"));
    all.addAll(support());
    return javac().withProcessors(new TidingsProcessor()).withOptions("-Xlint:all").compile(all);
  }

  private static JavaFileObject of(Path path) {
    try {
      return JavaFileObjects.forResource(path.toUri().toURL());
    } catch (MalformedURLException e) {
      throw new IllegalArgumentException(path.toString(), e);
    }
  }
}
