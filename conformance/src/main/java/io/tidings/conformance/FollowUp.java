package io.tidings.conformance;

/**
 * Published by {@link Worker} while it handles a {@code publish} job, for the correlation checks.
 *
 * @param run the test run
 * @param id the id of the job that caused it
 */
public record FollowUp(String run, String id) {}
