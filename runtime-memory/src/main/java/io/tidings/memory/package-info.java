/** The in-memory broker: {@code MemoryModule} and {@code MemoryBroker}, for tests and the example. */
package io.tidings.memory;
