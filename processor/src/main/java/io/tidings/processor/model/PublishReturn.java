package io.tidings.processor.model;

/** What a publish method returns. */
public enum PublishReturn {
  /** {@code void}: waits for the acknowledgement. */
  VOID,
  /** {@code Receipt}: waits and returns where the record went. */
  RECEIPT,
  /** {@code CompletionStage<Receipt>} or {@code CompletableFuture<Receipt>}: does not wait. */
  FUTURE
}
