package test.support;

/** A payload the diagnostics tests share. */
public record Created(String id) {}
