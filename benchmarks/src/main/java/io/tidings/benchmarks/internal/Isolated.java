package io.tidings.benchmarks.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLConnection;
import java.net.URLStreamHandler;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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

    /** {@code .<SourceType>_} of each kept source type, as generated class names contain it. */
    private final List<String> keep;

    Filtering(ClassLoader parent, List<String> sourceTypes) {
      super("tidings-components", parent);
      List<String> needles = new ArrayList<>();
      for (String source : sourceTypes) {
        needles.add("." + source + "_"); // once per child, not per registration line
      }
      this.keep = needles;
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
            int comment = line.indexOf('#');
            String type = (comment < 0 ? line : line.substring(0, comment)).trim();
            if (!type.isEmpty() && kept(type)) {
              kept.append(type).append('\n');
            }
          }
        }
      }
      // Served from memory: no temporary file, so a child pays no more for the filter than an
      // application pays for reading its own service file (this runs inside the measured start-up).
      return Collections.enumeration(List.of(inMemory(kept.toString().getBytes(StandardCharsets.UTF_8))));
    }

    @SuppressWarnings("deprecation") // URL.of(URI, URLStreamHandler) replaces this constructor only from Java 20
    private static URL inMemory(byte[] content) throws MalformedURLException {
      URLStreamHandler handler = new URLStreamHandler() {
        @Override
        protected URLConnection openConnection(URL url) {
          return new URLConnection(url) {
            @Override
            public void connect() {}

            @Override
            public InputStream getInputStream() {
              return new ByteArrayInputStream(content);
            }
          };
        }
      };
      return new URL(null, "tidings-components:" + COMPONENTS, handler);
    }

    private boolean kept(String registration) {
      for (String source : keep) {
        if (registration.contains(source)) {
          return true;
        }
      }
      return false;
    }
  }
}
