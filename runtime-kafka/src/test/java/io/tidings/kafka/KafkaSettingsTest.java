package io.tidings.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Reading {@link KafkaSettings} from variables: defaults, every bad value, overrides and masking. */
class KafkaSettingsTest {
  @TempDir static Path dir;

  private static Map<String, String> env(String... pairs) {
    Map<String, String> env = new HashMap<>();
    env.put("KAFKA_BROKERS", "broker-1:9092,broker-2:9092");
    for (int i = 0; i < pairs.length; i += 2) {
      env.put(pairs[i], pairs[i + 1]);
    }
    return env;
  }

  private static String failure(Map<String, String> env) {
    return assertThrows(IllegalArgumentException.class, () -> KafkaSettings.fromMap(env)).getMessage();
  }

  private static String store() throws IOException {
    Path store = dir.resolve("store.p12");
    if (!Files.exists(store)) {
      Files.write(store, new byte[] {1, 2, 3});
    }
    return store.toString();
  }

  @Test
  void defaultsNeedOnlyTheBrokers() {
    KafkaSettings settings = KafkaSettings.fromMap(env("PATH", "/usr/bin", "KAFKA_HEAP_OPTS", "-Xmx1g"));
    assertEquals(List.of("broker-1:9092", "broker-2:9092"), settings.brokers());
    assertEquals("tidings", settings.clientId());
    assertEquals(KafkaSettings.Provisioning.CREATE, settings.provisioning());
    assertEquals(1, settings.concurrency("any"));
    assertEquals("earliest", settings.autoOffsetReset("any"));
    assertEquals(Duration.ofSeconds(1), settings.redeliveryDelay());

    Map<String, Object> producer = settings.producerConfig();
    assertEquals("broker-1:9092,broker-2:9092", producer.get("bootstrap.servers"));
    assertEquals("PLAINTEXT", producer.get("security.protocol"));
    assertEquals("all", producer.get("acks"));
    assertEquals("true", producer.get("enable.idempotence"));
    assertEquals("none", producer.get("compression.type"));
    assertEquals("5", producer.get("linger.ms"));
    assertEquals("16384", producer.get("batch.size"));
    assertEquals("120000", producer.get("delivery.timeout.ms"));
    assertEquals("tidings-producer", producer.get("client.id"));

    Map<String, Object> consumer = settings.consumerConfig("projector");
    assertEquals("projector", consumer.get("group.id"));
    assertEquals("false", consumer.get("enable.auto.commit"));
    assertEquals("earliest", consumer.get("auto.offset.reset"));
    assertEquals("500", consumer.get("max.poll.records"));
    assertEquals("45000", consumer.get("session.timeout.ms"));
    assertEquals("3000", consumer.get("heartbeat.interval.ms"));
    assertEquals("tidings-admin", settings.adminConfig().get("client.id"));
  }

