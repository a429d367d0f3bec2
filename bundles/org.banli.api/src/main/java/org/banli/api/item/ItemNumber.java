package org.banli.api.item;

import org.banli.api.Bilingual;

/** An item as a message names it: by its number, 2026年建议第12号 (suggestion 12 of 2026), never its id. */
public record ItemNumber(ItemKind kind, int year, int number) implements Bilingual {

    @Override
    public String chinese() {
        return Item.label(kind, year, number);
    }

    @Override
    public String english() {
        return (kind == ItemKind.SUGGESTION ? "suggestion " : "proposal ") + number + " of " + year;
    }
}
