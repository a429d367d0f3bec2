package org.banli.api;

import java.util.List;

/**
 * One page of a longer list.
 *
 * @param items the entries of this page
 * @param page  zero-based page number
 * @param size  requested page size
 * @param total number of entries over all pages, or {@value #NOT_COUNTED} when they were not counted
 * @param more  whether a later page has entries
 */
public record Page<T>(List<T> items, int page, int size, long total, boolean more) {

    public static final long NOT_COUNTED = -1;

    public Page {
        items = List.copyOf(items);
    }

    /** A page with the total over all pages. */
    public Page(List<T> items, int page, int size, long total) {
        this(items, page, size, total, (long) (page + 1) * size < total);
    }

    /** A page whose total was not counted. */
    public static <T> Page<T> uncounted(List<T> items, int page, int size, boolean more) {
        return new Page<>(items, page, size, NOT_COUNTED, more);
    }

    public boolean counted() {
        return total != NOT_COUNTED;
    }
}
