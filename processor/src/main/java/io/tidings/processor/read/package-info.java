/**
 * Reading source: one typed reader for the Tidings annotations, and the parsers that turn topic
 * interfaces and consumer classes into the immutable model.
 */
package io.tidings.processor.read;
