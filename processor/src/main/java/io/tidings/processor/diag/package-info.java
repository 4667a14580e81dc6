/** The processor's diagnostics: one catalogue of messages and a report that collects them. */
package io.tidings.processor.diag;
