package org.banli.api.item;

import java.util.List;

/**
 * What a check of every item's sealed history found (留痕核验): each entry is sealed with a hash over
 * its content and the seal of the item's entry before it, and each item keeps the seal of its latest
 * entry, so an entry changed, removed or inserted in the database directly shows where it happened.
 *
 * @param items    items checked
 * @param entries  history entries checked
 * @param unsealed entries written before this Banli sealed history (not checkable, not a break)
 * @param breaks   the first break of each item whose chain is broken; empty when all is intact
 */
public record HistoryAudit(long items, long entries, long unsealed, List<Break> breaks) {

    public HistoryAudit {
        breaks = List.copyOf(breaks);
    }

    /** No break anywhere (named as a bean property, so that JSON carries it). */
    public boolean isIntact() {
        return breaks.isEmpty();
    }

    /**
     * Where an item's chain breaks.
     *
     * @param position the entry's place in the item's history, from 1; for {@link Kind#LATEST_REMOVED} the
     *                 place after the last entry found
     * @param entry    that entry, {@code null} when entries are missing at the end
     */
    public record Break(long itemId, String item, int position, ItemEvent entry, Kind kind) {}

    public enum Kind {
        /** The entry does not follow from the one before it. */
        CHANGED("该条记录被改动，或其前一条被删除、插入 (this entry was changed, or the one before it removed or inserted)"),
        /** An entry written after sealing began has no seal. */
        SEAL_REMOVED("该条记录的封存值被删除 (this entry's seal was removed)"),
        /** The item's latest seal is not its last entry's. */
        LATEST_REMOVED("最后的记录被删除或件的封存值被改动 (the latest entries were removed, or the item's seal changed)");

        private final String description;

        Kind(String description) {
            this.description = description;
        }

        /** Chinese, then English. */
        public String description() {
            return description;
        }
    }
}
