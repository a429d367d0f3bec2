package org.banli.rest.internal.dto;

import java.time.LocalDate;

import org.banli.api.item.Item;
import org.banli.api.item.ItemKind;
import org.banli.api.item.ItemStatus;

/** An item in a list: everything but the body. */
public record ItemSummaryDTO(long id, long version, String label, ItemKind kind, int year, int number, String title,
        String submitter, String category, boolean keyItem, ItemStatus status, String hostUnit, LocalDate deadline) {

    public static ItemSummaryDTO of(Item item) {
        ItemDTO full = ItemDTO.of(item);
        return new ItemSummaryDTO(full.id(), full.version(), full.label(), full.kind(), full.year(), full.number(),
                full.title(), full.submitter(), full.category(), full.keyItem(), full.status(), full.hostUnit(),
                full.deadline());
    }
}
