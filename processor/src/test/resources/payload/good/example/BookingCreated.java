package example;

import io.tidings.processor.payload.GenerateCodec;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The representative payload whose generated codec is pinned by a golden file. */
@GenerateCodec
public record BookingCreated(
    UUID bookingId,
    String customer,
    int seats,
    Instant at,
    Optional<String> note,
    List<Guest> guests,
    Map<String, BigDecimal> prices,
    Color color) {}
