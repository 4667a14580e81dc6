package shop;

import java.util.List;

/** A recursive type. */
public record Tree(String label, List<Tree> children) {}
