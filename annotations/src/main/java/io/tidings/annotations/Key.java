package io.tidings.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the parameter that carries a record's key. On a publish method it chooses the partition
 * (records with equal keys keep their order); on a consumer method it receives the decoded key.
 * Supported key types: {@code String}, {@code UUID}, {@code long}/{@code Long}, {@code int}/{@code
 * Integer} and {@code byte[]}; every publish method of a topic must use the same one.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.PARAMETER)
public @interface Key {}
