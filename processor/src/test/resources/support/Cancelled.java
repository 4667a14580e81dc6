package test.support;

/** A payload the diagnostics tests share. */
public record Cancelled(String id) {}
