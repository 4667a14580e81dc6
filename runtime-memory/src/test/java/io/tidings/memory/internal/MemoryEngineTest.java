package io.tidings.memory.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tidings.annotations.Format;
import io.tidings.runtime.spi.Dispatcher;
import io.tidings.runtime.spi.OutboundRecord;
import io.tidings.runtime.spi.TopicDescriptor;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** How the engine shares a member's delivery threads between partitions (not visible through MemoryBroker, whose members have 4). */
class MemoryEngineTest {
  private static final TopicDescriptor TOPIC =
      new TopicDescriptor("t", Runnable.class, 2, Format.JSON, (short) -1, null, false, String.class, List.of());

  private static byte[] keyOf(int partition) {
    for (int i = 0; ; i++) {
      byte[] key = ("k-" + i).getBytes(StandardCharsets.UTF_8);
      if (Murmur2.partition(key, 2) == partition) {
        return key;
      }
    }
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Test
  void aPartitionThatIsAlwaysFedDoesNotStarveAnotherOneOnTheSameThread() {
    MemoryEngine engine = new MemoryEngine(Duration.ofMillis(5), 1, Clock.systemUTC());
    byte[] fed = keyOf(0);
    byte[] other = keyOf(1);
    int feeding = 5_000;
    AtomicInteger appended = new AtomicInteger();
    List<Integer> partitions = new CopyOnWriteArrayList<>();
    // partition 1's record is there before partition 0 starts feeding itself: without this, a busy
    // machine could run the feeding thread long before the test thread appends it
    CountDownLatch otherAppended = new CountDownLatch(1);
    Member member = engine.join("g", List.of(TOPIC), delivery -> {
      partitions.add(delivery.partition());
      if (partitions.size() == 1) {
        awaitQuietly(otherAppended);
      }
      // every record of partition 0 appends the next one, up to a bound so the test ends either way
      if (delivery.partition() == 0 && appended.incrementAndGet() < feeding) {
        engine.append(new OutboundRecord("t", fed, new byte[1], List.of()));
      }
      return Dispatcher.DONE;
    });
    engine.append(new OutboundRecord("t", fed, new byte[1], List.of()));
    engine.append(new OutboundRecord("t", other, new byte[1], List.of()));
    otherAppended.countDown();
    engine.awaitIdle(Duration.ofSeconds(30));
    member.close(Duration.ofSeconds(5));

    assertEquals(feeding + 1, partitions.size());
    int at = partitions.indexOf(1);
    assertTrue(at < 2 * MemoryEngine.MAX_RUN, "partition 1 waited for " + at + " records of partition 0");
  }
}
