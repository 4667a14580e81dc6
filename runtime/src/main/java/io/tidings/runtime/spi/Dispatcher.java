package io.tidings.runtime.spi;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Generated for every class with {@code @Consumes} methods ({@code <Class>_Dispatcher}): decodes a
 * delivery and calls the matching method directly, without reflection. The runtime's delivery
 * pipeline chooses the route, retries and dead-letters; the dispatcher only decodes and calls.
 */
public interface Dispatcher {

  /** A completed stage, returned for methods that return {@code void}. */
  CompletionStage<Void> DONE = CompletableFuture.completedFuture(null);

  /** The routes this dispatcher serves, one per {@code @Consumes} method. */
  java.util.List<Route> routes();

  /**
   * Decodes {@code delivery} for the route numbered {@code route} and calls its method.
   *
   * @return the method's stage, or {@link #DONE} for a {@code void} method
   * @throws io.tidings.runtime.codec.DecodeException if the key, a header or the payload cannot be
   *     decoded (a permanent failure)
   * @throws Exception whatever the method throws
   */
  CompletionStage<Void> dispatch(int route, Delivery delivery) throws Exception;
}
