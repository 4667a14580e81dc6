package io.tidings.it.model;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A payload with a field of every supported type, to prove that each one round-trips exactly.
 *
 * @param aBoolean a boolean
 * @param aByte a byte
 * @param aShort a short
 * @param anInt an int
 * @param aLong a long
 * @param aFloat a float
 * @param aDouble a double
 * @param aChar a char
 * @param boxedInt a boxed int, possibly null
 * @param boxedLong a boxed long, possibly null
 * @param boxedDouble a boxed double, possibly null
 * @param boxedBoolean a boxed boolean, possibly null
 * @param text a string
 * @param tier an enum
 * @param money a decimal whose scale matters
 * @param big a big integer
 * @param id a UUID
 * @param instant an instant
 * @param date a date
 * @param dateTime a local date-time
 * @param offsetDateTime a date-time with offset
 * @param duration a duration
 * @param bytes raw bytes
 * @param maybe an optional
 * @param list a list
 * @param set a set
 * @param map a map with string keys
 * @param nested a nested payload
 * @param addresses a list of nested payloads
 * @param byCity a map of nested payloads
 * @param customer a JavaBean
 * @param nestedLists a list of lists
 */
public record Everything(
    boolean aBoolean,
    byte aByte,
    short aShort,
    int anInt,
    long aLong,
    float aFloat,
    double aDouble,
    char aChar,
    Integer boxedInt,
    Long boxedLong,
    Double boxedDouble,
    Boolean boxedBoolean,
    String text,
    Tier tier,
    BigDecimal money,
    BigInteger big,
    UUID id,
    Instant instant,
    LocalDate date,
    LocalDateTime dateTime,
    OffsetDateTime offsetDateTime,
    Duration duration,
    byte[] bytes,
    Optional<String> maybe,
    List<Integer> list,
    Set<String> set,
    Map<String, Long> map,
    Address nested,
    List<Address> addresses,
    Map<String, Address> byCity,
    Customer customer,
    List<List<String>> nestedLists) {

  // byte[] compares by identity in a record's generated equals; compare it by content instead.
  @Override
  public boolean equals(Object other) {
    return other instanceof Everything that
        && aBoolean == that.aBoolean
        && aByte == that.aByte
        && aShort == that.aShort
        && anInt == that.anInt
        && aLong == that.aLong
        && Float.compare(aFloat, that.aFloat) == 0
        && Double.compare(aDouble, that.aDouble) == 0
        && aChar == that.aChar
        && Objects.equals(boxedInt, that.boxedInt)
        && Objects.equals(boxedLong, that.boxedLong)
        && Objects.equals(boxedDouble, that.boxedDouble)
        && Objects.equals(boxedBoolean, that.boxedBoolean)
        && Objects.equals(text, that.text)
        && tier == that.tier
        && Objects.equals(money, that.money)
        && Objects.equals(big, that.big)
        && Objects.equals(id, that.id)
        && Objects.equals(instant, that.instant)
        && Objects.equals(date, that.date)
        && Objects.equals(dateTime, that.dateTime)
        && Objects.equals(offsetDateTime, that.offsetDateTime)
        && Objects.equals(duration, that.duration)
        && Arrays.equals(bytes, that.bytes)
        && Objects.equals(maybe, that.maybe)
        && Objects.equals(list, that.list)
        && Objects.equals(set, that.set)
        && Objects.equals(map, that.map)
        && Objects.equals(nested, that.nested)
        && Objects.equals(addresses, that.addresses)
        && Objects.equals(byCity, that.byCity)
        && Objects.equals(customer, that.customer)
        && Objects.equals(nestedLists, that.nestedLists);
  }

  @Override
  public int hashCode() {
    return Objects.hash(text, id, anInt, aLong) * 31 + Arrays.hashCode(bytes);
  }

  @Override
  public String toString() {
    return "Everything[" + text + ", " + id + ", money " + money + ", bytes " + Arrays.toString(bytes) + ", ...]";
  }
}
