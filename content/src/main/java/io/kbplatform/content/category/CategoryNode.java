package io.kbplatform.content.category;

import java.util.List;

/** A category with its children, in order: one branch of a space's tree. */
public record CategoryNode(Category category, List<CategoryNode> children) {}
