package io.tidings.processor.payload;

import io.tidings.processor.diag.Message;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.annotation.processing.Filer;
import javax.tools.FileObject;
import javax.tools.StandardLocation;
import org.apache.avro.JsonSchemaFormatter;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.Incompatibility;
import org.apache.avro.SchemaNormalization;

/**
 * The schema history of payloads, kept in the user's source tree: one directory per payload, named
 * by its schema's full name, with one file per recorded version ({@code
 * src/main/avro-history/com.example.BookingCreated/v1.avsc}, {@code v2.avsc}, ...). Checks a current
 * schema against the recorded versions under a compatibility mode with Avro's own {@link
 * SchemaCompatibility}, and records the current schema as the next version when asked.
 *
 * <p>The directory is the processor option {@value #OPTION_DIRECTORY}; without it, a class output
 * directory {@code <project>/target/classes} implies {@code <project>/src/main/avro-history} (and
 * {@code target/test-classes} implies {@code src/test/avro-history}); elsewhere (an in-memory
 * compilation) there is no history. Not thread-safe.
 */
public final class SchemaHistory {
  /** The processor option naming the history directory. */
  public static final String OPTION_DIRECTORY = "tidings.avro.history";
  /** The processor option that records a compatible changed schema as the next version. */
  public static final String OPTION_RECORD = "tidings.avro.record";
  /** The processor option saying how to report a schema not recorded yet: warning, error or note. */
  public static final String OPTION_UNRECORDED = "tidings.avro.unrecorded";

  private static final Pattern VERSION = Pattern.compile("v([1-9][0-9]*)\\.avsc");

  private final Path directory;
  private final boolean record;
  private final String unrecorded;

  private SchemaHistory(Path directory, boolean record, String unrecorded) {
    this.directory = directory;
    this.record = record;
    this.unrecorded = unrecorded;
  }

  /** The history the processor options (or the class output location) point to. */
  public static SchemaHistory from(Map<String, String> options, Filer filer) {
    String configured = options.get(OPTION_DIRECTORY);
    Path directory = null;
    if (configured != null && !configured.isBlank()) {
      directory = Paths.get(configured.trim()).toAbsolutePath();
    } else {
      directory = defaultDirectory(filer);
    }
    String unrecorded = options.getOrDefault(OPTION_UNRECORDED, "warning").trim().toLowerCase(java.util.Locale.ROOT);
    return new SchemaHistory(directory, Boolean.parseBoolean(options.get(OPTION_RECORD)), unrecorded);
  }

