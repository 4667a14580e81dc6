package io.tidings.conformance;

import com.google.inject.Module;
import io.tidings.memory.MemoryBroker;
import io.tidings.memory.MemoryModule;
import org.junit.jupiter.api.BeforeEach;

/** The conformance suite over the in-memory broker: one broker per test, shared by its instances. */
class MemoryConformanceTest extends TransportConformance {
  private MemoryBroker broker;

  @BeforeEach
  void newBroker() {
    broker = new MemoryBroker();
  }

  @Override
  protected Module transport() {
    return new MemoryModule(broker);
  }
}
