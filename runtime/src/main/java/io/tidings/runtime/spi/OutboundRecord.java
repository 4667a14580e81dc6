package io.tidings.runtime.spi;

import java.util.List;

/**
 * A record ready to be sent: encoded key and value plus headers. Built by the runtime from a
 * generated publisher's call (or by the delivery pipeline for a dead letter) and handed to {@link
 * Transport#send(OutboundRecord)}.
 *
 * @param topic the destination topic
 * @param key the encoded key, or {@code null} for none (the transport then spreads records)
 * @param value the encoded payload
 * @param headers the headers, in order; includes {@link StandardHeaders#EVENT_TYPE}
 */
public record OutboundRecord(String topic, byte[] key, byte[] value, List<RecordHeader> headers) {}
