/**
 * The immutable model of what the user declared: topics with their publish methods, consumers with
 * their methods. Elements are kept only to report problems on.
 */
package io.tidings.processor.model;
