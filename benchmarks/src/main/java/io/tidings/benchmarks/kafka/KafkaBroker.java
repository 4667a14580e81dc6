package io.tidings.benchmarks.kafka;

import io.tidings.benchmarks.internal.ChildJvm;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * One standalone KRaft broker (combined broker and controller) in a separate process, started from
 * the {@code kafka_2.13} jars on this JVM's class path as shared/KAFKA-BROKER.md describes: free
 * loopback ports, a fresh log directory, {@code kafka.tools.StorageTool format}, then {@code
 * kafka.Kafka}. {@link #close()} stops it by its own PID. Not thread-safe.
 */
public final class KafkaBroker implements AutoCloseable {
  private final Process process;
  private final String bootstrap;
  private final Path log;
  private final Path logDirs;

  private KafkaBroker(Process process, String bootstrap, Path log, Path logDirs) {
    this.process = process;
    this.bootstrap = bootstrap;
    this.log = log;
    this.logDirs = logDirs;
  }

  /** Formats a log directory under {@code work}, starts the broker and waits until it answers. */
  public static KafkaBroker start(Path work) throws IOException, InterruptedException {
    int port = freePort();
    int controllerPort = freePort();
    Path logDirs = Files.createDirectories(work.resolve("kafka-logs"));
    Path properties = work.resolve("server.properties");
    Files.writeString(
        properties,
        String.join(
            "\n",
            "process.roles=broker,controller",
            "node.id=1",
            "controller.quorum.bootstrap.servers=127.0.0.1:" + controllerPort,
            "listeners=PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort,
            "advertised.listeners=PLAINTEXT://127.0.0.1:" + port,
            "controller.listener.names=CONTROLLER",
            "inter.broker.listener.name=PLAINTEXT",
            "listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT",
            "log.dirs=" + logDirs,
            "offsets.topic.replication.factor=1",
            "transaction.state.log.replication.factor=1",
            "transaction.state.log.min.isr=1",
            "share.coordinator.state.topic.replication.factor=1",
            "share.coordinator.state.topic.min.isr=1",
            "group.initial.rebalance.delay.ms=0",
            "num.partitions=1",
            // the publish benchmark writes millions of records: keep the disk bounded
            "log.segment.bytes=67108864",
            "log.retention.bytes=536870912",
            "log.retention.check.interval.ms=10000",
            ""));
    Path log = work.resolve("broker.log");
    String classPath = System.getProperty("java.class.path");
    Process format =
        new ProcessBuilder(
                ChildJvm.java(), "-cp", classPath, "kafka.tools.StorageTool", "format", "--standalone",
                "-t", Uuid.randomUuid().toString(), "-c", properties.toString())
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
            .start();
    if (!format.waitFor(120, TimeUnit.SECONDS) || format.exitValue() != 0) {
      format.destroyForcibly();
      throw new IllegalStateException("formatting the broker's storage failed; see " + log);
    }
    Process broker =
        new ProcessBuilder(ChildJvm.java(), "-Xms1g", "-Xmx1g", "-cp", classPath, "kafka.Kafka", properties.toString())
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
            .start();
    KafkaBroker started = new KafkaBroker(broker, "127.0.0.1:" + port, log, logDirs);
    Runtime.getRuntime().addShutdownHook(new Thread(started::close, "stop-kafka-broker"));
    started.awaitReady();
    return started;
  }

  private void awaitReady() throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("the broker exited with " + process.exitValue() + "; see " + log);
      }
      if (!listening()) {
        Thread.sleep(250);
        continue; // no admin client before the port is open: it would log a warning per attempt
      }
      try (Admin admin = admin()) {
        admin.describeCluster().nodes().get(5, TimeUnit.SECONDS);
        return;
      } catch (Exception notYet) {
        Thread.sleep(250);
      }
    }
    throw new IllegalStateException("the broker did not answer within 120 s; see " + log);
  }

  private boolean listening() {
    int port = Integer.parseInt(bootstrap.substring(bootstrap.lastIndexOf(':') + 1));
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 1_000);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  /** An admin client for this broker; the caller closes it. */
  public Admin admin() {
    return Admin.create(
        Map.of(
            AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
            AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000,
            AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 20_000));
  }

  /** Creates single-partition topics that do not exist yet, and waits until they are created. */
  public void createTopics(List<String> topics) throws Exception {
    try (Admin admin = admin()) {
      for (String topic : topics) {
        try {
          admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1))).all().get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
          if (!(e.getCause() instanceof TopicExistsException)) {
            throw e;
          }
        }
      }
    }
  }

  /** {@code host:port} of the broker's listener. */
  public String bootstrap() {
    return bootstrap;
  }

  /** The broker's PID. */
  public long pid() {
    return process.pid();
  }

  /**
   * Stops the broker with SIGTERM (forcibly after 30 s), waits for it to exit and deletes its log
   * directory (the publish runs write gigabytes).
   */
  @Override
  public synchronized void close() {
    if (process.isAlive()) {
      process.destroy();
      try {
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
          process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
      } catch (InterruptedException e) {
        process.destroyForcibly();
        Thread.currentThread().interrupt();
      }
    }
    if (!process.isAlive() && Files.exists(logDirs)) {
      try (Stream<Path> paths = Files.walk(logDirs)) {
        paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
      } catch (IOException | UncheckedIOException e) {
        // a leftover temporary directory is harmless
      }
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }
}
