package io.tidings.conformance;

/**
 * One step of a keyed sequence, for the order and fan-out checks.
 *
 * @param run the test run that published it
 * @param key the record key
 * @param seq its position in the key's sequence
 */
public record Step(String run, String key, int seq) {}
