package io.tidings.it.model;

import java.util.List;

/**
 * A nested payload type.
 *
 * @param street the street
 * @param city the city
 * @param lines extra lines
 */
public record Address(String street, String city, List<String> lines) {}
