package io.tidings.it.topics;

import io.tidings.annotations.Key;

/** A plain super-interface: its abstract methods become publish methods of the topics that extend it. */
public interface Auditing {

  /** Inherited publish method. */
  void audit(@Key String id, AuditEntry entry);

  /**
   * An audit entry.
   *
   * @param id what it is about
   * @param action what happened
   */
  record AuditEntry(String id, String action) {}
}
