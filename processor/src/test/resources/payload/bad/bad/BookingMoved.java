package bad;

import io.tidings.processor.payload.GenerateCodec;

/** Reaches Venue too: its problem is reported once, for the first payload that reached it. */
@GenerateCodec
public record BookingMoved(Venue from, Venue to) {}
