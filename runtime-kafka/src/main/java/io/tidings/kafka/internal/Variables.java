package io.tidings.kafka.internal;

import io.tidings.runtime.internal.Durations;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.config.ConfigDef;

/**
 * Typed, checked reads of {@code KAFKA_*} variables for {@code KafkaSettings}: every wrong value is
 * collected as a problem that names the variable (as the user spelled it) and the accepted values,
 * so one start-up shows every mistake. Values of secret variables never appear in a problem. Not
 * thread-safe; used once per build.
 */
public final class Variables {
  /** What a secret shows as. */
  public static final String MASK = "[hidden]";

  private static final Pattern BARE_MILLIS = Pattern.compile("\\d+");
  private static final Set<String> SECRET_PROPERTIES = secretProperties();

  /** A variable's value and the name it was given under. */
  public record Value(String source, String value) {}

  private final Map<String, Value> values;
  private final List<String> problems = new ArrayList<>();

  /** Reads from {@code values}, keyed by {@link #normalize normalized} name. */
  public Variables(Map<String, Value> values) {
    this.values = values;
  }

  /**
   * A name as variables spell it: upper case, every character other than a letter or digit as
   * {@code _} ({@code kafka.consumer.max-poll} → {@code KAFKA_CONSUMER_MAX_POLL}).
   */
  public static String normalize(String name) {
    StringBuilder out = new StringBuilder(name.length());
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
        out.append(c);
      } else if (c >= 'a' && c <= 'z') {
        out.append((char) (c - 'a' + 'A'));
      } else {
        out.append('_');
      }
    }
    return out.toString();
  }

  /** Whether a Kafka client property holds a secret (a password type, or a JAAS configuration). */
  public static boolean isSecretProperty(String property) {
    String lower = property.toLowerCase(Locale.ROOT);
    return SECRET_PROPERTIES.contains(property)
        || lower.contains("password")
        || lower.contains("secret")
        || lower.contains("jaas")
        || lower.contains("credential")
        || lower.contains("token");
  }

  private static Set<String> secretProperties() {
    Set<String> secrets = new HashSet<>();
    for (ConfigDef def : List.of(ProducerConfig.configDef(), ConsumerConfig.configDef(), AdminClientConfig.configDef())) {
      def.configKeys().forEach((name, key) -> {
        if (key.type == ConfigDef.Type.PASSWORD) {
          secrets.add(name);
        }
      });
    }
    return Set.copyOf(secrets);
  }

  /** The problems found so far; callers may add their own. */
  public List<String> problems() {
    return problems;
  }

  /** Every variable name given, normalized, in the order given. */
  public List<String> names() {
    return List.copyOf(values.keySet());
  }

  /** The name {@code name} was given under, for messages. */
  public String source(String name) {
    Value value = values.get(name);
    return value == null ? name : value.source();
  }

  /** Whether the variable is set to a non-blank value. */
  public boolean isSet(String name) {
    return get(name) != null;
  }

  /** The trimmed value, or {@code null} if unset or blank. */
  public String get(String name) {
    Value value = values.get(name);
    if (value == null || value.value().isBlank()) {
      return null;
    }
    return value.value().trim();
  }

  /** The value, or {@code fallback}. */
  public String string(String name, String fallback) {
    String value = get(name);
    return value == null ? fallback : value;
  }

  /** One of {@code accepted} (case-insensitive, returned in lower case), or {@code fallback}. */
  public String choice(String name, String fallback, String... accepted) {
    String value = get(name);
    if (value == null) {
      return fallback;
    }
    for (String candidate : accepted) {
      if (candidate.equalsIgnoreCase(value)) {
        return candidate.toLowerCase(Locale.ROOT);
      }
    }
    problems.add(source(name) + "=" + value + " is not accepted: use one of " + String.join(", ", accepted));
    return fallback;
  }

  /** One of {@code accepted} (case-insensitive, returned in upper case), or {@code fallback}. */
  public String choiceUpper(String name, String fallback, String... accepted) {
    String value = get(name);
    if (value == null) {
      return fallback;
    }
    for (String candidate : accepted) {
      if (candidate.equalsIgnoreCase(value)) {
        return candidate.toUpperCase(Locale.ROOT);
      }
    }
    problems.add(source(name) + "=" + value + " is not accepted: use one of " + String.join(", ", accepted));
    return fallback;
  }

  /** A whole number of at least 1, or {@code fallback}. */
  public int positiveInt(String name, int fallback) {
    return intAtLeast(name, fallback, 1, "a whole number of at least 1");
  }

  /** A whole number of at least 0, or {@code fallback}. */
  public int nonNegativeInt(String name, int fallback) {
    return intAtLeast(name, fallback, 0, "a whole number of at least 0");
  }

  private int intAtLeast(String name, int fallback, int min, String expected) {
    String value = get(name);
    if (value == null) {
      return fallback;
    }
    try {
      int parsed = Integer.parseInt(value);
      if (parsed >= min) {
        return parsed;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    problems.add(source(name) + "=" + value + " is not accepted: use " + expected);
    return fallback;
  }

  /** {@code true} or {@code false}, or {@code null} when unset. */
  public Boolean bool(String name) {
    String value = get(name);
    if (value == null) {
      return null;
    }
    if (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false")) {
      return Boolean.valueOf(value.toLowerCase(Locale.ROOT));
    }
    problems.add(source(name) + "=" + value + " is not accepted: use true or false");
    return null;
  }

  /** A positive duration (milliseconds, a number with a unit, or ISO-8601), or {@code fallback}. */
  public Duration duration(String name, Duration fallback) {
    String value = get(name);
    if (value == null) {
      return fallback;
    }
    Duration parsed = parseDuration(value);
    if (parsed == null || parsed.isZero() || parsed.isNegative()) {
      problems.add(
          source(name) + "=" + value + " is not accepted: use a positive duration in milliseconds (45000), "
              + "with a unit (500ms, 45s, 2m, 1h) or ISO-8601 (PT45S)");
      return fallback;
    }
    return parsed;
  }

  /**
   * A duration as the runtime reads one ({@code 500ms}, {@code 45s}, ISO-8601; see {@link
   * Durations#parse}), or a bare number of milliseconds as Kafka's own {@code *.ms} settings are
   * written; {@code null} if it is neither.
   */
  static Duration parseDuration(String value) {
    if (BARE_MILLIS.matcher(value).matches()) {
      try {
        return Duration.ofMillis(Long.parseLong(value));
      } catch (NumberFormatException e) {
        return null;
      }
    }
    try {
      return Durations.parse(value);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

}
