/**
 * Internals of the Kafka transport — polling threads, group subscriptions, topic provisioning,
 * header conversion and variable parsing. Not an API: anything here may change without notice.
 */
package io.tidings.kafka.internal;
