package io.tidings.processor.payload;

import static com.google.common.truth.Truth.assertWithMessage;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import io.tidings.runtime.codec.JsonCodec;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.tools.JavaFileObject;

/**
 * Test sources compiled with {@link CodecTestProcessor}, and their classes (payloads and generated
 * codecs) loaded from compile-testing's in-memory output.
 */
final class Compiled extends ClassLoader {
  private final Map<String, byte[]> classes = new HashMap<>();
  final Compilation compilation;

  private Compiled(Compilation compilation) {
    super(Compiled.class.getClassLoader());
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

  /**
   * Compiles test resources (paths under {@code payload/}) with the lint options of a strict build.
   */
  static Compiled compile(List<String> resources, String... options) {
    JavaFileObject[] sources =
        resources.stream()
            .map(r -> JavaFileObjects.forResource("payload/" + r))
            .toArray(JavaFileObject[]::new);
    Compilation compilation =
        Compiler.javac()
            .withProcessors(new CodecTestProcessor())
            .withOptions((Object[]) options)
            .compile(sources);
    return new Compiled(compilation);
  }

  /** Compiles, and fails the test with javac's diagnostics unless that succeeded. */
  static Compiled compileOk(List<String> resources, String... options) {
    Compiled compiled = compile(resources, options);
    assertWithMessage("diagnostics: %s", compiled.compilation.diagnostics())
        .that(compiled.compilation.status())
        .isEqualTo(Compilation.Status.SUCCESS);
    return compiled;
  }

  Class<?> type(String name) {
    try {
      return loadClass(name);
    } catch (ClassNotFoundException e) {
      throw new AssertionError("not compiled: " + name + "; compiled: " + classes.keySet(), e);
    }
  }

  /** The generated codec's {@code INSTANCE}. */
  @SuppressWarnings("unchecked")
  <T> JsonCodec<T> codec(String codecName) {
    try {
      return (JsonCodec<T>) type(codecName).getField("INSTANCE").get(null);
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
