package io.tidings.it;

import io.tidings.it.model.Address;
import io.tidings.it.model.Customer;
import io.tidings.it.model.Everything;
import io.tidings.it.model.Node;
import io.tidings.it.model.Tier;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/** Random payloads from a seed, edge values included, so a failure can be replayed. */
final class Samples {
  private static final String[] TEXTS = {
    "", "plain", "ünïcødé ✓", "quote \" backslash \\ slash /", "tab\tnew\nline", "😀 emoji", "\u0000nul"
  };

  private Samples() {}

  static Everything everything(long seed) {
    Random r = new Random(seed);
    boolean edges = seed % 3 == 0;
    return new Everything(
        r.nextBoolean(),
        edges ? Byte.MIN_VALUE : (byte) r.nextInt(),
        edges ? Short.MAX_VALUE : (short) r.nextInt(),
        edges ? Integer.MIN_VALUE : r.nextInt(),
        edges ? Long.MAX_VALUE : r.nextLong(),
        edges ? Float.MIN_VALUE : r.nextFloat() * 1e6f,
        edges ? -Double.MAX_VALUE : r.nextGaussian() * 1e12,
        edges ? 'ü' : (char) ('a' + r.nextInt(26)),
        r.nextBoolean() ? null : r.nextInt(),
        r.nextBoolean() ? null : r.nextLong(),
        r.nextBoolean() ? null : r.nextDouble(),
        r.nextBoolean() ? null : r.nextBoolean(),
        text(r),
        r.nextInt(4) == 0 ? null : Tier.values()[r.nextInt(Tier.values().length)],
        edges ? new BigDecimal("1.50") : BigDecimal.valueOf(r.nextLong(), r.nextInt(12)),
        edges ? new BigInteger("123456789012345678901234567890") : BigInteger.valueOf(r.nextLong()),
        new UUID(r.nextLong(), r.nextLong()),
        Instant.ofEpochSecond(r.nextInt(2_000_000_000), r.nextInt(1_000_000_000)),
        LocalDate.ofEpochDay(r.nextInt(40_000) - 10_000),
        LocalDateTime.of(2000 + r.nextInt(50), 1 + r.nextInt(12), 1 + r.nextInt(28), r.nextInt(24), r.nextInt(60), r.nextInt(60), r.nextInt(1_000_000_000)),
        OffsetDateTime.of(2026, 1 + r.nextInt(12), 1 + r.nextInt(28), r.nextInt(24), r.nextInt(60), 0, 0, ZoneOffset.ofHours(r.nextInt(25) - 12)),
        Duration.ofSeconds(r.nextInt(1_000_000), r.nextInt(1_000_000_000)),
        bytes(r),
        r.nextBoolean() ? Optional.empty() : Optional.of(text(r)),
        ints(r),
        strings(r),
        longs(r),
        address(r),
        List.of(address(r), address(r)),
        edges ? Map.of() : Map.of("paris", address(r), "zürich", address(r)),
        new Customer(text(r), Tier.GOLD, r.nextBoolean(), r.nextLong()),
        edges ? List.of() : List.of(List.of("a", "b"), List.of(), List.of(text(r))));
  }

  static Node tree(int depth, String name) {
    List<Node> children = new ArrayList<>();
    if (depth > 0) {
      for (int i = 0; i < 2; i++) {
        children.add(tree(depth - 1, name + "." + i));
      }
    }
    return new Node(name, children, name.contains(".") ? Optional.of(name.substring(0, name.lastIndexOf('.'))) : Optional.empty());
  }

  private static String text(Random r) {
    return TEXTS[r.nextInt(TEXTS.length)] + r.nextInt(1000);
  }

  private static byte[] bytes(Random r) {
    byte[] bytes = new byte[r.nextInt(40)];
    r.nextBytes(bytes);
    return bytes;
  }

  private static List<Integer> ints(Random r) {
    List<Integer> list = new ArrayList<>();
    for (int i = r.nextInt(5); i > 0; i--) {
      list.add(r.nextInt());
    }
    return list;
  }

  private static Set<String> strings(Random r) {
    Set<String> set = new LinkedHashSet<>();
    for (int i = r.nextInt(5); i > 0; i--) {
      set.add(text(r));
    }
    return set;
  }

  private static Map<String, Long> longs(Random r) {
    Map<String, Long> map = new LinkedHashMap<>();
    for (int i = r.nextInt(5); i > 0; i--) {
      map.put(text(r), r.nextLong());
    }
    return map;
  }

  private static Address address(Random r) {
    return new Address(text(r), text(r), r.nextBoolean() ? List.of() : List.of(text(r), text(r)));
  }
}
