package io.tidings.benchmarks.jmh;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.tidings.benchmarks.avro.NestedEvent;
import io.tidings.benchmarks.avro.SmallEvent;
import io.tidings.runtime.codec.AvroCodec;
import org.apache.avro.SchemaNormalization;
import org.junit.jupiter.api.Test;

/**
 * The three Avro variants of {@link AvroBenchmark} agree — same schema, same bytes, same values —
 * so a broken baseline (or a generated codec that drifted from Avro's encoding) fails the build
 * instead of producing a meaningless ratio. No timing.
 */
class AvroBenchmarkTest {

  @Test
  void setUpAcceptsTheThreeVariants() throws Exception {
    // throws IllegalStateException naming the payload if any two variants disagree
    new AvroBenchmark().setUp();
  }

  @Test
  void everyEncoderWritesTheSameBytes() throws Exception {
    AvroBenchmark benchmark = new AvroBenchmark();
    benchmark.setUp();

    assertArrayEquals(benchmark.smallEncodeSpecific(), benchmark.smallEncodeTidings());
    assertArrayEquals(benchmark.smallEncodeSpecific(), benchmark.smallEncodeReflect());
    assertArrayEquals(benchmark.nestedEncodeSpecific(), benchmark.nestedEncodeTidings());
    assertArrayEquals(benchmark.nestedEncodeSpecific(), benchmark.nestedEncodeReflect());
    assertEquals(AvroBenchmark.smallSize(), benchmark.smallEncodeTidings().length);
    assertEquals(AvroBenchmark.nestedSize(), benchmark.nestedEncodeTidings().length);
  }

  @Test
  void everyDecoderReadsTheSampleBack() throws Exception {
    AvroBenchmark benchmark = new AvroBenchmark();
    benchmark.setUp();

    assertEquals(AvroSmall.sample(), benchmark.smallDecodeTidings());
    assertEquals(AvroSmall.sample(), AvroSpecific.small(benchmark.smallDecodeSpecific()));
    assertEquals(AvroSmall.sample(), benchmark.smallDecodeReflect().toRecord());
    assertEquals(AvroNested.sample(), benchmark.nestedDecodeTidings());
    assertEquals(AvroNested.sample(), AvroSpecific.nested(benchmark.nestedDecodeSpecific()));
    assertEquals(AvroNested.sample(), benchmark.nestedDecodeReflect().toRecord());
  }

  @Test
  void theNestedSampleExercisesEveryShapeOfTheSchema() {
    AvroNested nested = AvroNested.sample();

    // a set and an unset optional field, a non-empty map, list of records and list of strings
    assertEquals(true, nested.note() != null);
    assertEquals(null, nested.voucher());
    assertEquals(false, nested.attributes().isEmpty());
    assertEquals(8, nested.lines().size());
    assertEquals(false, nested.tags().isEmpty());
  }

  @Test
  void aDisagreementIsReported() {
    AvroSmall sample = AvroSmall.sample();
    AvroSmall other = new AvroSmall(sample.channel(), !sample.confirmed(), sample.customer(), sample.id(), sample.priceCents(), sample.room(), sample.score(), sample.seats());

    IllegalStateException e = assertThrows(IllegalStateException.class, () -> Agreement.check("AvroSmall", sample, other));
    assertEquals(true, e.getMessage().contains("AvroSmall"), e.getMessage());
  }

  @Test
  void theSpecificClassesAreGeneratedFromTheSchemaTidingsUses() {
    GeneratedCode generated = GeneratedCode.load();

    assertEquals(
        SchemaNormalization.parsingFingerprint64(SmallEvent.getClassSchema()),
        ((AvroCodec<?>) generated.codec(AvroSmall.class)).fingerprint());
    assertEquals(
        SchemaNormalization.parsingFingerprint64(NestedEvent.getClassSchema()),
        ((AvroCodec<?>) generated.codec(AvroNested.class)).fingerprint());
  }
}
