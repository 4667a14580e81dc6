package example;

public record Address(String street, String city, int floor) {}
