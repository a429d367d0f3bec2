package org.banli.core.internal;

import org.banli.api.Actor;
import org.banli.api.BanliException;
import org.banli.api.item.Dossier;
import org.banli.api.item.Item;
import org.banli.api.item.ItemKind;
import org.banli.api.user.Role;

/**
 * Who may see and do what (DESIGN.md §1): roles for actions; for items whole-county readers,
 * liaison committees for their kind, the host unit and co-units, and the submitter.
 */
final class Access {

    private Access() {
    }

    static boolean readsEverything(Actor actor) {
        // Administrators read too: they support the people who work on items, from the console as well.
        return actor.hasAny(Role.OFFICE, Role.SUPERVISOR, Role.LEADER, Role.ADMIN);
    }

    /** The kind a liaison committee reads, or {@code null} when the actor is no liaison. */
    static ItemKind liaisonKind(Actor actor) {
        if (actor.has(Role.NPC_LIAISON)) {
            return actor.has(Role.CPPCC_LIAISON) ? null : ItemKind.SUGGESTION;
        }
        return actor.has(Role.CPPCC_LIAISON) ? ItemKind.PROPOSAL : null;
    }

    static boolean readsKind(Actor actor, ItemKind kind) {
        return readsEverything(actor) || (actor.has(Role.NPC_LIAISON) && kind == ItemKind.SUGGESTION)
                || (actor.has(Role.CPPCC_LIAISON) && kind == ItemKind.PROPOSAL);
    }

    static boolean inUnit(Actor actor) {
        return actor.hasAny(Role.HANDLER, Role.UNIT_HEAD) && actor.unitCode() != null;
    }

    static boolean actsForHostUnit(Actor actor, Item item) {
        return inUnit(actor) && actor.unitCode().equals(item.hostUnit());
    }

    static boolean actsForCoUnit(Actor actor, Dossier dossier) {
        return inUnit(actor) && dossier.activeCoUnit(actor.unitCode()).isPresent();
    }

    static boolean isSubmitter(Actor actor, Item item) {
        return actor.has(Role.SUBMITTER) && actor.username().equals(item.submitter());
    }

    static boolean canSee(Actor actor, Dossier dossier) {
        Item item = dossier.item();
        return readsKind(actor, item.kind()) || actsForHostUnit(actor, item) || actsForCoUnit(actor, dossier)
                || isSubmitter(actor, item);
    }

    /** Refuses with "not found" so that an item's existence does not leak to those who may not see it. */
    static Dossier visible(Actor actor, Dossier dossier) {
        if (!canSee(actor, dossier)) {
            throw BanliException.itemNotFound(dossier.item().id());
        }
        return dossier;
    }

    static void requireRole(Actor actor, Role role, String whatChinese, String whatEnglish) {
        if (!actor.has(role)) {
            throw BanliException.forbidden("无权" + whatChinese + " (not allowed to " + whatEnglish + ")");
        }
    }
}
