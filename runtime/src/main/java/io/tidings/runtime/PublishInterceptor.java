package io.tidings.runtime;

import io.tidings.runtime.spi.OutboundRecord;

/**
 * Sees every record a generated publisher sends (dead letters and replays are not included): may
 * add headers before it goes out, and learns whether the broker acknowledged it. Bind implementations
 * with Guice's {@code Multibinder.newSetBinder(binder(), PublishInterceptor.class)}; Tidings calls
 * them in binding order. Called on the publishing thread ({@link #afterPublish} on the thread that
 * completes the send); keep them cheap and thread-safe. An exception thrown by an interceptor is
 * logged and otherwise ignored.
 */
public interface PublishInterceptor {

  /** Returns the record to send: {@code record} itself, or a copy with more headers. */
  default OutboundRecord beforePublish(OutboundRecord record) {
    return record;
  }

  /** Once the send completed: with its receipt, or with the failure ({@code receipt} is then null). */
  default void afterPublish(OutboundRecord record, Receipt receipt, Throwable failure) {}
}
