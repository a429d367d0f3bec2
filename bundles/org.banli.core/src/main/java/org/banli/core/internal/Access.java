package org.banli.core.internal;

import org.banli.api.Actor;
import org.banli.api.BanliException;
import org.banli.api.item.Item;
import org.banli.api.user.Role;

/**
 * Who may do what (DESIGN.md §1): roles for actions, and for items whole-county readers, the
 * host unit and the submitter.
 */
final class Access {

    private Access() {
    }

    static boolean readsEverything(Actor actor) {
        return actor.hasAny(Role.OFFICE, Role.SUPERVISOR, Role.LEADER);
    }

    static boolean canSee(Actor actor, Item item) {
        return readsEverything(actor) || actsForHostUnit(actor, item)
                || (actor.has(Role.SUBMITTER) && actor.username().equals(item.submitter()));
    }

    static boolean actsForHostUnit(Actor actor, Item item) {
        return actor.hasAny(Role.HANDLER, Role.UNIT_HEAD) && item.hostUnit() != null
                && item.hostUnit().equals(actor.unitCode());
    }

    /** Refuses with "not found" so that an item's existence does not leak to those who may not see it. */
    static Item visible(Actor actor, Item item) {
        if (!canSee(actor, item)) {
            throw BanliException.itemNotFound(item.id());
        }
        return item;
    }

    static void requireRole(Actor actor, Role role, String whatChinese, String whatEnglish) {
        if (!actor.has(role)) {
            throw BanliException.forbidden("无权" + whatChinese + " (not allowed to " + whatEnglish + ")");
        }
    }
}
