package io.tidings.processor.model;

/** What a consumer method returns. */
public enum ConsumerReturn {
  /** {@code void}: the record is handled when the method returns. */
  VOID,
  /** {@code CompletionStage<Void>} (or {@code CompletableFuture<Void>}): handled when it completes. */
  STAGE
}
