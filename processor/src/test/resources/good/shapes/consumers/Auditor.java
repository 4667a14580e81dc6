package com.acme.shapes.consumers;

import com.acme.shapes.Ereignisse;
import com.acme.shapes.Node;
import com.acme.shapes.Outer;
import com.acme.shapes.Tree;
import com.acme.shapes.Änderung;
import io.tidings.annotations.Consumes;
import io.tidings.annotations.Key;
import io.tidings.runtime.Metadata;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

/** A consumer in another package than its topics, consuming three topics. */
public class Auditor {
  public Auditor() {}

  @Consumes(topic = Ereignisse.class, group = "audit")
  public void geändert(Änderung änderung, @Key UUID schlüssel) {}

  @Consumes(topic = Tree.class, group = "audit")
  public CompletableFuture<Void> planted(Metadata metadata, Node root) {
    return CompletableFuture.completedFuture(null);
  }

  @Consumes(topic = Outer.Notes.class, group = "audit")
  public void noted(Outer.Note note) {}

  @Consumes(topic = Outer.Notes.class, group = "audit-copy")
  public void copied(Outer.Note note) {}
}
