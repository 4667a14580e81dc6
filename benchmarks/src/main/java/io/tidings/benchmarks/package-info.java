/** Benchmarks: JMH comparisons and an end-to-end harness on a real broker. */
package io.tidings.benchmarks;
