package io.tidings.processor.payload;

import javax.lang.model.element.Element;

/**
 * One reason Tidings cannot encode a payload, ready to be reported as a compile error. The message
 * names the field, the type it is in and the path from the payload root, and says how to fix it,
 * e.g. {@code BookingCreated.venue.location has type java.lang.Object, which Tidings cannot encode
 * (reached through BookingCreated.venue → Venue.location): use a concrete type such as a record,
 * String, a number, or a List/Map of those}.
 *
 * <p>A problem of a type that several payloads reach is the same (equal) value in each of their
 * analyses, so a caller that remembers the problems it reported reports each one once.
 *
 * @param element the field, record component or accessor to report on, or {@code null} if it is not
 *     in the sources being compiled (report on the element that uses the payload instead)
 * @param message the full text: what is wrong, where, and how to fix it
 */
public record PayloadProblem(Element element, String message) {}
