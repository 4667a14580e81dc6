package io.tidings.processor.payload;

import static org.junit.jupiter.api.Assertions.fail;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Deep, structural comparison of payload values (records component by component, beans getter by
 * getter), with the path of the first difference in the failure. Arrays compare by content, sets
 * ignore order (Jackson reads them into a {@code HashSet}), {@code BigDecimal} compares with its
 * scale, and {@code double}s compare as {@link Double#equals} does ({@code NaN} equals itself,
 * {@code -0.0} does not equal {@code 0.0}).
 */
final class SameValue {
  private final boolean sameInstantIsEnough;

  /**
   * @param sameInstantIsEnough compare {@code OffsetDateTime}s by instant: Jackson reads them at
   *     UTC
   */
  private SameValue(boolean sameInstantIsEnough) {
    this.sameInstantIsEnough = sameInstantIsEnough;
  }

  static void assertSame(Object expected, Object actual, boolean throughJackson, String context) {
    new SameValue(throughJackson).compare(expected, actual, "$", context);
  }

  private void compare(Object expected, Object actual, String path, String context) {
    if (expected == null || actual == null) {
      if (expected != actual) {
        fail(context + ": at " + path + " expected " + expected + " but was " + actual);
      }
      return;
    }
    Class<?> type = expected.getClass();
    if (expected instanceof byte[] bytes) {
      if (!(actual instanceof byte[] other) || !Arrays.equals(bytes, other)) {
        fail(context + ": at " + path + " bytes differ");
      }
    } else if (expected instanceof OffsetDateTime time && sameInstantIsEnough) {
      if (!(actual instanceof OffsetDateTime other) || !time.isEqual(other)) {
        fail(context + ": at " + path + " expected " + expected + " but was " + actual);
      }
    } else if (expected instanceof Optional<?> optional) {
      Optional<?> other = (Optional<?>) actual;
      if (optional.isPresent() != other.isPresent()) {
        fail(context + ": at " + path + " expected " + expected + " but was " + actual);
      }
      optional.ifPresent(v -> compare(v, other.get(), path + ".get()", context));
    } else if (expected instanceof Set<?> set) {
      if (!new HashSet<>(set).equals(new HashSet<>((Collection<?>) actual))) {
        fail(context + ": at " + path + " expected " + expected + " but was " + actual);
      }
    } else if (expected instanceof Collection<?> collection) {
      Collection<?> other = (Collection<?>) actual;
      if (collection.size() != other.size()) {
        fail(
            context
                + ": at "
                + path
                + " expected "
                + collection.size()
                + " elements, was "
                + other.size());
      }
      Iterator<?> left = collection.iterator();
      Iterator<?> right = other.iterator();
      for (int i = 0; left.hasNext(); i++) {
        compare(left.next(), right.next(), path + "[" + i + "]", context);
      }
    } else if (expected instanceof Map<?, ?> map) {
      Map<?, ?> other = (Map<?, ?>) actual;
      if (!map.keySet().equals(other.keySet())) {
        fail(context + ": at " + path + " keys " + map.keySet() + " but was " + other.keySet());
      }
      map.forEach((k, v) -> compare(v, other.get(k), path + "[" + k + "]", context));
    } else if (type.isRecord()) {
      for (RecordComponent component : type.getRecordComponents()) {
        compare(
            invoke(component.getAccessor(), expected),
            invoke(component.getAccessor(), actual),
            path + "." + component.getName(),
            context);
      }
    } else if (type.getPackageName().equals("example") && !type.isEnum()) {
      for (Method getter : type.getMethods()) {
        if (getter.getParameterCount() == 0
            && !Modifier.isStatic(getter.getModifiers())
            && (getter.getName().startsWith("get") || getter.getName().startsWith("is"))
            && getter.getDeclaringClass() != Object.class) {
          compare(
              invoke(getter, expected),
              invoke(getter, actual),
              path + "." + getter.getName() + "()",
              context);
        }
      }
      for (Field field : type.getFields()) {
        try {
          compare(field.get(expected), field.get(actual), path + "." + field.getName(), context);
        } catch (IllegalAccessException e) {
          throw new AssertionError(e);
        }
      }
    } else if (!expected.equals(actual)) {
      fail(
          context
              + ": at "
              + path
              + " expected "
              + describe(expected)
              + " but was "
              + describe(actual));
    }
  }

  private static String describe(Object value) {
    return value + " (" + value.getClass().getSimpleName() + ")";
  }

  private static Object invoke(Method method, Object target) {
    try {
      method.setAccessible(true);
      return method.invoke(target);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }
}
