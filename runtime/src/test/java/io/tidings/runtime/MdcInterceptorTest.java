package io.tidings.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.tidings.runtime.spi.Delivery;
import io.tidings.runtime.spi.RecordHeader;
import io.tidings.runtime.spi.StandardHeaders;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.slf4j.helpers.BasicMDCAdapter;

/** The MDC interceptor names the record while its method runs, and clears it afterwards. */
class MdcInterceptorTest {
  @Test
  void putsTheRecordIntoTheMdcForTheCallOnly() {
    BasicMDCAdapter adapter = new BasicMDCAdapter();
    MdcInterceptor mdc = new MdcInterceptor(adapter);
    Delivery delivery = new Delivery("projector", "orders", 2, 17, 0, null, new byte[0],
        List.of(RecordHeader.utf8(StandardHeaders.CORRELATION_ID, "c-9")));
    mdc.beforeHandle(delivery, 1);
    assertEquals("orders", adapter.get(MdcInterceptor.TOPIC));
    assertEquals("2", adapter.get(MdcInterceptor.PARTITION));
    assertEquals("17", adapter.get(MdcInterceptor.OFFSET));
    assertEquals("projector", adapter.get(MdcInterceptor.GROUP));
    assertEquals("c-9", adapter.get(MdcInterceptor.CORRELATION_ID));
    mdc.afterHandle(delivery, 1, null);
    assertNull(adapter.get(MdcInterceptor.TOPIC));
    assertNull(adapter.get(MdcInterceptor.CORRELATION_ID));
  }
}
