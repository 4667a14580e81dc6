/** The Tidings annotation processor. */
package io.tidings.processor;
