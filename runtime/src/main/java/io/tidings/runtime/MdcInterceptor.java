package io.tidings.runtime;

import io.tidings.runtime.spi.Delivery;
import io.tidings.runtime.spi.StandardHeaders;
import org.slf4j.MDC;
import org.slf4j.spi.MDCAdapter;

/**
 * Puts the record being handled into SLF4J's {@link MDC} while its consumer method runs, so every log
 * line the method writes names it: {@value #TOPIC}, {@value #PARTITION}, {@value #OFFSET}, {@value
 * #GROUP} and {@value #CORRELATION_ID}. Opt in by binding it:
 *
 * <pre>{@code
 * Multibinder.newSetBinder(binder(), HandleInterceptor.class).addBinding().to(MdcInterceptor.class);
 * }</pre>
 *
 * <p>It costs a few small strings per record, which is why it is not on by default. Stateless and
 * thread-safe (the MDC is per thread).
 */
public final class MdcInterceptor implements HandleInterceptor {
  /** The MDC key of the topic. */
  public static final String TOPIC = "tidings.topic";
  /** The MDC key of the partition. */
  public static final String PARTITION = "tidings.partition";
  /** The MDC key of the offset. */
  public static final String OFFSET = "tidings.offset";
  /** The MDC key of the consumer group. */
  public static final String GROUP = "tidings.group";
  /** The MDC key of the correlation id. */
  public static final String CORRELATION_ID = "tidings.correlationId";

  private final MDCAdapter mdc;

  /** Writes to SLF4J's {@link MDC}. */
  public MdcInterceptor() {
    this(MDC.getMDCAdapter());
  }

  /** Writes to {@code mdc} (for tests, where the SLF4J binding may not keep an MDC). */
  MdcInterceptor(MDCAdapter mdc) {
    this.mdc = mdc;
  }

  @Override
  public void beforeHandle(Delivery delivery, int attempt) {
    mdc.put(TOPIC, delivery.topic());
    mdc.put(PARTITION, Integer.toString(delivery.partition()));
    mdc.put(OFFSET, Long.toString(delivery.offset()));
    mdc.put(GROUP, delivery.group());
    String correlation = delivery.header(StandardHeaders.CORRELATION_ID);
    if (correlation != null) {
      mdc.put(CORRELATION_ID, correlation);
    }
  }

  @Override
  public void afterHandle(Delivery delivery, int attempt, Throwable thrown) {
    mdc.remove(TOPIC);
    mdc.remove(PARTITION);
    mdc.remove(OFFSET);
    mdc.remove(GROUP);
    mdc.remove(CORRELATION_ID);
  }

  @Override
  public String toString() {
    return "MdcInterceptor";
  }
}
