package io.tidings.benchmarks.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

/**
 * The entry point of every child JVM the harnesses start. {@code Tidings.start()} subscribes every
 * generated consumer that {@code TidingsModule} finds through the context class loader, and this
 * module holds the consumers of every benchmark; a child that measures one scenario must not also
 * run the others' consumers. So this class sets a context class loader that shows only the chosen
 * generated components in {@code META-INF/services/io.tidings.runtime.spi.Component} (classes still
 * come from the application class loader, unchanged), then calls the scenario's {@code main}. Every
 * child goes through it, baselines included, so they all pay the same (negligible) cost.
 *
 * <pre>
 * java -cp CP io.tidings.benchmarks.internal.Isolated SourceType,SourceType|- main.Class args...
 * </pre>
 */
public final class Isolated {
  /** The service file the runtime reads to find generated components. */
  static final String COMPONENTS = "META-INF/services/io.tidings.runtime.spi.Component";

  private Isolated() {}

  /**
   * Runs {@code args[1]}'s {@code main} with the remaining arguments, showing only the generated
   * components of the source types listed (comma-separated simple names) in {@code args[0]}.
   */
  public static void main(String[] args) throws Throwable {
    if (args.length < 2) {
      throw new IllegalArgumentException("usage: Isolated <SourceType,...|-> <main class> [args...]");
    }
    List<String> keep = args[0].equals("-") ? List.of() : Arrays.asList(args[0].split(","));
    Thread.currentThread().setContextClassLoader(showing(keep));
    Class<?> main = Class.forName(args[1]);
    MethodHandles.publicLookup()
        .findStatic(main, "main", MethodType.methodType(void.class, String[].class))
        .invoke((Object) Arrays.copyOfRange(args, 2, args.length));
  }

  /**
   * A class loader to use as context class loader while {@code TidingsModule} is configured: it
   * lists only the generated components of the given source types (simple names such as {@code
   * MemoryTopic}, {@code MemorySink}) and delegates everything else to this class's loader.
   */
  public static ClassLoader showing(List<String> sourceTypes) {
    return new Filtering(Isolated.class.getClassLoader(), List.copyOf(sourceTypes));
  }

  /** Shows the component service file with only the kept source types' registrations. */
  private static final class Filtering extends ClassLoader {
    static {
      ClassLoader.registerAsParallelCapable();
    }

    private final List<String> keep;

    Filtering(ClassLoader parent, List<String> keep) {
      super("tidings-components", parent);
      this.keep = keep;
    }

    @Override
    public Enumeration<URL> getResources(String name) throws IOException {
      if (!name.equals(COMPONENTS)) {
        return super.getResources(name);
      }
      StringBuilder kept = new StringBuilder();
      for (URL url : Collections.list(getParent().getResources(name))) {
        try (InputStream in = url.openStream()) {
          for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
            String type = line.replaceAll("#.*", "").trim();
            if (!type.isEmpty() && kept(type)) {
              kept.append(type).append('\n');
            }
          }
        }
      }
      try {
        Path file = Files.createTempFile("tidings-components", ".txt");
        file.toFile().deleteOnExit();
        Files.writeString(file, kept);
        return Collections.enumeration(List.of(file.toUri().toURL()));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write the filtered component list", e);
      }
    }

    private boolean kept(String registration) {
      for (String source : keep) {
        if (registration.contains("." + source + "_")) {
          return true;
        }
      }
      return false;
    }
  }
}
