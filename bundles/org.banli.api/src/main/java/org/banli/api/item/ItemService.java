package org.banli.api.item;

import java.util.List;
import java.util.Set;
import org.banli.api.Actor;
import org.banli.api.Page;
import org.banli.api.RuleViolationException;

/**
 * The life of an item. Every method checks the actor's role and unit and the item's state;
 * a refused call throws {@link org.banli.api.BanliException} and changes nothing. Every
 * step is one transaction and one entry in the item's history.
 */
public interface ItemService {

    Item register(Actor actor, ItemDraft draft);

    /**
     * Registers a batch (the year's import) in one transaction, all or none: each draft checked as
     * {@link #register} checks it, each item with the number it brings or the next one. The office's, or
     * an administrator's bringing the office's batch in.
     */
    List<Item> registerAll(Actor actor, List<NumberedDraft> batch);

    /**
     * What the office's sheet said of an item beyond registration, if it came in a batch; for whoever may see the
     * item, whose file the actor was given ({@link #dossier}).
     */
    java.util.Optional<Intake> intake(Actor actor, Dossier dossier);

    /** What {@link #register} would refuse in this draft, by field; nothing is registered (office, administrators). */
    List<RuleViolationException.Violation> registrationCheck(Actor actor, ItemDraft draft);

    /** The item, if the actor may see it; otherwise "not found". */
    Item get(Actor actor, long id);

    /** The item with everything the actor may see of its file. */
    Dossier dossier(Actor actor, long id);

    /** The items the actor may see that match the query. */
    Page<Item> list(Actor actor, ItemQuery query);

    /**
     * Takes one step of the item's life.
     *
     * @param expectedVersion the item version the actor last saw, refused when stale; {@code null} not to check
     * @param from            the network address of the request, kept with ratings
     * @return the item's file after the step, as the actor may see it (what {@link #dossier} would answer)
     */
    Dossier perform(Actor actor, long id, Long expectedVersion, Step step, String from);

    /**
     * Assigns a batch at the assignment meeting (交办会) in one transaction, all or none: each assignment checked as
     * {@link #perform} checks it, every refusal of every item named at once. Only items not assigned yet.
     *
     * @return the items as they stand after it, in the order given
     */
    List<Item> assignAll(Actor actor, List<BatchAssignment> batch);

    List<ItemEvent> history(Actor actor, long id);

    /** Checks that no history entry of any item was changed, removed or inserted behind Banli (administrators). */
    HistoryAudit auditHistory(Actor actor);

    /** Deadlines and early warnings of an item (the dossier's records make the warnings). */
    Timing timing(Dossier dossier);

    /** Deadlines of an item in a list, without the warnings that need its records. */
    Timing timing(Item item);

    /**
     * The format checks (规范化) the current draft reply would fail at submission, so that the
     * editor can show them first; the signer is checked once the unit head has approved. Empty
     * when there is no draft.
     */
    List<RuleViolationException.Violation> replyCheck(Actor actor, long id);

    /**
     * The steps the actor may take on this item now, as the workflow judges who may act and when: what a form may
     * offer. A step listed here may still be refused for what it says (a missing field, a date out of range).
     */
    Set<Class<? extends Step>> possibleSteps(Actor actor, Dossier dossier);

    /** The county's rules that forms follow (reply classes, rating axes, reply length). */
    CountyRules countyRules();

    /** Replies of public items as anyone may read them, newest first. */
    Page<DisclosedReply> disclosed(Integer year, int page, int size);
}
