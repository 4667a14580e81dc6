package example;

import java.util.List;

public record Pong(int hits, List<Ping> replies) {}
