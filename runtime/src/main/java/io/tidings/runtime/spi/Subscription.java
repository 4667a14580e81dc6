package io.tidings.runtime.spi;

import io.tidings.runtime.Health;
import java.time.Duration;

/**
 * A consumer group's live subscription to one or more topics on a transport, as returned by {@link
 * Transport#subscribe}. Closing it is graceful.
 */
public interface Subscription {

  /**
   * Stops fetching, lets records already handed to the handler finish (waiting at most {@code
   * timeout}), commits what was handled, and releases the group membership.
   *
   * @return {@code true} if everything in flight finished within the timeout
   */
  boolean close(Duration timeout);

  /**
   * How many records of its partitions this member has yet to handle (log end minus the next record
   * it will handle, summed), as last seen, if the transport knows it; empty otherwise. Cheap; any thread.
   */
  default java.util.OptionalLong lag() {
    return java.util.OptionalLong.empty();
  }

  /** Whether this subscription's threads are alive and have their partitions assigned. */
  default Health health() {
    return Health.up(getClass().getSimpleName(), "no health checks");
  }
}
