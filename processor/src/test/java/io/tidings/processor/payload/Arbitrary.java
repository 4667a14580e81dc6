package io.tidings.processor.payload;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/**
 * Random payload values for property-style tests, built by reflection over the payload's Java types
 * (records through their canonical constructor, beans through their setters and public fields).
 * Biased towards edge values: empty containers, {@code null}s, extreme and non-finite numbers,
 * unusual scales, unicode beyond the BMP, the first and last representable instants.
 */
final class Arbitrary {
  private static final long MIN_SECOND = LocalDate.of(1, 1, 1).toEpochDay() * 86_400L;
  private static final long MAX_SECOND = LocalDate.of(9999, 12, 31).toEpochDay() * 86_400L + 86_399;

  private final Random random;

  Arbitrary(long seed) {
    this.random = new Random(seed);
  }

  Object of(Type type) {
    return of(type, 0);
  }

  private Object of(Type type, int depth) {
    if (type instanceof ParameterizedType parameterized) {
      return container(parameterized, depth);
    }
    Class<?> cls = (Class<?>) type;
    if (cls.isPrimitive()) {
      return primitive(cls);
    }
    if (depth > 0 && oneIn(8)) {
      return null;
    }
    if (cls == Boolean.class
        || cls == Byte.class
        || cls == Short.class
        || cls == Integer.class
        || cls == Long.class
        || cls == Float.class
        || cls == Double.class) {
      return primitive(unbox(cls));
    } else if (cls == Character.class) {
      return primitive(char.class);
    } else if (cls == String.class) {
      return string();
    } else if (cls == BigDecimal.class) {
      return decimal();
    } else if (cls == BigInteger.class) {
      return new BigInteger(random.nextInt(200) + 1, random).multiply(BigInteger.valueOf(sign()));
    } else if (cls == UUID.class) {
      return new UUID(random.nextLong(), random.nextLong());
    } else if (cls == Instant.class) {
      return instant();
    } else if (cls == LocalDate.class) {
      return LocalDate.ofEpochDay(Math.floorDiv(second(), 86_400L));
    } else if (cls == LocalDateTime.class) {
      return LocalDateTime.ofInstant(instant(), ZoneOffset.UTC);
    } else if (cls == OffsetDateTime.class) {
      ZoneOffset offset =
          ZoneOffset.ofTotalSeconds((random.nextInt(36 * 4 + 1) - 18 * 4) * 15 * 60);
      return OffsetDateTime.of(
          LocalDateTime.of(
              LocalDate.ofEpochDay(Math.floorDiv(second(), 86_400L))
                  .withYear(1 + random.nextInt(9998)),
              LocalTime.ofNanoOfDay(Math.floorMod(random.nextLong(), 86_400_000_000_000L))),
          offset);
    } else if (cls == Duration.class) {
      return Duration.ofSeconds(random.nextLong() % 10_000_000_000L, nanos());
    } else if (cls == byte[].class) {
      byte[] bytes = new byte[random.nextInt(24)];
      random.nextBytes(bytes);
      return bytes;
    } else if (cls.isEnum()) {
      Object[] constants = cls.getEnumConstants();
      return constants[random.nextInt(constants.length)];
    } else if (depth > 3) {
      return null; // stops recursive types
    } else if (cls.isRecord()) {
      return record(cls, depth);
    }
    return bean(cls, depth);
  }

  private Object container(ParameterizedType type, int depth) {
    Class<?> raw = (Class<?>) type.getRawType();
    Type[] arguments = type.getActualTypeArguments();
    if (raw == Optional.class) {
      if (oneIn(3)) {
        return Optional.empty();
      }
      Object value = of(arguments[0], depth + 1);
      return Optional.ofNullable(value);
    }
    if (oneIn(10)) {
      return null;
    }
    int size = depth > 2 || oneIn(4) ? 0 : random.nextInt(4);
    if (raw == Map.class) {
      Map<String, Object> map = new LinkedHashMap<>();
      for (int i = 0; i < size; i++) {
        map.put(string(), of(arguments[1], depth + 1));
      }
      return map;
    }
    Collection<Object> values = raw == Set.class ? new LinkedHashSet<>() : new ArrayList<>();
    for (int i = 0; i < size; i++) {
      values.add(of(arguments[0], depth + 1));
    }
    return values;
  }

