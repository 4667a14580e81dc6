package io.tidings.processor.validate;

import io.tidings.processor.diag.Message;
import io.tidings.processor.diag.Report;
import io.tidings.processor.model.Display;
import io.tidings.processor.model.Parameter;
import io.tidings.processor.model.Role;
import java.util.List;

/** The parameter checks publish and consumer methods share: keys, headers, mixed annotations. */
final class ParameterChecks {
  private ParameterChecks() {}

  static void check(String method, List<Parameter> parameters, Report report) {
    Parameter firstKey = null;
    for (Parameter parameter : parameters) {
      switch (parameter.role()) {
        case KEY_AND_HEADER:
          report.add(Message.KEY_AND_HEADER, parameter.element(), parameter.name(), method);
          break;
        case KEY:
          if (firstKey != null) {
            report.add(Message.TWO_KEYS, parameter.element(), method, firstKey.name(), parameter.name());
          } else {
            firstKey = parameter;
          }
          if (parameter.keyType() == null) {
            report.add(
                Message.KEY_TYPE_UNSUPPORTED, parameter.element(), parameter.name(), method, Display.of(parameter.type()));
          }
          break;
        case HEADER:
          checkHeader(method, parameter, report);
          break;
        default:
          break;
      }
    }
  }

  private static void checkHeader(String method, Parameter parameter, Report report) {
    String name = parameter.header().name();
    if (name.isBlank()) {
      report.add(
          Message.HEADER_NAME_BLANK,
          parameter.element(),
          parameter.header().mirror(),
          parameter.header().value(),
          parameter.name(),
          method,
          parameter.name());
    } else if (name.startsWith("tidings-")) {
      report.add(
          Message.HEADER_NAME_RESERVED,
          parameter.element(),
          parameter.header().mirror(),
          parameter.header().value(),
          name,
          parameter.name(),
          method);
    }
    if (parameter.headerType() == null) {
      report.add(
          Message.HEADER_TYPE_UNSUPPORTED,
          parameter.element(),
          name,
          parameter.name(),
          method,
          Display.of(parameter.type()));
    }
  }

  static List<String> names(List<Parameter> parameters) {
    return parameters.stream().map(Parameter::name).toList();
  }

  static boolean hasRole(List<Parameter> parameters, Role role) {
    return parameters.stream().anyMatch(parameter -> parameter.role() == role);
  }
}
