package org.banli.api;

import java.util.List;

/**
 * One page of a longer list.
 *
 * @param items the entries of this page
 * @param page  zero-based page number
 * @param size  requested page size
 * @param total number of entries over all pages
 */
public record Page<T>(List<T> items, int page, int size, long total) {

    public Page {
        items = List.copyOf(items);
    }
}
