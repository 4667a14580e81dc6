/**
 * The transport conformance suite: {@link io.tidings.conformance.TransportConformance}, the topics
 * and consumers it drives, and the recorder they report to. A transport conforms when a subclass that
 * supplies its Guice module passes unchanged.
 */
package io.tidings.conformance;
