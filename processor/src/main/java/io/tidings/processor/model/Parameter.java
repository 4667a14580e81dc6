package io.tidings.processor.model;

import io.tidings.processor.payload.PayloadAnalysis;
import io.tidings.processor.read.HeaderAnnotation;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeMirror;

/**
 * One parameter of a publish or consumer method.
 *
 * @param element the parameter, to report on
 * @param name its name
 * @param type its type (as a member of the topic interface, for inherited methods)
 * @param role what it is for
 * @param keyType its key codec, or {@code null} if its type has none
 * @param headerType its header codec, or {@code null} if its type has none
 * @param header its {@code @Header}, or {@code null}
 * @param payload the payload analysis of its type (payloads of publish methods only), or {@code null}
 */
public record Parameter(
    VariableElement element,
    String name,
    TypeMirror type,
    Role role,
    KeyType keyType,
    HeaderType headerType,
    HeaderAnnotation header,
    PayloadAnalysis payload) {}
