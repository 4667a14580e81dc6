package io.tidings.it.model;

import java.util.List;
import java.util.Optional;

/**
 * A recursive payload: a tree.
 *
 * @param name the node's name
 * @param children its children
 * @param parentName the parent's name, if any
 */
public record Node(String name, List<Node> children, Optional<String> parentName) {}
