package example;

public enum Color {
  RED,
  GREEN,
  BLUE
}
