package io.tidings.benchmarks.internal;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

/**
 * The entry point of every child JVM the harnesses start. {@code Tidings.start()} subscribes every
 * generated consumer it finds on the class path, and this module holds the consumers of every
 * benchmark; a child that measures one scenario must not also run the others' consumers. So this
 * class loads the application in a class loader that shows only the chosen generated components in
 * {@code META-INF/services/io.tidings.runtime.spi.Component}, then calls the scenario's {@code main}.
 * Every child goes through it, baselines included, so they all pay the same (small) start-up cost.
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
    String[] classPath = System.getProperty("java.class.path").split(File.pathSeparator);
    List<URL> urls = new ArrayList<>();
    for (String entry : classPath) {
      try {
        urls.add(Path.of(entry).toUri().toURL());
      } catch (MalformedURLException e) {
        throw new IllegalArgumentException("bad class path entry " + entry, e);
      }
    }
    ClassLoader loader = new Filtering(urls.toArray(new URL[0]), keep);
    Thread.currentThread().setContextClassLoader(loader);
    Class<?> main = Class.forName(args[1], true, loader);
    MethodHandles.publicLookup()
        .findStatic(main, "main", MethodType.methodType(void.class, String[].class))
        .invoke((Object) Arrays.copyOfRange(args, 2, args.length));
  }

  /** Shows the component service file with only the kept source types' registrations. */
  private static final class Filtering extends URLClassLoader {
    static {
      ClassLoader.registerAsParallelCapable();
    }

    private final List<String> keep;

    Filtering(URL[] urls, List<String> keep) {
      super("isolated", urls, ClassLoader.getPlatformClassLoader());
      this.keep = keep;
    }

    @Override
    public Enumeration<URL> findResources(String name) throws IOException {
      if (!name.equals(COMPONENTS)) {
        return super.findResources(name);
      }
      StringBuilder kept = new StringBuilder();
      for (URL url : Collections.list(super.findResources(name))) {
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
