package bad;

import io.tidings.annotations.Key;
import io.tidings.annotations.Topic;
import test.support.Created;

public class TopicValues {
  @Topic(name = "partitions", partitions = 0)
  interface Partitions {
    void sent(Created event);
  }

  @Topic(name = "replicas-zero", replicas = 0)
  interface ReplicasZero {
    void sent(Created event);
  }

  @Topic(name = "replicas-negative", replicas = -2)
  interface ReplicasNegative {
    void sent(Created event);
  }

  @Topic(name = "retention-text", retention = "7 days")
  interface RetentionText {
    void sent(Created event);
  }

  @Topic(name = "retention-negative", retention = "-P1D")
  interface RetentionNegative {
    void sent(Created event);
  }

  @Topic(name = "compacted", compacted = true)
  interface Compacted {
    void keyed(@Key String id, Created event);

    void unkeyed(Created event);
  }
}
