package com.acme.shapes;

import io.tidings.annotations.Key;
import io.tidings.annotations.Topic;
import java.util.UUID;

/** Unicode identifiers everywhere. */
@Topic(name = "ereignisse_v1")
public interface Ereignisse {
  void geändert(@Key UUID schlüssel, Änderung änderung);
}
