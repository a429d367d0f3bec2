package org.banli.api.item;

/** The office's assignment (交办) of an item to its host unit. */
public record Assignment(Long version, String hostUnit, String reason) {
}
