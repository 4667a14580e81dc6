package io.tidings.conformance;

import io.tidings.annotations.Key;
import io.tidings.annotations.Topic;

/** What handlers publish while handling a job. */
@Topic(name = "conformance.follow-ups", partitions = 1)
public interface FollowUps {
  /** Publishes one follow-up and waits for the broker. */
  void followUp(@Key String id, FollowUp followUp);
}
