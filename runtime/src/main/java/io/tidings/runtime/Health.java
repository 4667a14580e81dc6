package io.tidings.runtime;

import java.util.List;

/**
 * Whether a part of Tidings works, and why not: the transport's connection, each consumer group's
 * polling threads. {@code Tidings.health()} returns one tree; a service exposes it on its health
 * endpoint. A dead polling thread or an unreachable cluster shows up here, never silently.
 *
 * @param name what was checked, e.g. {@code kafka} or {@code group projector}
 * @param up whether it works
 * @param detail a short human-readable explanation (never a secret)
 * @param parts the checks this one is made of
 */
public record Health(String name, boolean up, String detail, List<Health> parts) {

  /** Copies the parts. */
  public Health {
    parts = List.copyOf(parts);
  }

  /** A healthy leaf. */
  public static Health up(String name, String detail) {
    return new Health(name, true, detail, List.of());
  }

  /** An unhealthy leaf. */
  public static Health down(String name, String detail) {
    return new Health(name, false, detail, List.of());
  }

  /** A node that is up only if every part is. */
  public static Health of(String name, List<Health> parts) {
    boolean up = parts.stream().allMatch(Health::up);
    long down = parts.stream().filter(part -> !part.up()).count();
    return new Health(name, up, up ? "all " + parts.size() + " up" : down + " of " + parts.size() + " down", parts);
  }
}