  private Object record(Class<?> cls, int depth) {
    RecordComponent[] components = cls.getRecordComponents();
    Class<?>[] types = new Class<?>[components.length];
    Object[] values = new Object[components.length];
    for (int i = 0; i < components.length; i++) {
      types[i] = components[i].getType();
      values[i] = of(components[i].getGenericType(), depth + 1);
    }
    try {
      Constructor<?> constructor = cls.getDeclaredConstructor(types);
      constructor.setAccessible(true);
      return constructor.newInstance(values);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  private Object bean(Class<?> cls, int depth) {
    try {
      Object bean = cls.getConstructor().newInstance();
      for (Method method : cls.getMethods()) {
        if (method.getName().startsWith("set")
            && method.getParameterCount() == 1
            && !Modifier.isStatic(method.getModifiers())) {
          method.invoke(bean, of(method.getGenericParameterTypes()[0], depth + 1));
        }
      }
      for (Field field : cls.getFields()) {
        if (!Modifier.isStatic(field.getModifiers()) && !Modifier.isFinal(field.getModifiers())) {
          field.set(bean, of(field.getGenericType(), depth + 1));
        }
      }
      return bean;
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  private Object primitive(Class<?> cls) {
    if (cls == boolean.class) {
      return random.nextBoolean();
    } else if (cls == byte.class) {
      return (byte) pick(random.nextInt(), 0, 1, -1, Byte.MIN_VALUE, Byte.MAX_VALUE);
    } else if (cls == short.class) {
      return (short) pick(random.nextInt(), 0, -1, Short.MIN_VALUE, Short.MAX_VALUE);
    } else if (cls == int.class) {
      return (int) pick(random.nextInt(), 0, -1, Integer.MIN_VALUE, Integer.MAX_VALUE);
    } else if (cls == long.class) {
      return pick(random.nextLong(), 0, -1, Long.MIN_VALUE, Long.MAX_VALUE);
    } else if (cls == float.class) {
      float[] edges = {
        0f,
        -0f,
        Float.NaN,
        Float.POSITIVE_INFINITY,
        Float.NEGATIVE_INFINITY,
        Float.MIN_VALUE,
        Float.MAX_VALUE,
        -Float.MAX_VALUE,
        1.1f
      };
      return oneIn(3)
          ? edges[random.nextInt(edges.length)]
          : Float.intBitsToFloat(random.nextInt());
    } else if (cls == double.class) {
      double[] edges = {
        0d,
        -0d,
        Double.NaN,
        Double.POSITIVE_INFINITY,
        Double.NEGATIVE_INFINITY,
        Double.MIN_VALUE,
        Double.MAX_VALUE,
        -Double.MAX_VALUE,
        0.1
      };
      return oneIn(3)
          ? edges[random.nextInt(edges.length)]
          : Double.longBitsToDouble(random.nextLong());
    } else if (cls == char.class) {
      char[] edges = {'\0', '"', '\\', '\n', '\u2028', 'é', '\uFFFF', '\u007F'};
      if (oneIn(3)) {
        return edges[random.nextInt(edges.length)];
      }
      char c;
      do {
        c = (char) random.nextInt(Character.MAX_VALUE + 1);
      } while (Character.isSurrogate(c));
      return c;
    }
    throw new AssertionError(cls);
  }

  private String string() {
    String[] edges = {
      "", " ", "\"quoted\"", "back\\slash", "😀 emoji", "\u0000\u001f", "日本語", "</script>"
    };
    if (oneIn(3)) {
      return edges[random.nextInt(edges.length)];
    }
    StringBuilder text = new StringBuilder();
    int length = random.nextInt(12);
    for (int i = 0; i < length; i++) {
      int codePoint;
      do {
        codePoint =
            switch (random.nextInt(3)) {
              case 0 -> 0x20 + random.nextInt(0x5f);
              case 1 -> random.nextInt(0x10000);
              default -> random.nextInt(Character.MAX_CODE_POINT + 1);
            };
      } while (codePoint >= Character.MIN_SURROGATE && codePoint <= Character.MAX_SURROGATE);
      text.appendCodePoint(codePoint);
    }
    return text.toString();
  }

  private BigDecimal decimal() {
    String[] edges = {
      "1.50", "1E+3", "0.000", "0", "-0.01", "1E-30", "123456789012345678901234567890.123456789"
    };
    if (oneIn(3)) {
      return new BigDecimal(edges[random.nextInt(edges.length)]);
    }
    BigInteger unscaled =
        new BigInteger(random.nextInt(100) + 1, random).multiply(BigInteger.valueOf(sign()));
    return new BigDecimal(unscaled, random.nextInt(41) - 20);
  }

  private Instant instant() {
    if (oneIn(6)) {
      return random.nextBoolean()
          ? Instant.ofEpochSecond(MIN_SECOND)
          : Instant.ofEpochSecond(MAX_SECOND, 999_999_999);
    }
    return Instant.ofEpochSecond(second(), nanos());
  }

  private long second() {
    return MIN_SECOND + Math.floorMod(random.nextLong(), MAX_SECOND - MIN_SECOND);
  }

  private int nanos() {
    return switch (random.nextInt(3)) {
      case 0 -> 0;
      case 1 -> random.nextInt(1000) * 1_000_000;
      default -> random.nextInt(1_000_000_000);
    };
  }

  private long pick(long randomValue, long... edges) {
    return oneIn(3) ? edges[random.nextInt(edges.length)] : randomValue;
  }

  private int sign() {
    return random.nextBoolean() ? 1 : -1;
  }

  private boolean oneIn(int n) {
    return random.nextInt(n) == 0;
  }

  private static Class<?> unbox(Class<?> box) {
    if (box == Boolean.class) {
      return boolean.class;
    } else if (box == Byte.class) {
      return byte.class;
    } else if (box == Short.class) {
      return short.class;
    } else if (box == Integer.class) {
      return int.class;
    } else if (box == Long.class) {
      return long.class;
    } else if (box == Float.class) {
      return float.class;
    }
    return double.class;
  }
}