  @Test
  void everyVariableIsRead() throws IOException {
    KafkaSettings settings =
        KafkaSettings.fromMap(
            env(
                "KAFKA_CLIENT_ID", "bookings",
                "KAFKA_SECURITY_PROTOCOL", "sasl_ssl",
                "KAFKA_SASL_MECHANISM", "scram-sha-512",
                "KAFKA_SASL_USERNAME", "svc",
                "KAFKA_SASL_PASSWORD", "pw",
                "KAFKA_SSL_TRUSTSTORE_LOCATION", store(),
                "KAFKA_SSL_TRUSTSTORE_PASSWORD", "tpw",
                "KAFKA_SSL_TRUSTSTORE_TYPE", "pkcs12",
                "KAFKA_SSL_KEYSTORE_LOCATION", store(),
                "KAFKA_SSL_KEYSTORE_PASSWORD", "kpw",
                "KAFKA_SSL_KEYSTORE_TYPE", "PKCS12",
                "KAFKA_SSL_KEY_PASSWORD", "keypw",
                "KAFKA_PRODUCER_ACKS", "1",
                "KAFKA_PRODUCER_COMPRESSION", "ZSTD",
                "KAFKA_PRODUCER_LINGER_MS", "20",
                "KAFKA_PRODUCER_BATCH_SIZE", "65536",
                "KAFKA_PRODUCER_TIMEOUT", "10s",
                "KAFKA_CONSUMER_AUTO_OFFSET", "latest",
                "KAFKA_CONSUMER_SESSION_TIMEOUT", "PT10S",
                "KAFKA_CONSUMER_HEARTBEAT_INTERVAL", "2000",
                "KAFKA_CONSUMER_MAX_POLL_RECORDS", "100",
                "KAFKA_CONSUMER_CONCURRENCY", "3",
                "KAFKA_CONSUMER_REDELIVERY_DELAY", "2m",
                "KAFKA_TOPICS", "VERIFY"));
    assertEquals("bookings", settings.clientId());
    assertEquals(KafkaSettings.Provisioning.VERIFY, settings.provisioning());
    assertEquals(3, settings.concurrency("g"));
    assertEquals("latest", settings.autoOffsetReset("g"));
    assertEquals(Duration.ofMinutes(2), settings.redeliveryDelay());

    Map<String, Object> producer = settings.producerConfig();
    assertEquals("SASL_SSL", producer.get("security.protocol"));
    assertEquals("SCRAM-SHA-512", producer.get("sasl.mechanism"));
    assertEquals(
        "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"svc\" password=\"pw\";",
        producer.get("sasl.jaas.config"));
    assertEquals(store(), producer.get("ssl.truststore.location"));
    assertEquals("tpw", producer.get("ssl.truststore.password"));
    assertEquals("PKCS12", producer.get("ssl.truststore.type"));
    assertEquals("kpw", producer.get("ssl.keystore.password"));
    assertEquals("keypw", producer.get("ssl.key.password"));
    assertEquals("1", producer.get("acks"));
    assertEquals("false", producer.get("enable.idempotence"), "acks=1 turns the idempotence default off");
    assertEquals("zstd", producer.get("compression.type"));
    assertEquals("20", producer.get("linger.ms"));
    assertEquals("65536", producer.get("batch.size"));
    assertEquals("10000", producer.get("delivery.timeout.ms"));
    assertEquals("9980", producer.get("request.timeout.ms"), "kept below delivery.timeout.ms - linger.ms");
    assertEquals("bookings-producer", producer.get("client.id"));

    Map<String, Object> consumer = settings.consumerConfig("g");
    assertEquals("latest", consumer.get("auto.offset.reset"));
    assertEquals("10000", consumer.get("session.timeout.ms"));
    assertEquals("2000", consumer.get("heartbeat.interval.ms"));
    assertEquals("100", consumer.get("max.poll.records"));
    assertEquals("SASL_SSL", settings.adminConfig().get("security.protocol"));
  }

