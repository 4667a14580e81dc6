package bad;

import io.tidings.processor.payload.GenerateCodec;
import java.time.ZonedDateTime;
import java.util.OptionalInt;

/** JDK types that have a better-suited replacement, which the error names. */
@GenerateCodec
public record Clock(ZonedDateTime at, OptionalInt seats) {}
