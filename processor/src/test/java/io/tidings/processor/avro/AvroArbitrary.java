package io.tidings.processor.avro;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;

/**
 * Random payload values that fit their Avro schema, built by reflection over the test payloads:
 * references are present unless the property is {@code Optional} or annotated {@code @Nullable},
 * instants and local date-times have microsecond precision within years 1 to 9999, decimals have
 * exactly the scale (and at most the precision) their {@code @Decimal} names (given by field name,
 * since {@code @Decimal} is not kept at run time). Biased towards edge values.
 */
final class AvroArbitrary {
  private static final long MIN_SECOND = LocalDate.of(1, 1, 1).toEpochDay() * 86_400L;
  private static final long MAX_SECOND = LocalDate.of(9999, 12, 31).toEpochDay() * 86_400L + 86_399;
  private static final int MAX_DEPTH = 3;

  private final Random random;
  private final Map<String, int[]> decimals;

  AvroArbitrary(long seed, Map<String, int[]> decimals) {
    this.random = new Random(seed);
    this.decimals = decimals;
  }

  Object of(Class<?> type) {
    return object(type, 0);
  }

  private Object object(Class<?> cls, int depth) {
    try {
      if (cls.isRecord()) {
        RecordComponent[] components = cls.getRecordComponents();
        Object[] args = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
          RecordComponent component = components[i];
          types[i] = component.getType();
          args[i] = property(component.getName(), component.getGenericType(), nullable(component.getAnnotations()), depth);
        }
        Constructor<?> constructor = cls.getDeclaredConstructor(types);
        constructor.setAccessible(true);
        return constructor.newInstance(args);
      }
      Object bean = cls.getDeclaredConstructor().newInstance();
      for (Method setter : cls.getMethods()) {
        if (setter.getName().startsWith("set") && setter.getParameterCount() == 1) {
          String name = Character.toLowerCase(setter.getName().charAt(3)) + setter.getName().substring(4);
          setter.invoke(bean, property(name, setter.getGenericParameterTypes()[0], false, depth));
        }
      }
      return bean;
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  private static boolean nullable(java.lang.annotation.Annotation[] annotations) {
    return Arrays.stream(annotations).anyMatch(a -> a.annotationType().getSimpleName().equals("Nullable"));
  }

  private Object property(String name, Type type, boolean nullable, int depth) {
    if (nullable && random.nextInt(3) == 0) {
      return null;
    }
    return value(name, type, depth);
  }

  private Object value(String name, Type type, int depth) {
    if (type instanceof ParameterizedType parameterized) {
      Class<?> raw = (Class<?>) parameterized.getRawType();
      Type[] arguments = parameterized.getActualTypeArguments();
      int size = depth >= MAX_DEPTH ? 0 : random.nextInt(4);
      if (raw == Optional.class) {
        return random.nextBoolean() ? Optional.empty() : Optional.of(value(name, arguments[0], depth + 1));
      }
      if (raw == Map.class) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < size; i++) {
          map.put(string(), value(name, arguments[1], depth + 1));
        }
        return map;
      }
      List<Object> items = new ArrayList<>();
      for (int i = 0; i < size; i++) {
        items.add(value(name, arguments[0], depth + 1));
      }
      return raw == java.util.Set.class ? new LinkedHashSet<>(items) : items;
    }
    Class<?> cls = (Class<?>) type;
    if (cls == boolean.class || cls == Boolean.class) {
      return random.nextBoolean();
    } else if (cls == byte.class || cls == Byte.class) {
      return (byte) random.nextInt();
    } else if (cls == short.class || cls == Short.class) {
      return (short) random.nextInt();
    } else if (cls == char.class || cls == Character.class) {
      return (char) random.nextInt(Character.MAX_VALUE + 1);
    } else if (cls == int.class || cls == Integer.class) {
      return pick(0, Integer.MIN_VALUE, Integer.MAX_VALUE, random.nextInt());
    } else if (cls == long.class || cls == Long.class) {
      return pick(0L, Long.MIN_VALUE, Long.MAX_VALUE, random.nextLong());
    } else if (cls == float.class || cls == Float.class) {
      return pick(0f, Float.NaN, Float.NEGATIVE_INFINITY, Float.MAX_VALUE, -Float.MIN_VALUE, random.nextFloat() * 1e6f);
    } else if (cls == double.class || cls == Double.class) {
      return pick(0d, Double.NaN, Double.POSITIVE_INFINITY, -Double.MAX_VALUE, random.nextGaussian() * 1e12);
    } else if (cls == String.class) {
      return string();
    } else if (cls == byte[].class) {
      byte[] bytes = new byte[random.nextInt(6)];
      random.nextBytes(bytes);
      return bytes;
    } else if (cls == UUID.class) {
      return new UUID(random.nextLong(), random.nextLong());
    } else if (cls == Instant.class) {
      return Instant.ofEpochSecond(second(), random.nextInt(1_000_000) * 1_000L);
    } else if (cls == LocalDateTime.class) {
      return LocalDateTime.ofEpochSecond(second(), random.nextInt(1_000_000) * 1_000, ZoneOffset.UTC);
    } else if (cls == LocalDate.class) {
      return LocalDate.ofEpochDay(Math.floorDiv(second(), 86_400L));
    } else if (cls == BigDecimal.class) {
      int[] decimal = decimals.get(name);
      BigInteger bound = BigInteger.TEN.pow(decimal[0]);
      BigInteger unscaled = new BigInteger(bound.bitLength() + 2, random).mod(bound);
      if (random.nextBoolean()) {
        unscaled = unscaled.negate();
      }
      return new BigDecimal(unscaled, decimal[1]);
    } else if (cls.isEnum()) {
      Object[] constants = cls.getEnumConstants();
      return constants[random.nextInt(constants.length)];
    }
    return object(cls, depth + 1);
  }

  private long second() {
    return switch (random.nextInt(5)) {
      case 0 -> MIN_SECOND;
      case 1 -> MAX_SECOND;
      default -> MIN_SECOND + (long) (random.nextDouble() * (MAX_SECOND - MIN_SECOND));
    };
  }

  private String string() {
    return switch (random.nextInt(4)) {
      case 0 -> "";
      case 1 -> "h\u00e9llo \ud83d\ude00 \u0000";
      default -> Long.toString(random.nextLong(), 36);
    };
  }

  @SafeVarargs
  private <T> T pick(T... values) {
    return values[random.nextInt(values.length)];
  }
}
