package example;

import java.time.LocalDate;
import java.util.Set;

public record Guest(String name, LocalDate birthday, Set<String> allergies, Guest companion) {}
