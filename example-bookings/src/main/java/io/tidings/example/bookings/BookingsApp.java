package io.tidings.example.bookings;

import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Module;
import com.google.inject.Provides;
import com.google.inject.multibindings.Multibinder;
import io.tidings.kafka.KafkaModule;
import io.tidings.kafka.KafkaSettings;
import io.tidings.memory.MemoryBroker;
import io.tidings.memory.MemoryModule;
import io.tidings.runtime.HandleInterceptor;
import io.tidings.runtime.Receipt;
import io.tidings.runtime.Tidings;
import io.tidings.runtime.TidingsModule;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;

/**
 * Runs the bookings service end to end: publishes a scenario of booking commands, lets the
 * service decide on each and publish events, and waits until the projection and the audit have
 * seen every event. The scenario exercises every failure class: some creates are sent twice (the
 * second is a business failure), some are malformed (dead-lettered), and some meet a flaky payment
 * provider (retried until it answers). Prints progress and a summary that accounts for every
 * command; exits non-zero if anything was lost or out of order.
 *
 * <pre>
 * bookings [--bookings N] [--broker memory|kafka|embedded] [--timeout-seconds S]
 * </pre>
 */
public final class BookingsApp {
  private static final LocalDate FIRST_NIGHT = LocalDate.of(2026, 12, 1);
  private static final int ROOMS = 20;
  /** Bookings per night: about as many places are asked for as there are, so some nights sell out. */
  private static final int BOOKINGS_PER_NIGHT = 160;
  private static final int CANCEL_EVERY = 10;
  /** Every so many bookings, the client sends the create twice: the second is a business failure. */
  private static final int DUPLICATE_EVERY = 50;
  /** Every so many bookings, the create is malformed (no seats): it is dead-lettered. */
  private static final int MALFORMED_EVERY = 100;
  /** Every so many bookings, the payment provider fails at first: the create is retried. */
  private static final int FLAKY_EVERY = 40;

  private BookingsApp() {}

  /** Entry point: parses the options, runs the scenario, exits 0 only if the summary is clean. */
  public static void main(String[] args) throws Exception {
    Options options;
    try {
      options = Options.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.err.println(Options.USAGE);
      System.exit(2);
      return;
    }
    Summary summary = run(options, System.out);
    System.exit(summary.clean() ? 0 : 1);
  }

  /** Runs the scenario with the given options, printing to {@code out}, and returns its summary. */
  public static Summary run(Options options, PrintStream out) throws Exception {
    out.printf(Locale.ROOT, "Tidings bookings example: %d bookings on the %s broker%n", options.bookings(), options.broker());
    if (!options.broker().equals("embedded")) {
      return run(options, backend(options, null), out);
    }
    out.println("Starting an embedded single-node Kafka broker...");
    try (EmbeddedKafka kafka = EmbeddedKafka.start()) {
      out.println("Kafka broker ready at " + kafka.bootstrapServers());
      return run(options, backend(options, kafka.bootstrapServers()), out);
    }
  }

  private static Summary run(Options options, Module backend, PrintStream out) throws InterruptedException {
    long start = System.nanoTime();
    Injector injector = Guice.createInjector(new TidingsModule(), backend, new BookingsModule());
    Tidings tidings = injector.getInstance(Tidings.class);
    tidings.start();
    try {
      BookingCommands commands = injector.getInstance(BookingCommands.class);
      BookingsView view = injector.getInstance(BookingsView.class);
      Audit audit = injector.getInstance(Audit.class);

      FailureCounter failures = injector.getInstance(FailureCounter.class);

      Scenario scenario = publish(commands, options.bookings(), out, start);
      // Every command leads to exactly one event, except the duplicates (business failures) and the
      // malformed ones (dead letters).
      long expectedEvents = scenario.commands() - scenario.duplicates() - scenario.malformed();
      boolean complete = awaitEvents(view, audit, expectedEvents, options.timeout(), out, start)
          && awaitFailures(failures, scenario, options.timeout());
      long deadLetters = deadLetters(injector, options);
      double elapsed = seconds(start);
      Summary summary =
          new Summary(
              options.bookings(),
              scenario.commands(),
              view.seen(),
              audit.total(),
              view.created(),
              view.cancelled(),
              view.rejected(),
              view.outOfOrder(),
              failures.retries(),
              failures.businessRejections(),
              deadLetters,
              scenario.duplicates(),
              scenario.malformed(),
              scenario.flaky(),
              complete,
              elapsed);
      summary.print(out);
      return summary;
    } finally {
      tidings.close();
    }
  }

  private static Module backend(Options options, String embeddedBrokers) {
    return switch (options.broker()) {
      case "memory" -> new MemoryModule();
      case "kafka" -> new KafkaModule(KafkaSettings.fromEnv());
      case "embedded" -> {
        Map<String, String> variables = new HashMap<>(System.getenv());
        variables.put("KAFKA_BROKERS", embeddedBrokers);
        yield new KafkaModule(KafkaSettings.fromMap(variables));
      }
      default -> throw new IllegalArgumentException("unknown broker " + options.broker());
    };
  }

