package example;

import io.tidings.processor.payload.GenerateCodec;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.UUID;

@GenerateCodec
public record Scalars(
    boolean flag,
    byte tiny,
    short small,
    int count,
    long big,
    float ratio,
    double amount,
    char letter,
    Boolean flagBox,
    Byte tinyBox,
    Short smallBox,
    Integer countBox,
    Long bigBox,
    Float ratioBox,
    Double amountBox,
    Character letterBox,
    String text,
    BigDecimal price,
    BigInteger huge,
    UUID id,
    Instant at,
    LocalDate day,
    LocalDateTime local,
    OffsetDateTime offset,
    Duration took,
    byte[] data,
    Color color) {}
