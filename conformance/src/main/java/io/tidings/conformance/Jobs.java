package io.tidings.conformance;

import io.tidings.annotations.Header;
import io.tidings.annotations.Key;
import io.tidings.annotations.Topic;

/** Jobs whose handlers fail as told, over two partitions. */
@Topic(name = "conformance.jobs", partitions = 2)
public interface Jobs {
  /** Publishes one job and waits for the broker. */
  void submit(@Key String id, Job job, @Header("priority") Integer priority);
}
