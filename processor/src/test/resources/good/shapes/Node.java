package com.acme.shapes;

import java.util.List;

public record Node(String name, List<Node> children) {}
