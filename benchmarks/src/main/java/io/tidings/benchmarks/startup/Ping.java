package io.tidings.benchmarks.startup;

/**
 * The start-up probe's message.
 *
 * @param run which child JVM sent it (so a run ignores earlier runs' pings)
 * @param seq a sequence number
 */
public record Ping(String run, long seq) {}
