package io.tidings.kafka;

import io.tidings.kafka.internal.Variables;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.CooperativeStickyAssignor;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.config.SaslConfigs;
import org.apache.kafka.common.config.SslConfigs;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How Tidings connects to a Kafka cluster: brokers, security, producer and consumer tuning, per-group
 * overrides and topic provisioning, read from {@code KAFKA_*} environment variables (or the same
 * names from a map, {@link Properties} or system properties) and checked once, when built. A wrong
 * value fails right there with a message naming the variable and the accepted values; passwords are
 * never shown by {@link #toString()} or in any message.
 *
 * <h2>Variables</h2>
 *
 * <table>
 *   <caption>Settings and their defaults</caption>
 *   <tr><th>Variable</th><th>Meaning</th><th>Default</th></tr>
 *   <tr><td>{@code KAFKA_BROKERS}</td><td>bootstrap servers, {@code host:port,...}</td><td>required</td></tr>
 *   <tr><td>{@code KAFKA_CLIENT_ID}</td><td>client id prefix of every client</td><td>{@code tidings}</td></tr>
 *   <tr><td>{@code KAFKA_SECURITY_PROTOCOL}</td><td>{@code PLAINTEXT | SSL | SASL_PLAINTEXT | SASL_SSL}</td>
 *       <td>{@code SASL_SSL} with a SASL mechanism, {@code SSL} with a trust or key store, else {@code PLAINTEXT}</td></tr>
 *   <tr><td>{@code KAFKA_SASL_MECHANISM}</td><td>{@code PLAIN | SCRAM-SHA-256 | SCRAM-SHA-512 | GSSAPI | OAUTHBEARER}</td><td>none</td></tr>
 *   <tr><td>{@code KAFKA_SASL_USERNAME}, {@code KAFKA_SASL_PASSWORD}</td><td>credentials for PLAIN and SCRAM</td><td>none</td></tr>
 *   <tr><td>{@code KAFKA_SSL_TRUSTSTORE_LOCATION|_PASSWORD|_TYPE}</td><td>trust store ({@code JKS | PKCS12 | PEM})</td><td>the JVM's</td></tr>
 *   <tr><td>{@code KAFKA_SSL_KEYSTORE_LOCATION|_PASSWORD|_TYPE}, {@code KAFKA_SSL_KEY_PASSWORD}</td><td>client certificate</td><td>none</td></tr>
 *   <tr><td>{@code KAFKA_PRODUCER_ACKS}</td><td>{@code all | 1 | 0}</td><td>{@code all}</td></tr>
 *   <tr><td>{@code KAFKA_PRODUCER_IDEMPOTENT}</td><td>{@code true | false} (true needs acks=all)</td><td>{@code true} with acks=all</td></tr>
 *   <tr><td>{@code KAFKA_PRODUCER_COMPRESSION}</td><td>{@code none | gzip | snappy | lz4 | zstd}</td><td>{@code none}</td></tr>
 *   <tr><td>{@code KAFKA_PRODUCER_LINGER_MS}</td><td>milliseconds a batch waits for more records</td><td>5</td></tr>
 *   <tr><td>{@code KAFKA_PRODUCER_BATCH_SIZE}</td><td>bytes per partition batch</td><td>16384</td></tr>
 *   <tr><td>{@code KAFKA_PRODUCER_TIMEOUT}</td><td>how long a send may take until it fails (delivery.timeout.ms)</td><td>2m</td></tr>
 *   <tr><td>{@code KAFKA_CONSUMER_AUTO_OFFSET}</td><td>where a new group starts: {@code earliest | latest}</td><td>{@code earliest}</td></tr>
 *   <tr><td>{@code KAFKA_CONSUMER_SESSION_TIMEOUT}</td><td>session.timeout.ms</td><td>45s</td></tr>
 *   <tr><td>{@code KAFKA_CONSUMER_HEARTBEAT_INTERVAL}</td><td>heartbeat.interval.ms, below the session timeout</td><td>3s</td></tr>
 *   <tr><td>{@code KAFKA_CONSUMER_MAX_POLL_RECORDS}</td><td>records per poll</td><td>500</td></tr>
 *   <tr><td>{@code KAFKA_CONSUMER_CONCURRENCY}</td><td>polling threads (consumers) per group</td><td>1</td></tr>
 *   <tr><td>{@code KAFKA_CONSUMER_REDELIVERY_DELAY}</td><td>pause before a record whose handling failed is delivered again</td><td>1s</td></tr>
 *   <tr><td>{@code KAFKA_TOPICS}</td><td>provisioning: {@code create} missing topics, {@code verify} only, or {@code off}</td><td>{@code create}</td></tr>
 * </table>
 *
 * <p>Durations are milliseconds ({@code 45000}) or a number with a unit ({@code 500ms}, {@code 45s},
 * {@code 2m}, {@code 1h}) or ISO-8601 ({@code PT45S}).
 *
 * <p><b>Per-group overrides</b>: {@code KAFKA_GROUP_<GROUP>_CONCURRENCY} and {@code
 * KAFKA_GROUP_<GROUP>_AUTO_OFFSET}, where {@code <GROUP>} is the group name in upper case with every
 * character other than a letter or digit replaced by {@code _}: group {@code bookings.projector-v2}
 * is configured by {@code KAFKA_GROUP_BOOKINGS_PROJECTOR_V2_CONCURRENCY}. (Groups whose names differ
 * only in such characters share their overrides.)
 *
 * <p><b>Any other Kafka client property</b> passes through: {@code KAFKA_PRODUCER_<NAME>}, {@code
 * KAFKA_CONSUMER_<NAME>}, {@code KAFKA_ADMIN_<NAME>} and, for every client, {@code
 * KAFKA_COMMON_<NAME>}, where {@code <NAME>} is the property in upper case with dots as {@code _}:
 * {@code KAFKA_CONSUMER_MAX_POLL_INTERVAL_MS=600000} sets {@code max.poll.interval.ms}. Names Kafka
 * does not know for that client are rejected; properties Tidings manages itself (serializers, group
 * id, auto commit, bootstrap servers) cannot be overridden.
 *
 * <p>The same names are accepted in any spelling that normalizes alike, so system properties and
 * property files may write {@code kafka.brokers} or {@code kafka.consumer.max.poll.interval.ms}.
 * Variables starting with {@code KAFKA_} that are not listed above are ignored (deployment images often
 * define such variables for other purposes).
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class KafkaSettings {
  private static final Logger LOG = LoggerFactory.getLogger(KafkaSettings.class);

  /** What {@link io.tidings.runtime.spi.Transport#prepare} does with the application's topics. */
  public enum Provisioning {
    /** Create missing topics, verify existing ones (the default). */
    CREATE,
    /** Only verify that every topic exists as declared; create nothing. */
    VERIFY,
    /** Neither create nor verify. */
    OFF
  }

  static final String BROKERS = "KAFKA_BROKERS";
  static final String CLIENT_ID = "KAFKA_CLIENT_ID";
  static final String SECURITY_PROTOCOL = "KAFKA_SECURITY_PROTOCOL";
  static final String SASL_MECHANISM = "KAFKA_SASL_MECHANISM";
  static final String SASL_USERNAME = "KAFKA_SASL_USERNAME";
  static final String SASL_PASSWORD = "KAFKA_SASL_PASSWORD";
  static final String TRUSTSTORE_LOCATION = "KAFKA_SSL_TRUSTSTORE_LOCATION";
  static final String TRUSTSTORE_PASSWORD = "KAFKA_SSL_TRUSTSTORE_PASSWORD";
  static final String TRUSTSTORE_TYPE = "KAFKA_SSL_TRUSTSTORE_TYPE";
  static final String KEYSTORE_LOCATION = "KAFKA_SSL_KEYSTORE_LOCATION";
  static final String KEYSTORE_PASSWORD = "KAFKA_SSL_KEYSTORE_PASSWORD";
  static final String KEYSTORE_TYPE = "KAFKA_SSL_KEYSTORE_TYPE";
  static final String KEY_PASSWORD = "KAFKA_SSL_KEY_PASSWORD";
  static final String ACKS = "KAFKA_PRODUCER_ACKS";
  static final String IDEMPOTENT = "KAFKA_PRODUCER_IDEMPOTENT";
  static final String COMPRESSION = "KAFKA_PRODUCER_COMPRESSION";
  static final String LINGER_MS = "KAFKA_PRODUCER_LINGER_MS";
  static final String BATCH_SIZE = "KAFKA_PRODUCER_BATCH_SIZE";
  static final String PRODUCER_TIMEOUT = "KAFKA_PRODUCER_TIMEOUT";
  static final String AUTO_OFFSET = "KAFKA_CONSUMER_AUTO_OFFSET";
  static final String SESSION_TIMEOUT = "KAFKA_CONSUMER_SESSION_TIMEOUT";
  static final String HEARTBEAT_INTERVAL = "KAFKA_CONSUMER_HEARTBEAT_INTERVAL";
  static final String MAX_POLL_RECORDS = "KAFKA_CONSUMER_MAX_POLL_RECORDS";
  static final String CONCURRENCY = "KAFKA_CONSUMER_CONCURRENCY";
  static final String REDELIVERY_DELAY = "KAFKA_CONSUMER_REDELIVERY_DELAY";
  static final String TOPICS = "KAFKA_TOPICS";

  static final String PRODUCER_PREFIX = "KAFKA_PRODUCER_";
  static final String CONSUMER_PREFIX = "KAFKA_CONSUMER_";
  static final String ADMIN_PREFIX = "KAFKA_ADMIN_";
  static final String COMMON_PREFIX = "KAFKA_COMMON_";
  static final String GROUP_PREFIX = "KAFKA_GROUP_";
  static final String GROUP_CONCURRENCY_SUFFIX = "_CONCURRENCY";
  static final String GROUP_AUTO_OFFSET_SUFFIX = "_AUTO_OFFSET";

  private static final Set<String> KNOWN =
      Set.of(
          BROKERS, CLIENT_ID, SECURITY_PROTOCOL, SASL_MECHANISM, SASL_USERNAME, SASL_PASSWORD,
          TRUSTSTORE_LOCATION, TRUSTSTORE_PASSWORD, TRUSTSTORE_TYPE, KEYSTORE_LOCATION,
          KEYSTORE_PASSWORD, KEYSTORE_TYPE, KEY_PASSWORD, ACKS, IDEMPOTENT, COMPRESSION, LINGER_MS,
          BATCH_SIZE, PRODUCER_TIMEOUT, AUTO_OFFSET, SESSION_TIMEOUT, HEARTBEAT_INTERVAL,
          MAX_POLL_RECORDS, CONCURRENCY, REDELIVERY_DELAY, TOPICS);

  /** Client properties Tidings sets itself; a pass-through may not replace them. */
  private static final Set<String> MANAGED =
      Set.of(
          CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG,
          ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG,
          ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG,
          ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG,
          ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG,
          ConsumerConfig.GROUP_ID_CONFIG,
          ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
          ConsumerConfig.AUTO_COMMIT_INTERVAL_MS_CONFIG);

  /** The definitions of every client, for {@code KAFKA_COMMON_*}. */
  private static final List<ConfigDef> ANY_CLIENT =
      List.of(ProducerConfig.configDef(), ConsumerConfig.configDef(), AdminClientConfig.configDef());

  private final List<String> brokers;
  private final String clientId;
  private final Provisioning provisioning;
  private final int concurrency;
  private final String autoOffset;
  private final Duration redeliveryDelay;
  private final Map<String, Integer> groupConcurrency;
  private final Map<String, String> groupAutoOffset;
  private final Map<String, Object> common;
  private final Map<String, Object> producer;
  private final Map<String, Object> consumer;
  private final Map<String, Object> admin;
  private final String description;

  private KafkaSettings(Builder builder) {
    Variables vars = new Variables(builder.values);
    List<String> problems = vars.problems();

    String brokerList = vars.get(BROKERS);
    this.brokers = brokerList == null ? List.of() : parseBrokers(vars, brokerList);
    if (brokerList == null) {
      problems.add(BROKERS + " is not set: set it to the cluster's bootstrap servers, e.g. broker-1:9092,broker-2:9092");
    }
    this.clientId = vars.string(CLIENT_ID, "tidings");
    this.provisioning =
        Provisioning.valueOf(vars.choice(TOPICS, "create", "create", "verify", "off").toUpperCase(Locale.ROOT));
    this.concurrency = vars.positiveInt(CONCURRENCY, 1);
    this.autoOffset = vars.choice(AUTO_OFFSET, "earliest", "earliest", "latest");
    this.redeliveryDelay = vars.duration(REDELIVERY_DELAY, Duration.ofSeconds(1));

    Map<String, Object> commonProps = new LinkedHashMap<>();
    commonProps.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, String.join(",", brokers));
    security(vars, commonProps);

    Map<String, Object> producerProps = new LinkedHashMap<>();
    producerProps.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
    producerProps.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
    producerProps.put(ProducerConfig.CLIENT_ID_CONFIG, clientId + "-producer");
    String acks = vars.choice(ACKS, "all", "all", "1", "0", "-1");
    acks = acks.equals("-1") ? "all" : acks;
    producerProps.put(ProducerConfig.ACKS_CONFIG, acks);
    Boolean idempotent = vars.bool(IDEMPOTENT);
    if (Boolean.TRUE.equals(idempotent) && !acks.equals("all")) {
      problems.add(
          IDEMPOTENT + "=true needs " + ACKS + "=all, not " + acks + ": set " + ACKS + "=all, or "
              + IDEMPOTENT + "=false to accept possible duplicates and reordering on retries");
    }
    producerProps.put(
        ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, String.valueOf(idempotent == null ? acks.equals("all") : idempotent));
    producerProps.put(
        ProducerConfig.COMPRESSION_TYPE_CONFIG, vars.choice(COMPRESSION, "none", "none", "gzip", "snappy", "lz4", "zstd"));
    int linger = vars.nonNegativeInt(LINGER_MS, 5);
    producerProps.put(ProducerConfig.LINGER_MS_CONFIG, String.valueOf(linger));
    producerProps.put(ProducerConfig.BATCH_SIZE_CONFIG, String.valueOf(vars.positiveInt(BATCH_SIZE, 16384)));
    Duration timeout = vars.duration(PRODUCER_TIMEOUT, Duration.ofMinutes(2));
    long timeoutMs = timeout.toMillis();
    if (timeoutMs < 1000) {
      problems.add(PRODUCER_TIMEOUT + "=" + vars.get(PRODUCER_TIMEOUT) + " is too short: use at least 1s");
    } else {
      producerProps.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, String.valueOf(timeoutMs));
      // Kafka insists on delivery.timeout.ms >= linger.ms + request.timeout.ms; keep a short timeout valid.
      long requestTimeout = Math.min(30_000, Math.max(1, timeoutMs - linger));
      producerProps.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, String.valueOf(requestTimeout));
      producerProps.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, String.valueOf(Math.min(60_000, timeoutMs)));
    }

    Map<String, Object> consumerProps = new LinkedHashMap<>();
    consumerProps.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
    consumerProps.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
    consumerProps.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
    consumerProps.put(
        ConsumerConfig.PARTITION_ASSIGNMENT_STRATEGY_CONFIG, CooperativeStickyAssignor.class.getName());
    consumerProps.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, String.valueOf(vars.positiveInt(MAX_POLL_RECORDS, 500)));
    Duration session = vars.duration(SESSION_TIMEOUT, Duration.ofSeconds(45));
    Duration heartbeat = vars.duration(HEARTBEAT_INTERVAL, Duration.ofSeconds(3));
    if (vars.isSet(HEARTBEAT_INTERVAL) || vars.isSet(SESSION_TIMEOUT)) {
      if (heartbeat.compareTo(session) >= 0) {
        problems.add(
            HEARTBEAT_INTERVAL + " (" + heartbeat.toMillis() + " ms) must be lower than " + SESSION_TIMEOUT
                + " (" + session.toMillis() + " ms): Kafka recommends at most a third of it");
      }
    }
    consumerProps.put(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG, String.valueOf(session.toMillis()));
    consumerProps.put(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG, String.valueOf(heartbeat.toMillis()));

    Map<String, Object> adminProps = new LinkedHashMap<>();
    adminProps.put(AdminClientConfig.CLIENT_ID_CONFIG, clientId + "-admin");

    Map<String, Integer> concurrencies = new TreeMap<>();
    Map<String, String> offsets = new TreeMap<>();
    for (String name : vars.names()) {
      if (KNOWN.contains(name)) {
        continue;
      }
      if (name.startsWith(GROUP_PREFIX)) {
        String rest = name.substring(GROUP_PREFIX.length());
        if (rest.endsWith(GROUP_CONCURRENCY_SUFFIX) && rest.length() > GROUP_CONCURRENCY_SUFFIX.length()) {
          concurrencies.put(rest.substring(0, rest.length() - GROUP_CONCURRENCY_SUFFIX.length()), vars.positiveInt(name, 1));
        } else if (rest.endsWith(GROUP_AUTO_OFFSET_SUFFIX) && rest.length() > GROUP_AUTO_OFFSET_SUFFIX.length()) {
          offsets.put(
              rest.substring(0, rest.length() - GROUP_AUTO_OFFSET_SUFFIX.length()),
              vars.choice(name, "earliest", "earliest", "latest"));
        } else {
          LOG.warn(
              "Ignoring {}: per-group settings are KAFKA_GROUP_<GROUP>{} and KAFKA_GROUP_<GROUP>{}",
              vars.source(name), GROUP_CONCURRENCY_SUFFIX, GROUP_AUTO_OFFSET_SUFFIX);
        }
      } else if (name.startsWith(PRODUCER_PREFIX)) {
        passThrough(vars, name, PRODUCER_PREFIX, List.of(ProducerConfig.configDef()), "producer", producerProps);
      } else if (name.startsWith(CONSUMER_PREFIX)) {
        passThrough(vars, name, CONSUMER_PREFIX, List.of(ConsumerConfig.configDef()), "consumer", consumerProps);
      } else if (name.startsWith(ADMIN_PREFIX)) {
        passThrough(vars, name, ADMIN_PREFIX, List.of(AdminClientConfig.configDef()), "admin", adminProps);
      } else if (name.startsWith(COMMON_PREFIX)) {
        passThrough(vars, name, COMMON_PREFIX, ANY_CLIENT, "client", commonProps);
      }
    }
    copyUnmanaged(builder.producerProperties, producerProps, "producer", problems);
    copyUnmanaged(builder.consumerProperties, consumerProps, "consumer", problems);

    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(
          "Invalid Kafka settings (" + problems.size() + (problems.size() == 1 ? " problem" : " problems") + "):\n  - "
              + String.join("\n  - ", problems));
    }
    this.groupConcurrency = Collections.unmodifiableMap(concurrencies);
    this.groupAutoOffset = Collections.unmodifiableMap(offsets);
    this.common = Collections.unmodifiableMap(commonProps);
    this.producer = Collections.unmodifiableMap(producerProps);
    this.consumer = Collections.unmodifiableMap(consumerProps);
    this.admin = Collections.unmodifiableMap(adminProps);
    this.description = describe();
  }

  // ---------------------------------------------------------------------------------------------
  // Factories

  /** Settings from the process environment ({@code KAFKA_*} variables). */
  public static KafkaSettings fromEnv() {
    return builder().setAll(System.getenv()).build();
  }

  /** Settings from a map of variables, e.g. a copy of the environment in a test. */
  public static KafkaSettings fromMap(Map<String, String> variables) {
    return builder().setAll(variables).build();
  }

  /**
   * Settings from properties, named like the variables ({@code KAFKA_BROKERS}) or in dotted lower
   * case ({@code kafka.brokers}, {@code kafka.consumer.concurrency}).
   */
  public static KafkaSettings fromProperties(Properties properties) {
    return builder().setAll(properties).build();
  }

  /** Settings from the JVM's system properties, e.g. {@code -Dkafka.brokers=localhost:9092}. */
  public static KafkaSettings fromSystemProperties() {
    return fromProperties(System.getProperties());
  }

  /** A builder to start from, e.g. {@code builder().setAll(System.getenv()).concurrency(4).build()}. */
  public static Builder builder() {
    return new Builder();
  }

  // ---------------------------------------------------------------------------------------------
  // Accessors

  /** The bootstrap servers. */
  public List<String> brokers() {
    return brokers;
  }

  /** The client id prefix. */
  public String clientId() {
    return clientId;
  }

  /** What {@code prepare} does with topics. */
  public Provisioning provisioning() {
    return provisioning;
  }

  /** How many polling threads serve consumer group {@code group}. */
  public int concurrency(String group) {
    return groupConcurrency.getOrDefault(groupKey(group), concurrency);
  }

  /** Where consumer group {@code group} starts when it has no committed position: earliest or latest. */
  public String autoOffsetReset(String group) {
    return groupAutoOffset.getOrDefault(groupKey(group), autoOffset);
  }

  /** The pause before a record whose handling failed is delivered again. */
  public Duration redeliveryDelay() {
    return redeliveryDelay;
  }

  /**
   * The producer's configuration. Contains credentials if any are configured: pass it to Kafka,
   * never log it.
   */
  public Map<String, Object> producerConfig() {
    Map<String, Object> config = new LinkedHashMap<>(common);
    config.putAll(producer);
    return config;
  }

  /**
   * The configuration of a consumer of group {@code group} (without a client id). Contains
   * credentials if any are configured: pass it to Kafka, never log it.
   */
  public Map<String, Object> consumerConfig(String group) {
    Map<String, Object> config = new LinkedHashMap<>(common);
    config.putAll(consumer);
    config.put(ConsumerConfig.GROUP_ID_CONFIG, group);
    if (groupAutoOffset.containsKey(groupKey(group)) || !config.containsKey(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG)) {
      config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, autoOffsetReset(group));
    }
    return config;
  }

  /**
   * The admin client's configuration. Contains credentials if any are configured: pass it to Kafka,
   * never log it.
   */
  public Map<String, Object> adminConfig() {
    Map<String, Object> config = new LinkedHashMap<>(common);
    config.putAll(admin);
    return config;
  }

  /**
   * The key under which per-group variables name {@code group}: upper case, every character other
   * than a letter or digit replaced by {@code _} ({@code bookings.projector-v2} → {@code
   * BOOKINGS_PROJECTOR_V2}, read from {@code KAFKA_GROUP_BOOKINGS_PROJECTOR_V2_CONCURRENCY}).
   */
  public static String groupKey(String group) {
    return Variables.normalize(group);
  }

  /** The settings with every password, secret and JAAS configuration masked. */
  @Override
  public String toString() {
    return description;
  }

  private String describe() {
    StringBuilder out = new StringBuilder("KafkaSettings[brokers=").append(String.join(",", brokers));
    out.append(", clientId=").append(clientId);
    out.append(", topics=").append(provisioning.name().toLowerCase(Locale.ROOT));
    out.append(", concurrency=").append(concurrency);
    out.append(", autoOffset=").append(autoOffset);
    out.append(", redeliveryDelay=").append(redeliveryDelay.toMillis()).append("ms");
    if (!groupConcurrency.isEmpty()) {
      out.append(", groupConcurrency=").append(groupConcurrency);
    }
    if (!groupAutoOffset.isEmpty()) {
      out.append(", groupAutoOffset=").append(groupAutoOffset);
    }
    appendMasked(out, "common", common);
    appendMasked(out, "producer", producer);
    appendMasked(out, "consumer", consumer);
    appendMasked(out, "admin", admin);
    return out.append(']').toString();
  }

  private static void appendMasked(StringBuilder out, String label, Map<String, Object> config) {
    out.append(", ").append(label).append("={");
    boolean first = true;
    for (Map.Entry<String, Object> entry : config.entrySet()) {
      String key = entry.getKey();
      if (key.endsWith(".serializer") || key.endsWith(".deserializer") || key.equals(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG)) {
        continue;
      }
      out.append(first ? "" : ", ").append(key).append('=');
      out.append(Variables.isSecretProperty(key) ? Variables.MASK : String.valueOf(entry.getValue()));
      first = false;
    }
    out.append('}');
  }

  // ---------------------------------------------------------------------------------------------
  // Parsing helpers

  private static List<String> parseBrokers(Variables vars, String value) {
    List<String> result = new ArrayList<>();
    for (String part : value.split(",")) {
      String broker = part.trim();
      if (broker.isEmpty()) {
        continue;
      }
      int colon = broker.lastIndexOf(':');
      boolean valid = colon > 0 && colon < broker.length() - 1;
      if (valid) {
        try {
          int port = Integer.parseInt(broker.substring(colon + 1));
          valid = port > 0 && port < 65536;
        } catch (NumberFormatException e) {
          valid = false;
        }
      }
      if (!valid) {
        vars.problems().add(
            vars.source(BROKERS) + " has \"" + broker + "\", which is not host:port: use e.g. broker-1:9092,broker-2:9092");
      }
      result.add(broker);
    }
    if (result.isEmpty()) {
      vars.problems().add(vars.source(BROKERS) + " is empty: set it to the cluster's bootstrap servers, e.g. broker-1:9092");
    }
    return List.copyOf(result);
  }

  private void security(Variables vars, Map<String, Object> props) {
    List<String> problems = vars.problems();
    String mechanism = vars.choiceUpper(SASL_MECHANISM, null, "PLAIN", "SCRAM-SHA-256", "SCRAM-SHA-512", "GSSAPI", "OAUTHBEARER");
    boolean ssl = vars.isSet(TRUSTSTORE_LOCATION) || vars.isSet(KEYSTORE_LOCATION);
    String defaultProtocol = mechanism != null ? "SASL_SSL" : ssl ? "SSL" : "PLAINTEXT";
    String protocol =
        vars.choiceUpper(SECURITY_PROTOCOL, defaultProtocol, "PLAINTEXT", "SSL", "SASL_PLAINTEXT", "SASL_SSL");
    if (protocol == null) {
      return;
    }
    props.put(CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, protocol);
    boolean sasl = protocol.startsWith("SASL_");
    boolean tls = protocol.endsWith("SSL");

    String username = vars.get(SASL_USERNAME);
    String password = vars.get(SASL_PASSWORD);
    if (mechanism != null && !sasl) {
      problems.add(
          SASL_MECHANISM + " is set but " + SECURITY_PROTOCOL + "=" + protocol + " does not use SASL: use SASL_SSL or SASL_PLAINTEXT");
    }
    if ((username != null || password != null) && mechanism == null) {
      problems.add(
          SASL_USERNAME + "/" + SASL_PASSWORD + " are set but " + SASL_MECHANISM + " is not: set it to PLAIN, SCRAM-SHA-256 or SCRAM-SHA-512");
    }
    if (mechanism != null) {
      props.put(SaslConfigs.SASL_MECHANISM, mechanism);
      boolean needsCredentials = mechanism.equals("PLAIN") || mechanism.startsWith("SCRAM-");
      boolean jaasPassedThrough = vars.isSet(COMMON_PREFIX + "SASL_JAAS_CONFIG");
      if (needsCredentials && !jaasPassedThrough) {
        if (username == null || password == null) {
          problems.add(
              SASL_MECHANISM + "=" + mechanism + " needs " + SASL_USERNAME + " and " + SASL_PASSWORD + ": "
                  + (username == null ? SASL_USERNAME : SASL_PASSWORD) + " is not set");
        } else {
          String module =
              mechanism.equals("PLAIN")
                  ? "org.apache.kafka.common.security.plain.PlainLoginModule"
                  : "org.apache.kafka.common.security.scram.ScramLoginModule";
          props.put(
              SaslConfigs.SASL_JAAS_CONFIG,
              module + " required username=\"" + jaasEscape(username) + "\" password=\"" + jaasEscape(password) + "\";");
        }
      } else if (!needsCredentials && (username != null || password != null)) {
        problems.add(
            SASL_MECHANISM + "=" + mechanism + " does not use " + SASL_USERNAME + "/" + SASL_PASSWORD
                + ": configure it with KAFKA_COMMON_SASL_JAAS_CONFIG (and its other sasl.* properties) instead");
      }
    } else if (sasl && !vars.isSet(COMMON_PREFIX + "SASL_JAAS_CONFIG")) {
      problems.add(
          SECURITY_PROTOCOL + "=" + protocol + " needs " + SASL_MECHANISM + " (PLAIN, SCRAM-SHA-256, SCRAM-SHA-512, GSSAPI or OAUTHBEARER)");
    }

    if (ssl && !tls) {
      problems.add(
          "a trust or key store is set (" + (vars.isSet(TRUSTSTORE_LOCATION) ? TRUSTSTORE_LOCATION : KEYSTORE_LOCATION)
              + ") but " + SECURITY_PROTOCOL + "=" + protocol + " does not use TLS: use SSL or SASL_SSL");
    }
    store(vars, props, TRUSTSTORE_LOCATION, TRUSTSTORE_PASSWORD, TRUSTSTORE_TYPE,
        SslConfigs.SSL_TRUSTSTORE_LOCATION_CONFIG, SslConfigs.SSL_TRUSTSTORE_PASSWORD_CONFIG, SslConfigs.SSL_TRUSTSTORE_TYPE_CONFIG);
    store(vars, props, KEYSTORE_LOCATION, KEYSTORE_PASSWORD, KEYSTORE_TYPE,
        SslConfigs.SSL_KEYSTORE_LOCATION_CONFIG, SslConfigs.SSL_KEYSTORE_PASSWORD_CONFIG, SslConfigs.SSL_KEYSTORE_TYPE_CONFIG);
    String keyPassword = vars.get(KEY_PASSWORD);
    if (keyPassword != null) {
      if (!vars.isSet(KEYSTORE_LOCATION)) {
        problems.add(KEY_PASSWORD + " is set but " + KEYSTORE_LOCATION + " is not: set the key store too, or remove it");
      }
      props.put(SslConfigs.SSL_KEY_PASSWORD_CONFIG, keyPassword);
    }
  }

  private static void store(
      Variables vars, Map<String, Object> props, String locationVar, String passwordVar, String typeVar,
      String locationProp, String passwordProp, String typeProp) {
    String location = vars.get(locationVar);
    String type = vars.choiceUpper(typeVar, null, "JKS", "PKCS12", "PEM");
    String password = vars.get(passwordVar);
    if (location == null) {
      if (password != null || type != null) {
        vars.problems().add(
            (password != null ? passwordVar : typeVar) + " is set but " + locationVar + " is not: set the store's path too, or remove it");
      }
      return;
    }
    Path path = Path.of(location);
    if (!Files.isReadable(path)) {
      vars.problems().add(
          vars.source(locationVar) + "=" + location + " is not a readable file: point it at the store's path on this machine");
    }
    props.put(locationProp, location);
    if (password != null) {
      props.put(passwordProp, password);
    }
    if (type != null) {
      props.put(typeProp, type);
    }
  }

  private static String jaasEscape(String value) {
    return value.replace("\\", "\\\\").replace("\"", "\\\"");
  }

  private static void passThrough(
      Variables vars, String name, String prefix, List<ConfigDef> defs, String client, Map<String, Object> target) {
    String rest = name.substring(prefix.length());
    String property = rest.toLowerCase(Locale.ROOT).replace('_', '.');
    ConfigDef.ConfigKey key = null;
    for (ConfigDef def : defs) {
      key = key != null ? key : def.configKeys().get(property);
    }
    if (key == null) {
      vars.problems().add(
          vars.source(name) + " would set the " + client + " property \"" + property + "\", which Kafka's " + client
              + " does not know: check the spelling against the Kafka documentation (dots become underscores)");
      return;
    }
    if (MANAGED.contains(property)) {
      vars.problems().add(
          vars.source(name) + " would set \"" + property + "\", which Tidings manages itself"
              + (property.equals(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG) ? ": use " + BROKERS : ": remove it"));
      return;
    }
    String value = vars.get(name);
    if (value == null) {
      return;
    }
    try {
      Object parsed = ConfigDef.parseType(property, value, key.type);
      if (key.validator != null) {
        key.validator.ensureValid(property, parsed);
      }
    } catch (ConfigException e) {
      boolean secret = key.type == ConfigDef.Type.PASSWORD || Variables.isSecretProperty(property);
      vars.problems().add(
          vars.source(name) + (secret ? " (value hidden)" : "=" + value) + " is not a valid " + key.type.name().toLowerCase(Locale.ROOT)
              + " for the " + client + " property \"" + property + "\""
              + (key.validator == null || secret ? "" : ": accepted values are " + key.validator));
      return;
    }
    target.put(property, value);
  }

  private static void copyUnmanaged(
      Map<String, Object> from, Map<String, Object> to, String client, List<String> problems) {
    for (Map.Entry<String, Object> entry : from.entrySet()) {
      if (MANAGED.contains(entry.getKey())) {
        problems.add(client + " property \"" + entry.getKey() + "\" is managed by Tidings and cannot be overridden");
      } else {
        to.put(entry.getKey(), entry.getValue());
      }
    }
  }

  /**
   * Collects settings by variable name and builds checked {@link KafkaSettings}. Names may be given
   * as variables ({@code KAFKA_BROKERS}) or dotted ({@code kafka.brokers}); names not starting with
   * {@code KAFKA_} are ignored, so a whole environment can be passed in. Not thread-safe.
   */
  public static final class Builder {
    private final Map<String, Variables.Value> values = new LinkedHashMap<>();
    private final Map<String, Object> producerProperties = new LinkedHashMap<>();
    private final Map<String, Object> consumerProperties = new LinkedHashMap<>();

    private Builder() {}

    /** Sets one variable; a {@code null} value removes it. */
    public Builder set(String name, String value) {
      Objects.requireNonNull(name, "name");
      String key = Variables.normalize(name);
      if (!key.startsWith("KAFKA_")) {
        return this;
      }
      if (value == null) {
        values.remove(key);
      } else {
        values.put(key, new Variables.Value(name, value));
      }
      return this;
    }

    /** Sets every {@code KAFKA_*} variable of {@code variables}, e.g. {@code System.getenv()}. */
    public Builder setAll(Map<String, String> variables) {
      variables.forEach(this::set);
      return this;
    }

    /** Sets every {@code KAFKA_*} or {@code kafka.*} property of {@code properties}. */
    public Builder setAll(Properties properties) {
      for (String name : properties.stringPropertyNames()) {
        set(name, properties.getProperty(name));
      }
      return this;
    }

    /** Sets {@code KAFKA_BROKERS}. */
    public Builder brokers(String bootstrapServers) {
      return set(BROKERS, bootstrapServers);
    }

    /** Sets {@code KAFKA_CLIENT_ID}. */
    public Builder clientId(String clientId) {
      return set(CLIENT_ID, clientId);
    }

    /** Sets {@code KAFKA_TOPICS}. */
    public Builder provisioning(Provisioning provisioning) {
      return set(TOPICS, provisioning.name().toLowerCase(Locale.ROOT));
    }

    /** Sets {@code KAFKA_CONSUMER_CONCURRENCY}. */
    public Builder concurrency(int threadsPerGroup) {
      return set(CONCURRENCY, String.valueOf(threadsPerGroup));
    }

    /**
     * Sets a producer property that no variable can express, e.g. a plug-in's own setting; it is not
     * checked against Kafka's known names.
     */
    public Builder producerProperty(String property, Object value) {
      producerProperties.put(Objects.requireNonNull(property, "property"), Objects.requireNonNull(value, "value"));
      return this;
    }

    /**
     * Sets a consumer property that no variable can express, e.g. a plug-in's own setting; it is not
     * checked against Kafka's known names.
     */
    public Builder consumerProperty(String property, Object value) {
      consumerProperties.put(Objects.requireNonNull(property, "property"), Objects.requireNonNull(value, "value"));
      return this;
    }

    /**
     * Checks every value and builds the settings.
     *
     * @throws IllegalArgumentException listing every wrong value, each with its variable and the
     *     accepted values
     */
    public KafkaSettings build() {
      return new KafkaSettings(this);
    }
  }
}
