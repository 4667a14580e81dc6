package io.tidings.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tidings.runtime.spi.Subscription;
import io.tidings.runtime.spi.TopicDescriptor;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The subscription knows its consumer lag: records not handled yet, fetched or not. */
class ConsumerLagTest {
  @RegisterExtension static final KafkaBroker KAFKA = new KafkaBroker();

  @Test
  void theLagCountsWhatIsWaitingAndFallsToZeroOnceHandled() throws Exception {
    TopicDescriptor topic = Fixtures.topic(KafkaBroker.uniqueName("lag"), 1);
    KafkaTransport transport = new KafkaTransport(KAFKA.settings().build());
    try {
      transport.prepare(List.of(topic));
      for (int i = 0; i < 5; i++) {
        transport.send(Fixtures.record(topic.name(), "k", "v" + i)).get();
      }
      CompletableFuture<Void> first = new CompletableFuture<>();
      Fixtures.Recorder handler = new Fixtures.Recorder(delivery -> delivery.offset() == 0 ? first : CompletableFuture.completedFuture(null));
      Subscription subscription = transport.subscribe(KafkaBroker.uniqueName("g"), List.of(topic), handler);
      try {
        handler.awaitCount(1);
        Fixtures.await(Duration.ofSeconds(30), () -> "lag " + subscription.lag(),
            () -> subscription.lag().isPresent() && subscription.lag().getAsLong() >= 4);
        first.complete(null);
        handler.awaitCount(5);
        Fixtures.await(Duration.ofSeconds(30), () -> "lag " + subscription.lag(),
            () -> subscription.lag().isPresent() && subscription.lag().getAsLong() == 0);
        assertEquals(0, subscription.lag().getAsLong());
      } finally {
        subscription.close(Duration.ofSeconds(5));
      }
    } finally {
      transport.close(Duration.ofSeconds(5));
    }
  }
}
