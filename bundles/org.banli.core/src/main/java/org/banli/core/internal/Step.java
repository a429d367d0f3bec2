package org.banli.core.internal;

import static org.banli.api.item.ItemStatus.ASSIGNED;
import static org.banli.api.item.ItemStatus.HANDLING;
import static org.banli.api.item.ItemStatus.REGISTERED;
import static org.banli.api.item.ItemStatus.REHANDLING;
import static org.banli.api.item.ItemStatus.REPLIED;

import java.util.EnumSet;
import java.util.Set;

import org.banli.api.BanliException;
import org.banli.api.item.Item;
import org.banli.api.item.ItemAction;
import org.banli.api.item.ItemStatus;

/** The steps of an item's life and the states each may start from (DESIGN.md §2). */
enum Step {
    ASSIGN(ItemAction.ASSIGN, "交办", EnumSet.of(REGISTERED, ASSIGNED)),
    REPLY(ItemAction.REPLY, "答复", EnumSet.of(ASSIGNED, HANDLING, REHANDLING)),
    RATE(ItemAction.RATE, "测评", EnumSet.of(REPLIED));

    final ItemAction action;
    private final String chinese;
    private final Set<ItemStatus> from;

    Step(ItemAction action, String chinese, Set<ItemStatus> from) {
        this.action = action;
        this.chinese = chinese;
        this.from = from;
    }

    /** Refuses with a conflict when the item's state does not allow this step. */
    void requireAllowedFrom(Item item) {
        if (!from.contains(item.status())) {
            throw BanliException.conflict("件 " + item.id() + " 当前状态为 " + item.status() + "，不能" + chinese + " (item "
                    + item.id() + " is " + item.status() + "; " + name().toLowerCase() + " needs one of " + from + ")");
        }
    }
}
