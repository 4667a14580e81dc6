/** Tidings on Apache Kafka: {@code KafkaModule}, {@code KafkaSettings} and the Kafka transport. */
package io.tidings.kafka;
