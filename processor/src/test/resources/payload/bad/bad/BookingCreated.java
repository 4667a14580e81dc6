package bad;

import io.tidings.processor.payload.GenerateCodec;

@GenerateCodec
public record BookingCreated(String bookingId, Venue venue) {}
