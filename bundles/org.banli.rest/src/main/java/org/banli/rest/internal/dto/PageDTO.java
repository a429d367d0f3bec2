package org.banli.rest.internal.dto;

import java.util.List;
import java.util.function.Function;
import org.banli.api.Page;

/**
 * One page of a list, with what a client needs to fetch the next.
 *
 * @param total the entries over all pages; {@code null} when the client asked not to count them
 * @param more  whether a next page has entries
 */
public record PageDTO<T>(List<T> items, int page, int size, Long total, boolean more) {

    public static <S, T> PageDTO<T> of(Page<S> page, Function<S, T> mapper) {
        return new PageDTO<>(
                page.items().stream().map(mapper).toList(),
                page.page(),
                page.size(),
                page.counted() ? page.total() : null,
                page.more());
    }
}
