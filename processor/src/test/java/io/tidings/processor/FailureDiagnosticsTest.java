package io.tidings.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The diagnostics of {@code @Retry} and {@code @OnFailure}: each impossible value is an error on the
 * exact annotation value, with its text, file and line ({@code bad/FailureValues.java}).
 */
class FailureDiagnosticsTest {
  private static final JavaFileObject FILE = Sources.file("bad/FailureValues.java");

  private static Compilation compilation() {
    Compilation compilation = Sources.compileBad(FILE);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(10);
    return compilation;
  }

  @Test
  void maxAttemptsBelowOne() {
    assertThat(compilation())
        .hadErrorContaining("@Retry(maxAttempts = 0) on FailureValues: every record is handled at least once; set "
            + "maxAttempts to 1 (no retry) or more")
        .inFile(FILE)
        .onLineContaining("@Retry(maxAttempts = 0)");
  }

  @Test
  void aDelayThatIsNoDuration() {
    assertThat(compilation())
        .hadErrorContaining("@Retry(initialDelay = \"soon\") on FailureValues.on(Created) is not a duration: write it "
            + "like \"500ms\", \"2s\", \"1m\", \"1h\" or ISO-8601 (\"PT0.5S\")")
        .inFile(FILE)
        .onLineContaining("initialDelay = \"soon\"");
  }

  @Test
  void aNegativeDelay() {
    assertThat(compilation())
        .hadErrorContaining("@Retry(maxDelay = \"-1s\") on FailureValues.on(Created) is negative: a pause cannot be "
            + "shorter than zero; use \"0ms\" to retry at once")
        .inFile(FILE)
        .onLineContaining("maxDelay = \"-1s\"");
  }

  @Test
  void aMaxDelayBelowTheInitialDelay() {
    assertThat(compilation())
        .hadErrorContaining("@Retry on FailureValues.on(Cancelled): maxDelay \"1s\" is shorter than initialDelay "
            + "\"2s\", so no pause could respect both: raise maxDelay or lower initialDelay")
        .inFile(FILE)
        .onLineContaining("@Retry(initialDelay = \"2s\", maxDelay = \"1s\")");
  }

  @Test
  void aMultiplierBelowOne() {
    assertThat(compilation())
        .hadErrorContaining("@Retry(multiplier = 0.5) on FailureValues.on(Created): pauses must not shrink; use a "
            + "multiplier of 1 (no growth) or more, e.g. 2")
        .inFile(FILE)
        .onLineContaining("multiplier = 0.5");
  }

  @Test
  void jitterOutsideZeroToOne() {
    assertThat(compilation())
        .hadErrorContaining("@Retry(jitter = 1.5) on FailureValues.on(Created): jitter is the fraction of a pause "
            + "spread at random, from 0 (none) to 1; use e.g. 0.1")
        .inFile(FILE)
        .onLineContaining("jitter = 1.5");
  }

  @Test
  void anErrorListedAsAFailureClass() {
    assertThat(compilation())
        .hadErrorContaining("@OnFailure(permanent = OutOfMemoryError.class) on FailureValues.on(Created): "
            + "OutOfMemoryError is an Error, not an exception; Errors mean the JVM itself is in trouble and are "
            + "never classified: list an Exception type instead")
        .inFile(FILE)
        .onLineContaining("OutOfMemoryError.class,");
  }

  @Test
  void oneExceptionMappedToTwoClasses() {
    assertThat(compilation())
        .hadErrorContaining("@OnFailure on FailureValues.on(Created) lists IllegalArgumentException as both "
            + "permanent and business, but a failure has one class: remove it from one of the lists")
        .inFile(FILE)
        .onLineContaining("IllegalArgumentException.class})");
  }

  @Test
  void tidingsOwnFailureTypeRemapped() {
    assertThat(compilation())
        .hadErrorContaining("@OnFailure(permanent = BusinessFailure.class) on FailureValues.on(Created): "
            + "BusinessFailure always means a business failure and cannot be remapped: remove it, or throw "
            + "PermanentFailure instead")
        .inFile(FILE)
        .onLineContaining("BusinessFailure.class}");
  }

  @Test
  void aDeadLetterTopicKafkaWouldReject() {
    assertThat(compilation())
        .hadErrorContaining("@OnFailure(deadLetterTopic = \"bad topic\") on FailureValues is not a valid Kafka topic "
            + "name")
        .inFile(FILE)
        .onLineContaining("@OnFailure(deadLetterTopic = \"bad topic\")");
  }

  @Test
  void annotationsWhereTheyWouldBeIgnored() {
    JavaFileObject file = Sources.file("bad/FailurePlacement.java");
    Compilation compilation = Sources.compileBad(file);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(2);
    assertThat(compilation)
        .hadErrorContaining("@Retry on FailurePlacement.notAConsumer has no effect: the method has no @Consumes. Put "
            + "it on a @Consumes method, or on the class that declares them")
        .inFile(file)
        .onLineContaining("@Retry(maxAttempts = 2)");
    assertThat(compilation)
        .hadErrorContaining("@OnFailure on FailurePlacement has no effect: the class declares no @Consumes method")
        .inFile(file)
        .onLineContaining("@OnFailure(business = IllegalStateException.class)");
  }
}
