package io.tidings.it.consumers;

import io.tidings.annotations.Consumes;
import io.tidings.annotations.Key;
import io.tidings.it.topics.AuditLog;
import io.tidings.it.topics.Auditing;
import io.tidings.it.topics.Grüße;
import io.tidings.it.topics.KeyTypes;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/** One consumer class for several topics and key types, in one group. */
@Singleton
public class Misc {
  /** Everything received, in arrival order. */
  public final BlockingQueue<Received> received = new LinkedBlockingQueue<>();

  @Inject
  Misc() {}

  @Consumes(topic = KeyTypes.LongKeys.class, group = "misc")
  void longKey(@Key long key, KeyTypes.Ping ping) {
    received.add(new Received(key, ping, java.util.Map.of(), null));
  }

  @Consumes(topic = KeyTypes.IntKeys.class, group = "misc")
  void intKey(KeyTypes.Ping ping, @Key Integer key) {
    received.add(new Received(key, ping, java.util.Map.of(), null));
  }

  @Consumes(topic = KeyTypes.ByteKeys.class, group = "misc")
  void bytesKey(KeyTypes.Ping ping, @Key byte[] key) {
    received.add(new Received(key, ping, java.util.Map.of(), null));
  }

  @Consumes(topic = KeyTypes.NoKeys.class, group = "misc")
  void noKey(KeyTypes.Ping ping) {
    received.add(new Received(null, ping, java.util.Map.of(), null));
  }

  @Consumes(topic = AuditLog.class, group = "misc")
  void audit(Auditing.AuditEntry entry, @Key String id) {
    received.add(new Received(id, entry, java.util.Map.of(), null));
  }

  @Consumes(topic = Grüße.class, group = "misc")
  void grüße(Grüße.Grußwort wort, @Key String schlüssel) {
    received.add(new Received(schlüssel, wort, java.util.Map.of(), null));
  }
}