  /** What the scenario sent: all commands, and how many of them were made to fail on purpose. */
  private record Scenario(long commands, long duplicates, long malformed, long flaky) {}

  private static Scenario publish(BookingCommands commands, int bookings, PrintStream out, long start) {
    Random random = new Random(42);
    List<CompletableFuture<Receipt>> pending = new ArrayList<>();
    long published = 0;
    long duplicates = 0;
    long malformed = 0;
    long flaky = 0;
    int step = Math.max(1, bookings / 10);
    int nights = Math.max(1, bookings / BOOKINGS_PER_NIGHT);
    for (int i = 0; i < bookings; i++) {
      String bookingId = "b-" + i;
      boolean isFlaky = i % FLAKY_EVERY == FLAKY_EVERY / 2;
      boolean isMalformed = i % MALFORMED_EVERY == MALFORMED_EVERY - 1;
      CreateBooking create =
          new CreateBooking(
              bookingId,
              (isFlaky ? Payments.FLAKY_PREFIX : "") + "customer-" + random.nextInt(1000),
              "room-" + random.nextInt(ROOMS),
              FIRST_NIGHT.plusDays(random.nextInt(nights)),
              isMalformed ? 0 : 1 + random.nextInt(4),
              BigDecimal.valueOf(8_000 + random.nextInt(20_000), 2),
              Instant.now());
      pending.add(commands.create(bookingId, create).toCompletableFuture());
      published++;
      flaky += isFlaky && !isMalformed ? 1 : 0;
      malformed += isMalformed ? 1 : 0;
      if (i % DUPLICATE_EVERY == DUPLICATE_EVERY / 2 + 1 && !isMalformed) {
        pending.add(commands.create(bookingId, create).toCompletableFuture());
        published++;
        duplicates++;
      }
      if (i % CANCEL_EVERY == 0) {
        pending.add(commands.cancel(bookingId, new CancelBooking(bookingId, "plans changed", Instant.now())).toCompletableFuture());
        published++;
      }
      if (pending.size() >= 1_000) {
        CompletableFuture.allOf(pending.toArray(new CompletableFuture<?>[0])).join();
        pending.clear();
      }
      if ((i + 1) % step == 0) {
        out.printf(Locale.ROOT, "[%6.2fs] published %d of %d bookings%n", seconds(start), i + 1, bookings);
      }
    }
    CompletableFuture.allOf(pending.toArray(new CompletableFuture<?>[0])).join();
    return new Scenario(published, duplicates, malformed, flaky);
  }

