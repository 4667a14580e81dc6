package io.tidings.processor.avro;

import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import io.tidings.processor.TidingsProcessor;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;

/**
 * A compilation of Avro test sources with the Tidings processor ({@code -Xlint:all -Werror} unless
 * told otherwise), and a class loader over what it produced.
 */
final class AvroCompiled extends ClassLoader {
  static final Path RESOURCES = Path.of("src", "test", "resources", "avro");

  final Compilation compilation;
  private final Map<String, byte[]> classes = new HashMap<>();

  private AvroCompiled(Compilation compilation) {
    super(AvroCompiled.class.getClassLoader());
    this.compilation = compilation;
    if (compilation.status() != Compilation.Status.SUCCESS) {
      return;
    }
    for (JavaFileObject file : compilation.generatedFiles()) {
      if (file.getKind() == JavaFileObject.Kind.CLASS) {
        String path = file.toUri().getPath();
        String name = path.substring(path.indexOf("CLASS_OUTPUT/") + "CLASS_OUTPUT/".length());
        name = name.substring(0, name.length() - ".class".length()).replace('/', '.');
        try (InputStream in = file.openInputStream()) {
          classes.put(name, in.readAllBytes());
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
  }

  /** Compiles the {@code .java} files under {@code avro/<dirs>} plus {@code extra} sources. */
  static AvroCompiled compile(List<String> dirs, List<JavaFileObject> extra, String... options) {
    List<JavaFileObject> sources = new ArrayList<>(extra);
    for (String dir : dirs) {
      sources.addAll(tree(dir));
    }
    List<Object> all = new ArrayList<>(List.of("-Xlint:all", "-Xlint:-processing"));
    all.addAll(List.of(options));
    return new AvroCompiled(javac().withProcessors(new TidingsProcessor()).withOptions(all).compile(sources));
  }

  static List<JavaFileObject> tree(String relative) {
    try (Stream<Path> files = Files.walk(RESOURCES.resolve(relative))) {
      return files.filter(path -> path.toString().endsWith(".java")).sorted().map(AvroCompiled::of).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static JavaFileObject of(Path path) {
    try {
      return JavaFileObjects.forResource(path.toUri().toURL());
    } catch (MalformedURLException e) {
      throw new IllegalArgumentException(path.toString(), e);
    }
  }

  Class<?> type(String name) {
    try {
      return loadClass(name);
    } catch (ClassNotFoundException e) {
      throw new AssertionError("not compiled: " + name + "; compiled: " + classes.keySet(), e);
    }
  }

  /** The {@code INSTANCE} of a generated codec. */
  @SuppressWarnings("unchecked")
  <T> T instance(String codecName) {
    try {
      return (T) type(codecName).getField("INSTANCE").get(null);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  @Override
  protected Class<?> findClass(String name) throws ClassNotFoundException {
    byte[] bytes = classes.get(name);
    if (bytes == null) {
      throw new ClassNotFoundException(name);
    }
    return defineClass(name, bytes, 0, bytes.length);
  }
}
