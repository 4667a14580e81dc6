package io.tidings.runtime.spi;

/**
 * A generated topic or consumer, found by {@code TidingsModule} through {@link java.util.ServiceLoader}
 * ({@code META-INF/services/io.tidings.runtime.spi.Component}, written by the processor), so no
 * class-path scanning is needed. Each generated publisher and dispatcher has one, as its nested
 * {@code Registration} class.
 */
public interface Component {

  /** Tells the registry what this component provides. */
  void register(ComponentRegistry registry);
}
