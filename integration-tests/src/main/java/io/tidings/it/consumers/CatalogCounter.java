package io.tidings.it.consumers;

import io.tidings.annotations.Consumes;
import io.tidings.it.model.Everything;
import io.tidings.it.topics.Catalog;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Group "counter": a second group on {@link Catalog} that handles only one of its payload types;
 * the others are acknowledged and skipped for this group.
 */
@Singleton
public class CatalogCounter {
  /** How many {@code Everything} records this group handled. */
  public final AtomicInteger everything = new AtomicInteger();

  @Inject
  CatalogCounter() {}

  @Consumes(topic = Catalog.class, group = "counter")
  void count(Everything value) {
    everything.incrementAndGet();
  }
}