  private static Path defaultDirectory(Filer filer) {
    try {
      FileObject probe = filer.getResource(StandardLocation.CLASS_OUTPUT, "", "tidings-probe");
      URI uri = probe.toUri();
      if (!"file".equals(uri.getScheme())) {
        return null;
      }
      Path classes = Paths.get(uri).getParent();
      if (classes == null || classes.getParent() == null || classes.getParent().getParent() == null) {
        return null;
      }
      Path project = classes.getParent().getParent();
      String kind = classes.getFileName().toString().equals("test-classes") ? "test" : "main";
      if (!Files.isDirectory(project.resolve("src"))) {
        return null;
      }
      return project.resolve("src").resolve(kind).resolve("avro-history");
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /** The history directory, or {@code null} if there is none (no checks, no recording). */
  public Path directory() {
    return directory;
  }

  /** Whether a compatible changed schema is recorded as the next version. */
  public boolean recording() {
    return record;
  }

  /** How a schema not recorded yet is reported: {@code warning}, {@code error} or {@code note}. */
  public String unrecorded() {
    return unrecorded;
  }

  /**
   * The recorded versions of the schema named {@code fullName}, oldest first.
   *
   * @throws IllegalArgumentException naming the file if a version cannot be read or parsed
   */
  public List<Version> versions(String fullName) {
    List<Version> versions = new ArrayList<>();
    if (directory == null) {
      return versions;
    }
    Path folder = directory.resolve(fullName);
    if (!Files.isDirectory(folder)) {
      return versions;
    }
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        Matcher matcher = VERSION.matcher(file.getFileName().toString());
        if (!matcher.matches()) {
          continue;
        }
        String text = Files.readString(file, StandardCharsets.UTF_8);
        Schema schema;
        try {
          schema = new Schema.Parser().parse(text);
        } catch (RuntimeException e) {
          throw new IllegalArgumentException(Message.SCHEMA_HISTORY_INVALID.format(file, e.getMessage()));
        }
        versions.add(new Version(Integer.parseInt(matcher.group(1)), file, schema));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    versions.sort(Comparator.comparingInt(Version::number));
    return versions;
  }

  /** Writes {@code schema} as the version after {@code versions}; returns the file written. */
  public Path record(String fullName, Schema schema, List<Version> versions) throws IOException {
    int next = versions.isEmpty() ? 1 : versions.get(versions.size() - 1).number() + 1;
    Path folder = directory.resolve(fullName);
    Files.createDirectories(folder);
    Path file = folder.resolve("v" + next + ".avsc");
    Files.writeString(file, new JsonSchemaFormatter(true).format(schema) + "\n", StandardCharsets.UTF_8);
    return file;
  }

  /** A path as messages show it: relative to the working directory if it is inside it. */
  public static String display(Path path) {
    Path here = Paths.get("").toAbsolutePath();
    Path absolute = path.toAbsolutePath();
    return absolute.startsWith(here) ? here.relativize(absolute).toString() : absolute.toString();
  }

  /** Whether two schemas are the same for Avro (same parsing canonical form). */
  public static boolean same(Schema a, Schema b) {
    return SchemaNormalization.parsingFingerprint64(a) == SchemaNormalization.parsingFingerprint64(b);
  }

  /**
   * Every incompatibility of {@code current} with the recorded {@code versions} under {@code mode}
   * (a {@code Compatibility} constant name).
   */
  public static List<Break> check(Schema current, List<Version> versions, String mode) {
    List<Break> breaks = new ArrayList<>();
    if (versions.isEmpty() || mode.equals("NONE")) {
      return breaks;
    }
    boolean transitive = mode.endsWith("_TRANSITIVE");
    boolean backward = mode.startsWith("BACKWARD") || mode.startsWith("FULL");
    boolean forward = mode.startsWith("FORWARD") || mode.startsWith("FULL");
    List<Version> against =
        transitive ? versions : List.of(versions.get(versions.size() - 1));
    for (Version version : against) {
      if (backward) {
        for (Incompatibility incompatibility :
            SchemaCompatibility.checkReaderWriterCompatibility(current, version.schema())
                .getResult()
                .getIncompatibilities()) {
          breaks.add(new Break(version, true, incompatibility, fieldPath(current, incompatibility.getLocation())));
        }
      }
      if (forward) {
        for (Incompatibility incompatibility :
            SchemaCompatibility.checkReaderWriterCompatibility(version.schema(), current)
                .getResult()
                .getIncompatibilities()) {
          breaks.add(
              new Break(version, false, incompatibility, fieldPath(version.schema(), incompatibility.getLocation())));
        }
      }
    }
    return breaks;
  }

  /**
   * The record field names along a location such as {@code /fields/1/type/fields/0}: {@code
   * [venue, city]}; empty for the root.
   */
  static List<String> fieldPath(Schema reader, String location) {
    List<String> path = new ArrayList<>();
    Schema schema = reader;
    String[] steps = location == null ? new String[0] : location.split("/");
    for (int i = 0; i < steps.length && schema != null; i++) {
      String step = steps[i];
      if (step.isEmpty()) {
        continue;
      }
      switch (step) {
        case "fields":
          if (i + 1 < steps.length && schema.getType() == Schema.Type.RECORD) {
            int index = Integer.parseInt(steps[++i]);
            if (index < schema.getFields().size()) {
              Schema.Field field = schema.getFields().get(index);
              path.add(field.name());
              schema = field.schema();
            } else {
              schema = null;
            }
          }
          break;
        case "type":
          break;
        case "items":
          schema = schema.getType() == Schema.Type.ARRAY ? schema.getElementType() : null;
          break;
        case "values":
          schema = schema.getType() == Schema.Type.MAP ? schema.getValueType() : null;
          break;
        default:
          if (step.chars().allMatch(Character::isDigit) && schema.getType() == Schema.Type.UNION) {
            int branch = Integer.parseInt(step);
            schema = branch < schema.getTypes().size() ? schema.getTypes().get(branch) : null;
          } else {
            schema = null;
          }
          break;
      }
    }
    return path;
  }

  /**
   * One recorded version.
   *
   * @param number its number, from 1
   * @param file its file
   * @param schema its schema
   */
  public record Version(int number, Path file, Schema schema) {}

  /**
   * One incompatibility of the current schema with a recorded version.
   *
   * @param version the recorded version
   * @param backward whether the current schema fails to read the version (else the version fails
   *     to read the current one)
   * @param incompatibility what Avro found
   * @param fieldPath the record fields to it, in the reader schema; empty for the root
   */
  public record Break(Version version, boolean backward, Incompatibility incompatibility, List<String> fieldPath) {}
}
