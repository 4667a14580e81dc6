package io.tidings.processor.payload;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Pins the generated source of representative codecs (a record with nested payloads and containers,
 * a bean, a recursive type) to the files under {@code src/test/resources/payload/expected/}. Run
 * with {@code TIDINGS_REGENERATE_GOLDEN=1} to rewrite them after an intended change, then review
 * the diff.
 */
class GoldenCodecTest {
  private static final Path EXPECTED = Path.of("src/test/resources/payload/expected");
  private static Compiled compiled;

  @BeforeAll
  static void compile() {
    compiled = Compiled.compileOk(JsonInteropTest.GOOD);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "BookingCreated_JsonCodec",
        "Guest_JsonCodec",
        "Invoice_JsonCodec",
        "Ping_JsonCodec",
        "Awkward_JsonCodec"
      })
  void generatedCodecMatchesTheGoldenFile(String codec) throws IOException {
    JavaFileObject generated =
        compiled
            .compilation
            .generatedSourceFile("example." + codec)
            .orElseThrow(() -> new AssertionError(codec + " was not generated"));
    String actual = generated.getCharContent(true).toString();
    Path golden = EXPECTED.resolve("example/" + codec + ".java");
    if ("1".equals(System.getenv("TIDINGS_REGENERATE_GOLDEN"))) {
      Files.createDirectories(golden.getParent());
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
    }
    assertEquals(
        Files.readString(golden, StandardCharsets.UTF_8),
        actual,
        "the generated " + codec + " changed; if intended, rerun with TIDINGS_REGENERATE_GOLDEN=1");
  }
}