  @ParameterizedTest(name = "{0}={1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "KAFKA_BROKERS|localhost|\"localhost\", which is not host:port",
        "KAFKA_BROKERS|host:port|\"host:port\", which is not host:port",
        "KAFKA_BROKERS|host:70000|\"host:70000\", which is not host:port",
        "KAFKA_BROKERS|' , '|KAFKA_BROKERS is empty",
        "KAFKA_SECURITY_PROTOCOL|TLS|KAFKA_SECURITY_PROTOCOL=TLS is not accepted: use one of PLAINTEXT, SSL, SASL_PLAINTEXT, SASL_SSL",
        "KAFKA_SASL_MECHANISM|MD5|KAFKA_SASL_MECHANISM=MD5 is not accepted: use one of PLAIN, SCRAM-SHA-256, SCRAM-SHA-512, GSSAPI, OAUTHBEARER",
        "KAFKA_SSL_TRUSTSTORE_LOCATION|/no/such/store.jks|KAFKA_SSL_TRUSTSTORE_LOCATION=/no/such/store.jks is not a readable file",
        "KAFKA_SSL_TRUSTSTORE_TYPE|P12|KAFKA_SSL_TRUSTSTORE_TYPE=P12 is not accepted: use one of JKS, PKCS12, PEM",
        "KAFKA_SSL_KEYSTORE_PASSWORD|x|KAFKA_SSL_KEYSTORE_PASSWORD is set but KAFKA_SSL_KEYSTORE_LOCATION is not",
        "KAFKA_SSL_KEY_PASSWORD|x|KAFKA_SSL_KEY_PASSWORD is set but KAFKA_SSL_KEYSTORE_LOCATION is not",
        "KAFKA_PRODUCER_ACKS|2|KAFKA_PRODUCER_ACKS=2 is not accepted: use one of all, 1, 0, -1",
        "KAFKA_PRODUCER_IDEMPOTENT|yes|KAFKA_PRODUCER_IDEMPOTENT=yes is not accepted: use true or false",
        "KAFKA_PRODUCER_COMPRESSION|brotli|KAFKA_PRODUCER_COMPRESSION=brotli is not accepted: use one of none, gzip, snappy, lz4, zstd",
        "KAFKA_PRODUCER_LINGER_MS|-1|KAFKA_PRODUCER_LINGER_MS=-1 is not accepted: use a whole number of at least 0",
        "KAFKA_PRODUCER_BATCH_SIZE|0|KAFKA_PRODUCER_BATCH_SIZE=0 is not accepted: use a whole number of at least 1",
        "KAFKA_PRODUCER_TIMEOUT|soon|KAFKA_PRODUCER_TIMEOUT=soon is not accepted: use a positive duration",
        "KAFKA_PRODUCER_TIMEOUT|500ms|KAFKA_PRODUCER_TIMEOUT=500ms is too short: use at least 1s",
        "KAFKA_CONSUMER_AUTO_OFFSET|beginning|KAFKA_CONSUMER_AUTO_OFFSET=beginning is not accepted: use one of earliest, latest",
        "KAFKA_CONSUMER_SESSION_TIMEOUT|0|KAFKA_CONSUMER_SESSION_TIMEOUT=0 is not accepted: use a positive duration in milliseconds (45000), with a unit (500ms, 45s, 2m, 1h) or ISO-8601 (PT45S)",
        "KAFKA_CONSUMER_HEARTBEAT_INTERVAL|10x|KAFKA_CONSUMER_HEARTBEAT_INTERVAL=10x is not accepted: use a positive duration",
        "KAFKA_CONSUMER_HEARTBEAT_INTERVAL|1m|KAFKA_CONSUMER_HEARTBEAT_INTERVAL (60000 ms) must be lower than KAFKA_CONSUMER_SESSION_TIMEOUT (45000 ms)",
        "KAFKA_CONSUMER_MAX_POLL_RECORDS|many|KAFKA_CONSUMER_MAX_POLL_RECORDS=many is not accepted: use a whole number of at least 1",
        "KAFKA_CONSUMER_CONCURRENCY|0|KAFKA_CONSUMER_CONCURRENCY=0 is not accepted: use a whole number of at least 1",
        "KAFKA_CONSUMER_REDELIVERY_DELAY|-5|KAFKA_CONSUMER_REDELIVERY_DELAY=-5 is not accepted: use a positive duration",
        "KAFKA_TOPICS|delete|KAFKA_TOPICS=delete is not accepted: use one of create, verify, off",
        "KAFKA_GROUP_PROJECTOR_CONCURRENCY|two|KAFKA_GROUP_PROJECTOR_CONCURRENCY=two is not accepted: use a whole number of at least 1",
        "KAFKA_GROUP_PROJECTOR_AUTO_OFFSET|middle|KAFKA_GROUP_PROJECTOR_AUTO_OFFSET=middle is not accepted: use one of earliest, latest",
        "KAFKA_CONSUMER_FETCH_MIN_BYTE|1|KAFKA_CONSUMER_FETCH_MIN_BYTE would set the consumer property \"fetch.min.byte\", which Kafka's consumer does not know",
        "KAFKA_PRODUCER_LINGER|5|KAFKA_PRODUCER_LINGER would set the producer property \"linger\", which Kafka's producer does not know",
        "KAFKA_ADMIN_RETRIES_MAX|5|KAFKA_ADMIN_RETRIES_MAX would set the admin property \"retries.max\"",
        "KAFKA_COMMON_NO_SUCH_THING|5|KAFKA_COMMON_NO_SUCH_THING would set the client property \"no.such.thing\"",
        "KAFKA_CONSUMER_MAX_POLL_INTERVAL_MS|soon|KAFKA_CONSUMER_MAX_POLL_INTERVAL_MS=soon is not a valid int for the consumer property \"max.poll.interval.ms\"",
        "KAFKA_CONSUMER_ISOLATION_LEVEL|dirty|KAFKA_CONSUMER_ISOLATION_LEVEL=dirty is not a valid string for the consumer property \"isolation.level\": accepted values are [read_committed, read_uncommitted]",
        "KAFKA_PRODUCER_PARTITIONER_CLASS|com.example.Missing|KAFKA_PRODUCER_PARTITIONER_CLASS=com.example.Missing is not a valid class",
        "KAFKA_CONSUMER_ENABLE_AUTO_COMMIT|true|KAFKA_CONSUMER_ENABLE_AUTO_COMMIT would set \"enable.auto.commit\", which Tidings manages itself: remove it",
        "KAFKA_CONSUMER_GROUP_ID|other|KAFKA_CONSUMER_GROUP_ID would set \"group.id\", which Tidings manages itself",
        "KAFKA_PRODUCER_KEY_SERIALIZER|x|\"key.serializer\", which Tidings manages itself",
        "KAFKA_COMMON_BOOTSTRAP_SERVERS|h:1|KAFKA_COMMON_BOOTSTRAP_SERVERS would set \"bootstrap.servers\", which Tidings manages itself: use KAFKA_BROKERS",
      })
  void aWrongValueFailsNamingTheVariableAndTheAcceptedValues(String variable, String value, String expected) {
    String message = failure(env(variable, value));
    assertTrue(message.startsWith("Invalid Kafka settings (1 problem):"), message);
    assertTrue(message.contains(expected), message);
  }

  @Test
  void missingBrokersAreReported() {
    String message = failure(Map.of("KAFKA_CLIENT_ID", "x"));
    assertTrue(message.contains("KAFKA_BROKERS is not set: set it to the cluster's bootstrap servers"), message);
  }

  @Test
  void inconsistentCombinationsAreReported() throws IOException {
    assertTrue(failure(env("KAFKA_PRODUCER_ACKS", "1", "KAFKA_PRODUCER_IDEMPOTENT", "true"))
        .contains("KAFKA_PRODUCER_IDEMPOTENT=true needs KAFKA_PRODUCER_ACKS=all, not 1"));
    assertTrue(failure(env("KAFKA_SECURITY_PROTOCOL", "SSL", "KAFKA_SASL_MECHANISM", "PLAIN", "KAFKA_SASL_USERNAME", "u",
            "KAFKA_SASL_PASSWORD", "p"))
        .contains("KAFKA_SASL_MECHANISM is set but KAFKA_SECURITY_PROTOCOL=SSL does not use SASL"));
    assertTrue(failure(env("KAFKA_SASL_USERNAME", "u", "KAFKA_SASL_PASSWORD", "p"))
        .contains("KAFKA_SASL_USERNAME/KAFKA_SASL_PASSWORD are set but KAFKA_SASL_MECHANISM is not"));
    assertTrue(failure(env("KAFKA_SASL_MECHANISM", "PLAIN", "KAFKA_SASL_USERNAME", "u"))
        .contains("KAFKA_SASL_MECHANISM=PLAIN needs KAFKA_SASL_USERNAME and KAFKA_SASL_PASSWORD: KAFKA_SASL_PASSWORD is not set"));
    assertTrue(failure(env("KAFKA_SASL_MECHANISM", "GSSAPI", "KAFKA_SASL_USERNAME", "u", "KAFKA_SASL_PASSWORD", "p"))
        .contains("KAFKA_SASL_MECHANISM=GSSAPI does not use KAFKA_SASL_USERNAME/KAFKA_SASL_PASSWORD"));
    assertTrue(failure(env("KAFKA_SECURITY_PROTOCOL", "SASL_PLAINTEXT"))
        .contains("KAFKA_SECURITY_PROTOCOL=SASL_PLAINTEXT needs KAFKA_SASL_MECHANISM"));
    assertTrue(failure(env("KAFKA_SECURITY_PROTOCOL", "PLAINTEXT", "KAFKA_SSL_TRUSTSTORE_LOCATION", store()))
        .contains("a trust or key store is set (KAFKA_SSL_TRUSTSTORE_LOCATION) but KAFKA_SECURITY_PROTOCOL=PLAINTEXT does not use TLS"));
  }

  @Test
  void everyProblemIsReportedAtOnce() {
    String message = failure(env("KAFKA_PRODUCER_ACKS", "2", "KAFKA_TOPICS", "maybe", "KAFKA_CONSUMER_CONCURRENCY", "-1"));
    assertTrue(message.startsWith("Invalid Kafka settings (3 problems):"), message);
    assertTrue(message.contains("KAFKA_PRODUCER_ACKS=2"), message);
    assertTrue(message.contains("KAFKA_TOPICS=maybe"), message);
    assertTrue(message.contains("KAFKA_CONSUMER_CONCURRENCY=-1"), message);
  }

  @Test
  void passwordsNeverAppearInToStringOrErrors() throws IOException {
    Map<String, String> env =
        env(
            "KAFKA_SASL_MECHANISM", "PLAIN",
            "KAFKA_SASL_USERNAME", "svc",
            "KAFKA_SASL_PASSWORD", "sasl-secret",
            "KAFKA_SSL_TRUSTSTORE_LOCATION", store(),
            "KAFKA_SSL_TRUSTSTORE_PASSWORD", "trust-secret",
            "KAFKA_SSL_KEYSTORE_LOCATION", store(),
            "KAFKA_SSL_KEYSTORE_PASSWORD", "keystore-secret",
            "KAFKA_SSL_KEY_PASSWORD", "key-secret",
            "KAFKA_PRODUCER_SSL_TRUSTSTORE_CERTIFICATES", "cert-secret");
    KafkaSettings settings = KafkaSettings.fromMap(env);
    String text = settings.toString();
    for (String secret : List.of("sasl-secret", "trust-secret", "keystore-secret", "key-secret", "cert-secret")) {
      assertFalse(text.contains(secret), secret + " leaked: " + text);
    }
    assertTrue(text.contains("sasl.jaas.config=[hidden]"), text);
    assertTrue(text.contains("ssl.truststore.password=[hidden]"), text);
    assertTrue(text.contains("ssl.key.password=[hidden]"), text);
    assertTrue(text.contains("ssl.truststore.certificates=[hidden]"), text);
    assertTrue(text.contains("sasl.mechanism=PLAIN"), text);
    assertTrue(text.contains("security.protocol=SASL_SSL"), "a SASL mechanism defaults to SASL_SSL: " + text);

    env.put("KAFKA_PRODUCER_ACKS", "sasl-secret");
    env.put("KAFKA_COMMON_SASL_JAAS_CONFIG", "Module required password=\"jaas-secret\";");
    env.put("KAFKA_SSL_TRUSTSTORE_TYPE", "jaas-secret");
    String message = failure(env);
    assertFalse(message.contains("trust-secret") || message.contains("keystore-secret") || message.contains("key-secret"), message);
    assertFalse(message.contains("password=\"jaas-secret\""), message);
  }

  @Test
  void plainCredentialsAreEscapedIntoTheJaasConfig() {
    KafkaSettings settings =
        KafkaSettings.fromMap(
            env("KAFKA_SASL_MECHANISM", "PLAIN", "KAFKA_SASL_USERNAME", "a\"b", "KAFKA_SASL_PASSWORD", "c\\d",
                "KAFKA_SECURITY_PROTOCOL", "SASL_PLAINTEXT"));
    assertEquals(
        "org.apache.kafka.common.security.plain.PlainLoginModule required username=\"a\\\"b\" password=\"c\\\\d\";",
        settings.consumerConfig("g").get("sasl.jaas.config"));
    assertEquals("SASL_PLAINTEXT", settings.consumerConfig("g").get("security.protocol"));
  }

  @Test
  void aTrustStoreAloneDefaultsToSsl() throws IOException {
    KafkaSettings settings = KafkaSettings.fromMap(env("KAFKA_SSL_TRUSTSTORE_LOCATION", store()));
    assertEquals("SSL", settings.producerConfig().get("security.protocol"));
    assertNull(settings.producerConfig().get("ssl.truststore.password"));
  }

  @Test
  void groupsAreOverriddenByTheirNormalizedName() {
    KafkaSettings settings =
        KafkaSettings.fromMap(
            env(
                "KAFKA_CONSUMER_CONCURRENCY", "2",
                "KAFKA_GROUP_BOOKINGS_PROJECTOR_V2_CONCURRENCY", "4",
                "KAFKA_GROUP_BOOKINGS_PROJECTOR_V2_AUTO_OFFSET", "latest",
                "KAFKA_GROUP_AUDIT_SOMETHING_ELSE", "ignored"));
    assertEquals("BOOKINGS_PROJECTOR_V2", KafkaSettings.groupKey("bookings.projector-v2"));
    assertEquals(4, settings.concurrency("bookings.projector-v2"));
    assertEquals("latest", settings.autoOffsetReset("bookings.projector-v2"));
    assertEquals("latest", settings.consumerConfig("bookings.projector-v2").get("auto.offset.reset"));
    assertEquals(2, settings.concurrency("audit"));
    assertEquals("earliest", settings.consumerConfig("audit").get("auto.offset.reset"));
  }

  @Test
  void otherClientPropertiesPassThrough() {
    KafkaSettings settings =
        KafkaSettings.fromMap(
            env(
                "KAFKA_CONSUMER_MAX_POLL_INTERVAL_MS", "600000",
                "KAFKA_PRODUCER_MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION", "1",
                "KAFKA_ADMIN_DEFAULT_API_TIMEOUT_MS", "5000",
                "KAFKA_COMMON_RECONNECT_BACKOFF_MS", "100",
                "KAFKA_CONSUMER_AUTO_OFFSET_RESET", "latest"));
    assertEquals("600000", settings.consumerConfig("g").get("max.poll.interval.ms"));
    assertEquals("1", settings.producerConfig().get("max.in.flight.requests.per.connection"));
    assertEquals("5000", settings.adminConfig().get("default.api.timeout.ms"));
    assertEquals("100", settings.producerConfig().get("reconnect.backoff.ms"));
    assertEquals("100", settings.consumerConfig("g").get("reconnect.backoff.ms"));
    assertEquals("100", settings.adminConfig().get("reconnect.backoff.ms"));
    assertEquals("latest", settings.consumerConfig("g").get("auto.offset.reset"));
    assertFalse(settings.producerConfig().containsKey("max.poll.interval.ms"));
  }

  @Test
  void builderPropertiesAreNotCheckedButManagedOnesAreRefused() {
    KafkaSettings settings =
        KafkaSettings.builder().brokers("h:1").producerProperty("plugin.setting", "x").consumerProperty("other.plugin", 3).build();
    assertEquals("x", settings.producerConfig().get("plugin.setting"));
    assertEquals(3, settings.consumerConfig("g").get("other.plugin"));
    String message =
        assertThrows(IllegalArgumentException.class,
            () -> KafkaSettings.builder().brokers("h:1").consumerProperty("enable.auto.commit", "true").build())
            .getMessage();
    assertTrue(message.contains("consumer property \"enable.auto.commit\" is managed by Tidings"), message);
  }

  @Test
  void propertiesMayUseDottedNames() {
    Properties properties = new Properties();
    properties.setProperty("kafka.brokers", "h:9092");
    properties.setProperty("kafka.consumer.concurrency", "5");
    properties.setProperty("kafka.group.my-group.concurrency", "7");
    properties.setProperty("kafka.consumer.max.poll.interval.ms", "1000");
    properties.setProperty("java.home", "/ignored");
    KafkaSettings settings = KafkaSettings.fromProperties(properties);
    assertEquals(List.of("h:9092"), settings.brokers());
    assertEquals(5, settings.concurrency("other"));
    assertEquals(7, settings.concurrency("my-group"));
    assertEquals("1000", settings.consumerConfig("x").get("max.poll.interval.ms"));

    properties.setProperty("kafka.topics", "sometimes");
    String message = assertThrows(IllegalArgumentException.class, () -> KafkaSettings.fromProperties(properties)).getMessage();
    assertTrue(message.contains("kafka.topics=sometimes is not accepted: use one of create, verify, off"), message);
  }

  @Test
  void systemPropertiesAreRead() {
    System.setProperty("kafka.brokers", "sys-host:9092");
    System.setProperty("kafka.client.id", "from-system");
    try {
      KafkaSettings settings = KafkaSettings.fromSystemProperties();
      assertEquals(List.of("sys-host:9092"), settings.brokers());
      assertEquals("from-system", settings.clientId());
    } finally {
      System.clearProperty("kafka.brokers");
      System.clearProperty("kafka.client.id");
    }
  }

  @Test
  void blankValuesCountAsUnsetAndDurationsTakeUnits() {
    KafkaSettings settings =
        KafkaSettings.fromMap(
            env("KAFKA_CLIENT_ID", "  ", "KAFKA_TOPICS", "", "KAFKA_CONSUMER_SESSION_TIMEOUT", "1m",
                "KAFKA_CONSUMER_HEARTBEAT_INTERVAL", "1500ms", "KAFKA_CONSUMER_REDELIVERY_DELAY", "1h"));
    assertEquals("tidings", settings.clientId());
    assertEquals(KafkaSettings.Provisioning.CREATE, settings.provisioning());
    assertEquals("60000", settings.consumerConfig("g").get("session.timeout.ms"));
    assertEquals("1500", settings.consumerConfig("g").get("heartbeat.interval.ms"));
    assertEquals(Duration.ofHours(1), settings.redeliveryDelay());
    assertEquals("all", KafkaSettings.fromMap(env("KAFKA_PRODUCER_ACKS", "-1")).producerConfig().get("acks"));
  }

  @Test
  void theBuilderSetsTheCommonVariables() {
    KafkaSettings settings =
        KafkaSettings.builder()
            .brokers("a:1,b:2")
            .clientId("svc")
            .concurrency(6)
            .provisioning(KafkaSettings.Provisioning.OFF)
            .set("KAFKA_PRODUCER_ACKS", "0")
            .set("KAFKA_PRODUCER_ACKS", null)
            .build();
    assertEquals(List.of("a:1", "b:2"), settings.brokers());
    assertEquals("svc", settings.clientId());
    assertEquals(6, settings.concurrency("g"));
    assertEquals(KafkaSettings.Provisioning.OFF, settings.provisioning());
    assertEquals("all", settings.producerConfig().get("acks"), "a null value removes a variable");
  }
}
