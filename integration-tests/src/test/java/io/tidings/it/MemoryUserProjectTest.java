package io.tidings.it;

import com.google.inject.Module;
import io.tidings.memory.MemoryModule;

/** The user project on the in-memory broker. */
class MemoryUserProjectTest extends UserProjectContract {
  @Override
  protected Module backend() {
    return new MemoryModule();
  }
}
