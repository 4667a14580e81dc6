package io.tidings.runtime;

import java.time.Instant;

/**
 * Where the broker stored a published record: returned by {@code CompletionStage<Receipt>} publish
 * methods once the broker acknowledged the record.
 *
 * @param topic the topic the record was written to
 * @param partition the partition it landed in
 * @param offset its offset within that partition
 * @param timestamp the record's timestamp as the broker stored it
 */
public record Receipt(String topic, int partition, long offset, Instant timestamp) {}
