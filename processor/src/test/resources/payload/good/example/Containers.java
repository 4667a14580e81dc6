package example;

import io.tidings.processor.payload.GenerateCodec;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

@GenerateCodec
public record Containers(
    Optional<String> note,
    Optional<Address> address,
    Optional<List<UUID>> ids,
    List<String> tags,
    Set<Color> colors,
    Collection<Integer> counts,
    Map<String, BigDecimal> prices,
    Map<String, List<Address>> byCity,
    List<List<Instant>> schedule,
    List<Optional<String>> maybe,
    Map<String, byte[]> blobs,
    Set<Address> places,
    List<Color> palette) {}
