package io.tidings.processor.payload;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.apache.avro.JsonProperties;
import org.apache.avro.LogicalType;
import org.apache.avro.LogicalTypes;
import org.apache.avro.Schema;

/**
 * Compares a declared ({@code .avsc}) schema with the one derived from the Java type, field by field:
 * field names and order, types, unions (null first), defaults of nullable fields, enum symbols and
 * logical types. Record and enum names may differ (the declared ones win). Stateless.
 */
final class SchemaMatch {
  private SchemaMatch() {}

  /**
   * One difference.
   *
   * @param path the record fields from the root to it, e.g. {@code [venue, city]}
   * @param java what the Java type gives
   * @param declared what the file declares
   */
  record Mismatch(List<String> path, String java, String declared) {}

  static List<Mismatch> compare(Schema declared, Schema java) {
    List<Mismatch> mismatches = new ArrayList<>();
    compare(declared, java, new ArrayList<>(), mismatches, new HashSet<>());
    return mismatches;
  }

  private static void compare(
      Schema declared, Schema java, List<String> path, List<Mismatch> out, Set<String> seen) {
    if (declared.getType() != java.getType() || !sameLogical(declared.getLogicalType(), java.getLogicalType())) {
      out.add(new Mismatch(List.copyOf(path), describe(java), describe(declared)));
      return;
    }
    switch (java.getType()) {
      case RECORD -> {
        if (!seen.add(declared.getFullName() + "=" + java.getFullName())) {
          return;
        }
        List<Schema.Field> d = declared.getFields();
        List<Schema.Field> j = java.getFields();
        for (int i = 0; i < Math.max(d.size(), j.size()); i++) {
          Schema.Field df = i < d.size() ? d.get(i) : null;
          Schema.Field jf = i < j.size() ? j.get(i) : null;
          if (df == null || jf == null || !df.name().equals(jf.name())) {
            List<String> at = new ArrayList<>(path);
            at.add(jf != null ? jf.name() : df.name());
            out.add(new Mismatch(
                at,
                jf == null ? "no field at position " + (i + 1) : "field " + jf.name() + " at position " + (i + 1),
                df == null ? "no field at position " + (i + 1) : "field " + df.name() + " at position " + (i + 1)));
            continue;
          }
          List<String> at = new ArrayList<>(path);
          at.add(jf.name());
          compare(df.schema(), jf.schema(), at, out, seen);
          if (jf.hasDefaultValue() && jf.defaultVal() == JsonProperties.NULL_VALUE
              && !(df.hasDefaultValue() && df.defaultVal() == JsonProperties.NULL_VALUE)) {
            out.add(new Mismatch(at, "default null (Optional or @Nullable)",
                df.hasDefaultValue() ? "default " + df.defaultVal() : "no default"));
          }
        }
      }
      case ENUM -> {
        if (!declared.getEnumSymbols().equals(java.getEnumSymbols())) {
          out.add(new Mismatch(List.copyOf(path), "symbols " + java.getEnumSymbols(), "symbols " + declared.getEnumSymbols()));
        }
      }
      case ARRAY -> compare(declared.getElementType(), java.getElementType(), path, out, seen);
      case MAP -> compare(declared.getValueType(), java.getValueType(), path, out, seen);
      case UNION -> {
        if (declared.getTypes().size() != java.getTypes().size()) {
          out.add(new Mismatch(List.copyOf(path), describe(java), describe(declared)));
          return;
        }
        for (int i = 0; i < java.getTypes().size(); i++) {
          Schema d = declared.getTypes().get(i);
          Schema j = java.getTypes().get(i);
          if (d.getType() != j.getType()) {
            out.add(new Mismatch(List.copyOf(path), describe(java), describe(declared)));
            return;
          }
          compare(d, j, path, out, seen);
        }
      }
      default -> { }
    }
  }

  private static boolean sameLogical(LogicalType a, LogicalType b) {
    if (a == null || b == null) {
      return a == b;
    }
    if (!a.getName().equals(b.getName())) {
      return false;
    }
    if (a instanceof LogicalTypes.Decimal da && b instanceof LogicalTypes.Decimal db) {
      return da.getPrecision() == db.getPrecision() && da.getScale() == db.getScale();
    }
    return true;
  }

  /** A short text for a schema: {@code int}, {@code long (timestamp-micros)}, {@code ["null","string"]}. */
  static String describe(Schema schema) {
    return switch (schema.getType()) {
      case RECORD, ENUM, FIXED -> schema.getType().getName() + " " + schema.getFullName();
      case ARRAY -> "array of " + describe(schema.getElementType());
      case MAP -> "map of " + describe(schema.getValueType());
      case UNION -> {
        List<String> branches = new ArrayList<>();
        schema.getTypes().forEach(branch -> branches.add(describe(branch)));
        yield "union " + branches;
      }
      default -> schema.getType().getName()
          + (schema.getLogicalType() == null ? "" : " (" + logical(schema.getLogicalType()) + ")");
    };
  }

  private static String logical(LogicalType type) {
    if (type instanceof LogicalTypes.Decimal decimal) {
      return "decimal(" + decimal.getPrecision() + ", " + decimal.getScale() + ")";
    }
    return Objects.toString(type.getName());
  }
}
