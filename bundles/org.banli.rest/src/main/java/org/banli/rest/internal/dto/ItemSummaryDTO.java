package org.banli.rest.internal.dto;

import java.time.LocalDate;

import org.banli.api.item.Item;
import org.banli.api.item.ItemKind;
import org.banli.api.item.ItemStatus;

/** An item in a list: everything but the body. */
public record ItemSummaryDTO(long id, long version, String label, ItemKind kind, int year, int number, String title,
        String submitter, String category, boolean keyItem, ItemStatus status, String hostUnit, LocalDate deadline) {

    public static ItemSummaryDTO of(Item item) {
        return new ItemSummaryDTO(item.id(), item.version(), ItemDTO.label(item), item.kind(), item.year(),
                item.number(), item.title(), item.submitter(), item.category(), item.keyItem(), item.status(),
                item.hostUnit(), item.deadline());
    }
}
