package io.tidings.runtime.internal;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses and prints durations the way settings are written: {@code 500ms}, {@code 30s}, {@code 2m}, {@code 1h}, or ISO-8601. */
public final class Durations {
  private static final Pattern SIMPLE = Pattern.compile("(\\d+)\\s*(ms|s|m|h|d)");

  private Durations() {}

  /**
   * Parses {@code text}.
   *
   * @throws IllegalArgumentException if it is neither a number with a unit nor ISO-8601
   */
  public static Duration parse(String text) {
    String value = text.trim().toLowerCase(Locale.ROOT);
    Matcher matcher = SIMPLE.matcher(value);
    if (matcher.matches()) {
      long amount;
      try {
        amount = Long.parseLong(matcher.group(1));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("the number in " + text + " is too large", e);
      }
      switch (matcher.group(2)) {
        case "ms":
          return Duration.ofMillis(amount);
        case "s":
          return Duration.ofSeconds(amount);
        case "m":
          return Duration.ofMinutes(amount);
        case "h":
          return Duration.ofHours(amount);
        default:
          return Duration.ofDays(amount);
      }
    }
    if (value.startsWith("p")) {
      try {
        return Duration.parse(value.toUpperCase(Locale.ROOT));
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException(text + " is not an ISO-8601 duration", e);
      }
    }
    throw new IllegalArgumentException(text + " has no unit");
  }

  /** A short form for messages: {@code 250ms}, {@code 30s}, {@code 1m30s}. */
  public static String format(Duration duration) {
    if (duration.isNegative()) {
      return "-" + format(duration.negated());
    }
    long millis = duration.toMillis();
    if (millis < 1000 || millis % 1000 != 0) {
      return millis + "ms";
    }
    long seconds = millis / 1000;
    if (seconds < 60 || seconds % 60 != 0 && seconds < 3600) {
      return seconds >= 60 ? seconds / 60 + "m" + seconds % 60 + "s" : seconds + "s";
    }
    return duration.toString().substring(2).toLowerCase(Locale.ROOT);
  }
}
