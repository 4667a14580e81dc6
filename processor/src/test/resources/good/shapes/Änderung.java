package com.acme.shapes;

public record Änderung(String wert) {}
