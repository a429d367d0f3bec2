package org.banli.api.item;

/**
 * One item's assignment in a batch (交办会).
 *
 * @param itemId          the item
 * @param expectedVersion the version the office saw, refused when stale; {@code null} not to check
 * @param assignment      its host unit, co-units and the batch's latest reply date
 */
public record BatchAssignment(long itemId, Long expectedVersion, Step.Assign assignment) {}
