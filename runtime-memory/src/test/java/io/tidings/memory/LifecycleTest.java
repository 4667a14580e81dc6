package io.tidings.memory;

import static io.tidings.memory.fixture.Script.block;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tidings.memory.fixture.BookingCancelled;
import io.tidings.memory.fixture.BookingCreated;
import io.tidings.memory.fixture.BookingEvents;
import io.tidings.memory.fixture.Journal;
import io.tidings.memory.fixture.Script;
import io.tidings.runtime.Health;
import io.tidings.runtime.PublishException;
import io.tidings.runtime.TidingsSettings;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Start, close, health and publishing errors, as a service sees them. */
class LifecycleTest {
  private final MemoryBroker broker = new MemoryBroker(Duration.ofMillis(5));
  private final Journal journal = new Journal();
  private final Script script = new Script();
  private final List<Instance> instances = new ArrayList<>();
  private final CountDownLatch release = new CountDownLatch(1);

  @AfterEach
  void closeInstances() {
    release.countDown();
    instances.forEach(Instance::close);
  }

  private Instance instance(String name, TidingsSettings settings) {
    Instance instance = Instance.create(broker, journal, script, name, settings);
    instances.add(instance);
    return instance;
  }

  @Test
  void closeWaitsForTheHandlerInFlightAndCommitsIt() throws Exception {
    Instance app = instance("a", Instance.FAST);
    app.tidings.start();
    CountDownLatch entered = new CountDownLatch(1);
    script.then("b-1", block(entered, release));
    app.get(BookingEvents.class).created("b-1", new BookingCreated("b-1", "ada", 2));
    assertTrue(entered.await(10, TimeUnit.SECONDS));

    CompletableFuture<Void> closing = CompletableFuture.runAsync(app.tidings::close);
    assertThrows(TimeoutException.class, () -> closing.get(100, TimeUnit.MILLISECONDS), "close waits for the handler");
    release.countDown();
    closing.get(10, TimeUnit.SECONDS);

    assertEquals(1, journal.of("projector").size());
    assertEquals(1, broker.committed("projector", "bookings.events", 2));
  }

  @Test
  void aHandlerThatOutlivesTheShutdownTimeoutIsNotCommittedAndIsDeliveredAgain() throws Exception {
    Instance first = instance("first", Instance.FAST.withShutdownTimeout(Duration.ofMillis(100)));
    first.tidings.start();
    CountDownLatch entered = new CountDownLatch(1);
    CountDownLatch stuck = new CountDownLatch(1);
    script.then("b-1", () -> {
      entered.countDown();
      stuck.await();
      throw new IllegalStateException("interrupted work");
    });
    first.get(BookingEvents.class).created("b-1", new BookingCreated("b-1", "ada", 2));
    assertTrue(entered.await(10, TimeUnit.SECONDS));

    first.close();
    assertEquals(0, broker.committed("projector", "bookings.events", 2), "unfinished work is not committed");
    stuck.countDown();

    Instance second = instance("second", Instance.FAST);
    second.tidings.start();
    broker.awaitIdle();
    assertEquals(List.of("second"), journal.of("projector").stream().map(Journal.Seen::instance).toList());
    assertEquals(1, broker.committed("projector", "bookings.events", 2));
  }

  @Test
  void startsOnceAndClosesAnyNumberOfTimes() {
    Instance app = instance("a", Instance.FAST);
    app.tidings.start();
    IllegalStateException twice = assertThrows(IllegalStateException.class, app.tidings::start);
    assertTrue(twice.getMessage().startsWith("Tidings.start() was already called (state started)"), twice.getMessage());
    app.tidings.close();
    app.tidings.close();
    IllegalStateException afterClose = assertThrows(IllegalStateException.class, app.tidings::start);
    assertTrue(afterClose.getMessage().contains("state closed"), afterClose.getMessage());
  }

  @Test
  void healthShowsLifecycleAndEveryGroup() {
    Instance app = instance("a", Instance.FAST);
    Health before = app.tidings.health();
    assertFalse(before.up());
    assertEquals("not started: call Tidings.start()", before.parts().get(0).detail());

    app.tidings.start();
    Health started = app.tidings.health();
    assertTrue(started.up(), started.toString());
    Health memory = started.parts().get(1);
    assertEquals("memory", memory.name());
    assertEquals(List.of("group audit", "group order", "group projector"),
        memory.parts().stream().map(Health::name).sorted().toList());
    assertTrue(started.parts().stream().anyMatch(part -> part.name().startsWith("group projector member")
        && part.detail().equals("partitions [bookings.events-0, bookings.events-1, bookings.events-2]")), started.toString());

    app.tidings.close();
    Health closed = app.tidings.health();
    assertFalse(closed.up());
    assertEquals("closed", closed.parts().get(0).detail());
  }

  @Test
  void aRefusedPublishThrowsAPublishExceptionThatSaysWhatAndWhere() {
    Instance app = instance("a", Instance.FAST);
    broker.failNextSends("bookings.events", 1, new IOException("broker refused the write"));

    PublishException error = assertThrows(PublishException.class,
        () -> app.get(BookingEvents.class).created("b-1", new BookingCreated("b-1", "ada", 2)));
    assertEquals("Publishing BookingCreated to topic bookings.events (key \"b-1\") failed: java.io.IOException:"
        + " broker refused the write. Check that the broker is reachable (Tidings.health() shows the transport),"
        + " that topic bookings.events exists with 3 partition(s) and that this service may write to it",
        error.getMessage());
    assertInstanceOf(IOException.class, error.getCause());
    assertTrue(broker.records("bookings.events").isEmpty());
  }

  @Test
  void aRefusedAsyncPublishFailsItsStageWithoutThrowing() {
    Instance app = instance("a", Instance.FAST);
    broker.failNextSends("bookings.events", 1, new IOException("nope"));

    CompletableFuture<?> sent =
        app.get(BookingEvents.class).cancelled("b-1", new BookingCancelled("b-1", "x"), "r").toCompletableFuture();
    ExecutionException error = assertThrows(ExecutionException.class, () -> sent.get(5, TimeUnit.SECONDS));
    assertInstanceOf(PublishException.class, error.getCause());
    assertTrue(error.getCause().getMessage().startsWith("Publishing BookingCancelled to topic bookings.events (key \"b-1\") failed"),
        error.getCause().getMessage());
  }

  @Test
  void anUnacknowledgedPublishTimesOutWithTheSettingToCheck() {
    Instance app = instance("a", Instance.FAST.withPublishTimeout(Duration.ofMillis(50)));
    broker.stallNextSends("bookings.events", 1);

    PublishException error = assertThrows(PublishException.class,
        () -> app.get(BookingEvents.class).created("b-1", new BookingCreated("b-1", "ada", 2)));
    assertTrue(error.getMessage().startsWith(
        "Publishing BookingCreated to topic bookings.events (key \"b-1\") was not acknowledged within 50ms"
            + " (TIDINGS_PUBLISH_TIMEOUT)"), error.getMessage());
  }
}
