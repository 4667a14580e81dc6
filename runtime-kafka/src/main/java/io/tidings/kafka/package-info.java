/**
 * Tidings on Apache Kafka: {@link io.tidings.kafka.KafkaModule} binds the Tidings transport to {@link
 * io.tidings.kafka.KafkaTransport}, configured by {@link io.tidings.kafka.KafkaSettings} (read from
 * {@code KAFKA_*} environment variables).
 */
package io.tidings.kafka;
