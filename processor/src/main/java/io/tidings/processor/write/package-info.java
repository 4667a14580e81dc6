/**
 * Writing: one JavaPoet writer per generated type, plus the service file. Writers are only given
 * valid models and never validate.
 */
package io.tidings.processor.write;
