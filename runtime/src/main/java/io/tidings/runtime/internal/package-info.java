/**
 * The runtime's machinery: component discovery, the publish channel, route tables and the delivery
 * pipeline. Public only so that Tidings' own modules can reach it; not an API, it changes without
 * notice.
 */
package io.tidings.runtime.internal;
