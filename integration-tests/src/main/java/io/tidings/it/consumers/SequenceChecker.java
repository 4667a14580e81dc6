package io.tidings.it.consumers;

import io.tidings.annotations.Consumes;
import io.tidings.annotations.Key;
import io.tidings.it.topics.Sequence;
import io.tidings.runtime.Metadata;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/** Group "order": records every key's steps in the order they arrive, and the partition of each key. */
@Singleton
public class SequenceChecker {
  /** Each key's step numbers in arrival order. */
  public final Map<String, List<Long>> steps = new ConcurrentHashMap<>();
  /** The partition each key arrived on. */
  public final Map<String, Integer> partitions = new ConcurrentHashMap<>();
  /** Steps handled in all. */
  public final AtomicLong handled = new AtomicLong();

  @Inject
  SequenceChecker() {}

  @Consumes(topic = Sequence.class, group = "order")
  void on(Sequence.Step step, @Key String key, Metadata metadata) {
    steps.computeIfAbsent(key, k -> new CopyOnWriteArrayList<>()).add(step.number());
    partitions.put(key, metadata.partition());
    handled.incrementAndGet();
  }
}
