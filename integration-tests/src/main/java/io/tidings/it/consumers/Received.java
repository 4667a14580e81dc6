package io.tidings.it.consumers;

import io.tidings.runtime.Metadata;
import java.util.Map;

/**
 * What a consumer received, kept for assertions.
 *
 * @param key the decoded key
 * @param payload the decoded payload
 * @param headers the typed header values the method asked for
 * @param metadata the record's metadata, if the method asked for it
 */
public record Received(Object key, Object payload, Map<String, Object> headers, Metadata metadata) {}