  /** Waits until every business rejection and dead letter the scenario provoked was settled. */
  private static boolean awaitFailures(FailureCounter failures, Scenario scenario, Duration timeout)
      throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (failures.businessRejections() < scenario.duplicates() || failures.deadLettered() < scenario.malformed()) {
      if (System.nanoTime() > deadline) {
        return false;
      }
      Thread.sleep(10);
    }
    return true;
  }

  private static boolean awaitEvents(
      BookingsView view, Audit audit, long expected, Duration timeout, PrintStream out, long start)
      throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      boolean projected = view.awaitEvents(expected, Duration.ofMillis(500));
      out.printf(
          Locale.ROOT,
          "[%6.2fs] projection %d of %d events, audit %d%n",
          seconds(start),
          view.seen(),
          expected,
          audit.total());
      if (projected && audit.total() >= expected) {
        return true;
      }
    }
    return false;
  }

  private static long deadLetters(Injector injector, Options options) {
    List<String> topics = List.of("bookings.commands.dlq", "bookings.events.dlq");
    if (options.broker().equals("memory")) {
      MemoryBroker broker = injector.getInstance(MemoryBroker.class);
      return topics.stream().mapToLong(topic -> broker.records(topic).size()).sum();
    }
    return KafkaDeadLetters.count(injector.getInstance(KafkaSettings.class), topics);
  }

  private static double seconds(long start) {
    return (System.nanoTime() - start) / 1e9;
  }

  /** The example's own bindings: the clock the service stamps events with, and the failure counter. */
  static final class BookingsModule extends AbstractModule {
    @Override
    protected void configure() {
      Multibinder.newSetBinder(binder(), HandleInterceptor.class).addBinding().to(FailureCounter.class);
    }

    @Provides
    Clock clock() {
      return Clock.systemUTC();
    }
  }

  /**
   * Command-line options.
   *
   * @param bookings how many bookings to create
   * @param broker which broker: {@code memory}, {@code kafka} (the cluster in {@code KAFKA_BROKERS})
   *     or {@code embedded} (a real single-node Kafka broker started in this JVM)
   * @param timeout how long to wait for every event to be handled
   */
  public record Options(int bookings, String broker, Duration timeout) {
    static final String USAGE = "usage: bookings [--bookings N] [--broker memory|kafka|embedded] [--timeout-seconds S]";

    /** Parses {@code --bookings N}, {@code --broker NAME} and {@code --timeout-seconds S}. */
    public static Options parse(String... args) {
      int bookings = 10_000;
      String broker = "memory";
      Duration timeout = Duration.ofSeconds(120);
      for (int i = 0; i < args.length; i++) {
        String arg = args[i];
        if (arg.isBlank()) {
          continue; // an empty -Dexample.args
        }
        String value = i + 1 < args.length ? args[i + 1] : null;
        switch (arg) {
          case "--bookings" -> bookings = positive(arg, value);
          case "--broker" -> broker = broker(value);
          case "--timeout-seconds" -> timeout = Duration.ofSeconds(positive(arg, value));
          default -> throw new IllegalArgumentException("unknown option " + arg);
        }
        i++;
      }
      return new Options(bookings, broker, timeout);
    }

    private static int positive(String option, String value) {
      try {
        int number = Integer.parseInt(String.valueOf(value));
        if (number > 0) {
          return number;
        }
      } catch (NumberFormatException e) {
        // reported below
      }
      throw new IllegalArgumentException(option + " needs a positive whole number, not " + value);
    }

    private static String broker(String value) {
      if ("memory".equals(value) || "kafka".equals(value) || "embedded".equals(value)) {
        return value;
      }
      throw new IllegalArgumentException("--broker must be memory, kafka or embedded, not " + value);
    }
  }

  /**
   * What a run did.
   *
   * @param bookings bookings requested
   * @param commands commands published (creations and cancellations)
   * @param projected events the projection handled
   * @param audited events the audit group handled
   * @param created bookings created
   * @param cancelled bookings cancelled
   * @param rejected commands rejected
   * @param outOfOrder cancellations seen before their creation (must be 0)
   * @param retries handler calls that failed transiently and were retried
   * @param businessRejections commands refused as business failures (acknowledged, no event)
   * @param deadLetters records in the dead-letter topics
   * @param duplicatesSent creates sent twice on purpose (each second one must be a business failure)
   * @param malformedSent malformed creates sent on purpose (each must be dead-lettered)
   * @param flakySent creates that met the flaky payment provider (each must succeed after retries)
   * @param complete whether every event and failure was settled before the timeout
   * @param seconds elapsed time
   */
  public record Summary(
      int bookings,
      long commands,
      long projected,
      long audited,
      long created,
      long cancelled,
      long rejected,
      long outOfOrder,
      long retries,
      long businessRejections,
      long deadLetters,
      long duplicatesSent,
      long malformedSent,
      long flakySent,
      boolean complete,
      double seconds) {

    /** Commands that must lead to an event: all but the business failures and the dead letters. */
    public long expectedEvents() {
      return commands - duplicatesSent - malformedSent;
    }

    /**
     * Whether every command is accounted for exactly as the scenario provoked it: an event seen by
     * both groups in order, a business rejection, or a dead letter — nothing lost, nothing extra.
     */
    public boolean clean() {
      return complete
          && outOfOrder == 0
          && projected == expectedEvents()
          && audited == expectedEvents()
          && businessRejections == duplicatesSent
          && deadLetters == malformedSent
          && projected + businessRejections + deadLetters == commands
          && retries >= flakySent * Payments.FAILURES;
    }

    void print(PrintStream out) {
      long messages = commands + projected * 3; // commands handled, events published and consumed twice
      out.println("---- summary ----");
      out.printf(Locale.ROOT, "commands published : %d (%d bookings)%n", commands, bookings);
      out.printf(Locale.ROOT, "events consumed    : %d by the projection, %d by the audit%n", projected, audited);
      out.printf(Locale.ROOT, "outcome            : %d created, %d cancelled, %d rejected%n", created, cancelled, rejected);
      out.printf(Locale.ROOT, "out of order       : %d%n", outOfOrder);
      out.printf(Locale.ROOT, "retries            : %d (%d creates met a flaky payment provider and went through)%n",
          retries, flakySent);
      out.printf(Locale.ROOT, "business rejections: %d (of %d duplicate creates)%n", businessRejections, duplicatesSent);
      out.printf(Locale.ROOT, "dead letters       : %d (of %d malformed creates)%n", deadLetters, malformedSent);
      out.printf(Locale.ROOT, "accounted for      : %d of %d commands (events + rejections + dead letters)%n",
          projected + businessRejections + deadLetters, commands);
      out.printf(Locale.ROOT, "elapsed            : %.2f s%n", seconds);
      out.printf(Locale.ROOT, "throughput         : %.0f messages/s (%d messages)%n", messages / seconds, messages);
      out.println(clean() ? "result             : OK, nothing lost" : "result             : FAILED");
    }
  }
}
