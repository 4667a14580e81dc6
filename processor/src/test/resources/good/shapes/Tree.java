package com.acme.shapes;

import io.tidings.annotations.Topic;

/** A keyless topic with a recursive payload. */
@Topic(name = "trees")
public interface Tree {
  void planted(Node root);
}
