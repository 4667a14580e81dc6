/**
 * The in-memory broker's engine, transport and partitioner. Not an API: use {@code MemoryModule} and
 * {@code MemoryBroker}.
 */
package io.tidings.memory.internal;
