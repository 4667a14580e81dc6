package io.tidings.processor;

import com.palantir.javapoet.ClassName;
import javax.lang.model.element.Element;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;

/**
 * The one naming rule for generated types: same package as the source type, the source's simple
 * names from the outermost type inward joined by {@code _}, then {@code _} and a suffix. {@code
 * BookingEvents} → {@code BookingEvents_Publisher}; {@code Outer.Created} → {@code
 * Outer_Created_JsonCodec}.
 */
public final class GeneratedNames {
  /** Suffix of a topic interface's generated publisher. */
  public static final String PUBLISHER = "Publisher";
  /** Suffix of a consumer class's generated dispatcher. */
  public static final String DISPATCHER = "Dispatcher";
  /** Suffix of a payload type's generated JSON codec. */
  public static final String JSON_CODEC = "JsonCodec";
  /** Suffix of a payload type's generated Avro codec. */
  public static final String AVRO_CODEC = "AvroCodec";

  private GeneratedNames() {}

  /** The generated type for {@code source} with the given suffix. */
  public static ClassName of(TypeElement source, String suffix) {
    StringBuilder name = new StringBuilder();
    Element element = source;
    while (element instanceof TypeElement type) {
      name.insert(0, type.getSimpleName() + "_");
      element = element.getEnclosingElement();
    }
    while (!(element instanceof PackageElement)) {
      element = element.getEnclosingElement();
    }
    String packageName = ((PackageElement) element).getQualifiedName().toString();
    return ClassName.get(packageName, name + suffix);
  }
}
