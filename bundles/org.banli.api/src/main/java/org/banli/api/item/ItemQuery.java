package org.banli.api.item;

/**
 * Filters for listing items; {@code null} means "any".
 *
 * @param page zero-based
 * @param size entries per page
 */
public record ItemQuery(ItemStatus status, String hostUnit, ItemKind kind, Integer year, String submitter, int page,
        int size) {

    public ItemQuery withHostUnit(String unit) {
        return new ItemQuery(status, unit, kind, year, submitter, page, size);
    }

    public ItemQuery withSubmitter(String username) {
        return new ItemQuery(status, hostUnit, kind, year, username, page, size);
    }
}
