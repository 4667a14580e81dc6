/**
 * Validation: checks the model and collects every problem into a report, so that one build shows
 * the user every mistake. Never writes code.
 */
package io.tidings.processor.validate;
