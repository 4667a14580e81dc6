package io.tidings.conformance;

/**
 * A unit of work whose handler behaves as told, for the failure checks.
 *
 * @param run the test run that published it
 * @param id the job id (also its key)
 * @param behaviour what the handler does: see {@link Worker}
 * @param failTimes how many calls fail before one succeeds, for {@code flaky}
 */
public record Job(String run, String id, String behaviour, int failTimes) {}
