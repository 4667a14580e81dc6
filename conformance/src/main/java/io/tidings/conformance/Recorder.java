package io.tidings.conformance;

import io.tidings.runtime.DeadLetter;
import io.tidings.runtime.Metadata;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * What the conformance consumers saw, for the suite's assertions: every call with its group, id,
 * metadata and time. One per injector (a singleton); thread-safe.
 */
@jakarta.inject.Singleton
public final class Recorder {
  /**
   * One handler call.
   *
   * @param group the consumer group
   * @param run the run in the payload
   * @param id the step key or job id
   * @param seq the step's sequence number, or -1
   * @param metadata the record's metadata
   * @param nanos {@link System#nanoTime()} at the call
   */
  public record Call(String group, String run, String id, int seq, Metadata metadata, long nanos) {}

  private final List<Call> calls = new CopyOnWriteArrayList<>();
  private final Map<String, Integer> attempts = new ConcurrentHashMap<>();
  private final List<DeadLetter<Job>> deadLetters = new CopyOnWriteArrayList<>();

  /** Records a dead letter read back as a typed value. */
  public void deadLetter(DeadLetter<Job> letter) {
    deadLetters.add(letter);
  }

  /** The typed dead letters whose bytes mention {@code run}, in the order they were read. */
  public List<DeadLetter<Job>> deadLetters(String run) {
    return deadLetters.stream()
        .filter(letter -> letter.value() != null
            && new String(letter.value(), java.nio.charset.StandardCharsets.UTF_8).contains(run))
        .toList();
  }

  /** Records a call. */
  public void record(String group, String run, String id, int seq, Metadata metadata) {
    calls.add(new Call(group, run, id, seq, metadata, System.nanoTime()));
  }

  /** Counts a call of job {@code id} and returns how many there were, this one included. */
  public int attempt(String id) {
    return attempts.merge(id, 1, Integer::sum);
  }

  /** The calls of {@code run} in group {@code group}, in the order they happened. */
  public List<Call> calls(String group, String run) {
    List<Call> selected = new ArrayList<>();
    for (Call call : calls) {
      if (call.group().equals(group) && call.run().equals(run)) {
        selected.add(call);
      }
    }
    return selected;
  }

  /** The calls of {@code run} in {@code group} for {@code id}. */
  public List<Call> calls(String group, String run, String id) {
    return calls(group, run).stream().filter(call -> call.id().equals(id)).toList();
  }
}
