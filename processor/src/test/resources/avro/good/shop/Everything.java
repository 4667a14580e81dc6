package shop;

import io.tidings.annotations.Decimal;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Every type an Avro payload may hold.
 *
 * @param flag a boolean
 * @param count an int
 */
public record Everything(
    boolean flag,
    byte tiny,
    short small,
    int count,
    long big,
    float ratio,
    double precise,
    char letter,
    Boolean boxedFlag,
    Integer boxedCount,
    Long boxedBig,
    Double boxedPrecise,
    String text,
    byte[] blob,
    UUID id,
    Instant at,
    LocalDate day,
    LocalDateTime local,
    @Decimal(precision = 12, scale = 3) BigDecimal amount,
    Level level,
    Address address,
    Tree tree,
    List<String> tags,
    Set<Integer> numbers,
    Collection<Level> levels,
    Map<String, Long> counters,
    Map<String, List<Address>> addressBook,
    Optional<String> note,
    Optional<Address> backup,
    @Nullable String maybe,
    @Nullable Address maybeAddress,
    List<Optional<Instant>> moments,
    @Decimal(precision = 5, scale = 0) Optional<BigDecimal> rounded) {

  /** A level. */
  public enum Level {
    LOW,
    MEDIUM,
    HIGH
  }
}
