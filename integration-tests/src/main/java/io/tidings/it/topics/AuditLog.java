package io.tidings.it.topics;

import io.tidings.annotations.Topic;

/** A topic whose only publish method is inherited, with a default method the publisher leaves alone. */
@Topic(name = "it.audit", partitions = 2, retention = "P7D")
public interface AuditLog extends Auditing {

  /** A convenience that the generated publisher must not override. */
  default void created(String id) {
    audit(id, new AuditEntry(id, "created"));
  }
}
