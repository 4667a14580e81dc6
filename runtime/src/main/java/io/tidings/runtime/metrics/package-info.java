/**
 * Metrics through Micrometer, installed by {@code TidingsModule} only when Micrometer is on the class
 * path (it is an optional dependency: nothing here is loaded otherwise).
 */
package io.tidings.runtime.metrics;
