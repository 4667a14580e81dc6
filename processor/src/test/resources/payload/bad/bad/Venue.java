package bad;

public record Venue(String name, Object location) {}
