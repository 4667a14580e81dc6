package example;

/** A deprecated nested payload type. */
@Deprecated
public record Retired(String reason) {}
