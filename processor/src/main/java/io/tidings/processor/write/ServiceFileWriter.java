package io.tidings.processor.write;

import com.palantir.javapoet.ClassName;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.util.Set;
import java.util.TreeSet;
import javax.annotation.processing.Filer;
import javax.lang.model.util.Elements;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Writes {@code META-INF/services/io.tidings.runtime.spi.Component}, listing the {@code
 * Registration} of every publisher and dispatcher generated (binary names, sorted), merged with the
 * file an earlier incremental build left behind (minus entries whose class no longer exists). The
 * one aggregating output of the processor; written once, in the last round. Not thread-safe.
 */
public final class ServiceFileWriter {
  /** Where the service file goes in the class output. */
  public static final String PATH = "META-INF/services/io.tidings.runtime.spi.Component";

  private final Set<String> registrations = new TreeSet<>();

  /** Adds the {@code Registration} nested in the generated type {@code generated}. */
  public void add(ClassName generated) {
    registrations.add(generated.reflectionName() + "$" + RuntimeNames.REGISTRATION);
  }

  /** Writes the file, if anything was generated. */
  public void write(Filer filer, Elements elements) throws IOException {
    if (registrations.isEmpty()) {
      return;
    }
    Set<String> lines = new TreeSet<>(registrations);
    for (String existing : readExisting(filer)) {
      if (elements.getTypeElement(existing.replace('$', '.')) != null) {
        lines.add(existing);
      }
    }
    FileObject file = filer.createResource(StandardLocation.CLASS_OUTPUT, "", PATH);
    try (Writer writer = file.openWriter()) {
      for (String line : lines) {
        writer.write(line);
        writer.write('\n');
      }
    }
  }

  private static Set<String> readExisting(Filer filer) {
    Set<String> existing = new TreeSet<>();
    try {
      FileObject file = filer.getResource(StandardLocation.CLASS_OUTPUT, "", PATH);
      try (Reader reader = file.openReader(true);
          BufferedReader lines = new BufferedReader(reader)) {
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
          int comment = line.indexOf('#');
          String name = (comment >= 0 ? line.substring(0, comment) : line).trim();
          if (!name.isEmpty()) {
            existing.add(name);
          }
        }
      }
    } catch (IOException | IllegalArgumentException | UnsupportedOperationException e) {
      // no file from an earlier build: nothing to merge
    }
    return existing;
  }
}
