package io.tidings.runtime.spi;

import java.util.concurrent.CompletionStage;

/**
 * The runtime's side of a subscription: a transport calls it for every record it reads. The handler
 * owns all policy (decoding, retries, dead letters, interceptors); the transport only moves bytes
 * and positions.
 *
 * <p>Contract for transports: records of one partition are handed over one at a time, in offset
 * order — the next only after the stage returned for the previous one completed. A record's offset
 * may be committed once its stage completed normally. If the stage completes exceptionally the
 * record was not handled (for example the dead-letter topic could not be written): the transport
 * must not commit it and must deliver it again, after a pause, before any later record of that
 * partition.
 */
@FunctionalInterface
public interface DeliveryHandler {
  /** Handles one record; see the interface documentation for the ordering and commit contract. */
  CompletionStage<Void> handle(Delivery delivery);
}
