package org.banli.core.internal;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.banli.api.Actor;
import org.banli.api.BanliException;
import org.banli.api.Text;
import org.banli.api.item.Dossier;
import org.banli.api.item.Item;
import org.banli.api.item.ItemAction;
import org.banli.api.item.ItemEvent;
import org.banli.api.item.ItemKind;
import org.banli.api.item.ItemStatus;
import org.banli.api.item.Reply;
import org.banli.api.user.Role;

/**
 * Who may see and do what (DESIGN.md §1): roles for actions; for items whole-county readers,
 * liaison committees for their kind, the host unit and co-units, and the submitter.
 */
public final class Access {

    private Access() {}

    public static boolean readsEverything(Actor actor) {
        // Administrators read too: they support the people who work on items, from the console as well.
        return actor.hasAny(Role.OFFICE, Role.SUPERVISOR, Role.LEADER, Role.ADMIN);
    }

    /** The kind a liaison committee reads, or {@code null} when the actor is no liaison. */
    public static ItemKind liaisonKind(Actor actor) {
        if (actor.has(Role.NPC_LIAISON)) {
            return actor.has(Role.CPPCC_LIAISON) ? null : ItemKind.SUGGESTION;
        }
        return actor.has(Role.CPPCC_LIAISON) ? ItemKind.PROPOSAL : null;
    }

    static boolean readsKind(Actor actor, ItemKind kind) {
        return readsEverything(actor)
                || (actor.has(Role.NPC_LIAISON) && kind == ItemKind.SUGGESTION)
                || (actor.has(Role.CPPCC_LIAISON) && kind == ItemKind.PROPOSAL);
    }

    /**
     * Whether the actor reads an item known from its summary alone, without its file: as a reader of its
     * kind, its host unit or its submitter (co-units, who are in the file, are left out).
     */
    public static boolean readsSummary(Actor actor, Item item) {
        return readsKind(actor, item.kind()) || actsForHostUnit(actor, item) || isSubmitter(actor, item);
    }

    public static boolean inUnit(Actor actor) {
        return actor.hasAny(Role.HANDLER, Role.UNIT_HEAD) && actor.unitCode() != null;
    }

    public static boolean actsForHostUnit(Actor actor, Item item) {
        return inUnit(actor) && actor.unitCode().equals(item.hostUnit());
    }

    public static boolean actsForCoUnit(Actor actor, Dossier dossier) {
        return inUnit(actor) && dossier.activeCoUnit(actor.unitCode()).isPresent();
    }

    public static boolean isSubmitter(Actor actor, Item item) {
        return actor.has(Role.SUBMITTER) && actor.username().equals(item.submitter());
    }

    static boolean canSee(Actor actor, Dossier dossier) {
        Item item = dossier.item();
        return readsKind(actor, item.kind())
                || actsForHostUnit(actor, item)
                || actsForCoUnit(actor, dossier)
                || isSubmitter(actor, item);
    }

    /**
     * Refuses with "not found" so that an item's existence does not leak to those who may not see it;
     * answers what of the file the actor reads (see {@link #asSubmitter}).
     */
    public static Dossier visible(Actor actor, Dossier dossier) {
        if (!canSee(actor, dossier)) {
            throw BanliException.itemNotFound(dossier.item().id());
        }
        return onlyAsSubmitter(actor, dossier) ? asSubmitter(dossier) : dossier;
    }

    /** Whether the actor sees the item as its submitter and in no other way. */
    public static boolean onlyAsSubmitter(Actor actor, Dossier dossier) {
        Item item = dossier.item();
        return isSubmitter(actor, item)
                && !readsKind(actor, item.kind())
                && !actsForHostUnit(actor, item)
                && !actsForCoUnit(actor, dossier);
    }

    /**
     * The one rule of what a submitter reads: the item and its progress, the contacts with them, the
     * replies the office accepted and the ratings; nothing of the handling inside the government
     * (drafts, co-units' records, return and extension requests, supervision, leaders' comments).
     */
    static Dossier asSubmitter(Dossier d) {
        return new Dossier(
                d.item(),
                List.of(),
                d.contacts(),
                List.of(),
                d.replies().stream()
                        .filter(r -> r.state() == Reply.State.ACCEPTED)
                        .toList(),
                d.ratings(),
                List.of(),
                List.of(),
                d.mergedItems());
    }

    /** The steps of an item's history a submitter reads, by the same rule. */
    public static boolean submitterReads(ItemEvent event) {
        return SUBMITTER_STEPS.contains(event.action())
                || event.action() == ItemAction.REVIEW_REPLY && event.toStatus() == ItemStatus.REPLIED;
    }

    private static final Set<ItemAction> SUBMITTER_STEPS = EnumSet.of(
            ItemAction.REGISTER,
            ItemAction.MERGE,
            ItemAction.ASSIGN,
            ItemAction.ACCEPT,
            ItemAction.RECORD_CONTACT,
            ItemAction.CONFIRM_CONTACT,
            ItemAction.RATE,
            ItemAction.RECORD_CONSULTATION,
            ItemAction.UPDATE_COMMITMENT,
            ItemAction.CLOSE);

    public static void requireRole(Actor actor, Role role, Text.Label action) {
        requireAnyRole(actor, action, role);
    }

    public static void requireAnyRole(Actor actor, Text.Label action, Role... roles) {
        if (java.util.Arrays.stream(roles).noneMatch(actor::has)) {
            throw BanliException.forbidden(Text.of(Text.Code.NOT_ALLOWED, "action", action));
        }
    }
}
