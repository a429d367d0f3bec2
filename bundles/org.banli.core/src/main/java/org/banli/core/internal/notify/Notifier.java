package org.banli.core.internal.notify;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.banli.api.item.CoUnit;
import org.banli.api.item.Dossier;
import org.banli.api.item.Item;
import org.banli.api.item.ItemRecord;
import org.banli.api.item.ItemStatus;
import org.banli.api.item.Rating;
import org.banli.api.item.SupervisionNotice;
import org.banli.api.item.UnitRequest;
import org.banli.api.notify.NewMessage;
import org.banli.store.spi.ItemChange;

/**
 * Who is told what about a step (issue 4): the units on assignment, decisions, review results,
 * ratings and supervision notices; the submitter on assignment, extension, reply and
 * disclosure (a rehandling they cause by their own rating is in its answer); supervisors on
 * flagged ratings. Nobody is told of their own step. The messages go into the step's own
 * transaction.
 */
public final class Notifier {

    /** The channel every message goes to; it is each user's inbox. */
    static final String INBOX = "inbox";

    /** Who belongs where. */
    interface Recipients {
        /** Handlers and heads of a unit. */
        List<String> staff(String unitCode);

        List<String> supervisors();

        /** The channels a person chose besides the inbox. */
        java.util.Set<String> channels(String username);
    }

    private final Recipients recipients;

    public Notifier(Recipients recipients) {
        this.recipients = recipients;
    }

    /** The changes with their messages; {@code before} is the dossier the step was decided on. */
    public List<ItemChange> plan(Dossier before, List<ItemChange> changes) {
        List<ItemChange> planned = new ArrayList<>();
        for (ItemChange change : changes) {
            // Items joining a merge are not in the lead's file yet: merging tells nobody.
            Item item = change.itemId() == before.item().id()
                    ? before.item()
                    : before.mergedItems().stream()
                            .filter(m -> m.id() == change.itemId())
                            .findFirst()
                            .orElse(null);
            planned.add(item == null ? change : change.withMessages(messages(item, change)));
        }
        return planned;
    }

    private List<NewMessage> messages(Item item, ItemChange change) {
        Outgoing out = new Outgoing(item, change, recipients);
        String host = change.progress().hostUnit();
        // A switch expression without default: a new action does not compile until it says whom it tells.
        Runnable telling = switch (change.action()) {
            case ASSIGN, DECIDE_RETURN ->
                () -> {
                    if (host != null && !host.equals(item.hostUnit())) {
                        Map<String, String> values = Map.of(
                                "deadline", String.valueOf(change.progress().deadline()), "unit", host);
                        out.to(recipients.staff(host), "item.assigned", "item.assigned.unit", values);
                        out.to(List.of(item.submitter()), "item.assigned", "item.assigned.submitter", values);
                    }
                    for (ItemRecord record : change.records()) {
                        if (record instanceof CoUnit co && co.id() == null) {
                            out.to(recipients.staff(co.unitCode()), "item.co-assigned", "item.co-assigned", Map.of());
                        } else if (record instanceof UnitRequest request && Boolean.FALSE.equals(request.approved())) {
                            out.to(
                                    recipients.staff(request.unitCode()),
                                    "item.return-refused",
                                    "item.return-refused",
                                    Map.of("reason", String.valueOf(request.decisionReason())));
                        }
                    }
                };
            case DECIDE_EXTENSION ->
                () -> change.records().stream()
                        .filter(UnitRequest.class::isInstance)
                        .map(UnitRequest.class::cast)
                        .findFirst()
                        .ifPresent(request -> {
                            if (Boolean.TRUE.equals(request.approved())) {
                                Map<String, String> values = Map.of("until", String.valueOf(request.grantedDate()));
                                out.to(
                                        recipients.staff(request.unitCode()),
                                        "item.extension-decided",
                                        "item.extension-granted.unit",
                                        values);
                                out.to(
                                        List.of(item.submitter()),
                                        "item.extension-decided",
                                        "item.extension-granted.submitter",
                                        values);
                            } else {
                                out.to(
                                        recipients.staff(request.unitCode()),
                                        "item.extension-decided",
                                        "item.extension-refused",
                                        Map.of("reason", String.valueOf(request.decisionReason())));
                            }
                        });
            case REVIEW_REPLY ->
                () -> {
                    if (change.toStatus() == ItemStatus.REPLIED) {
                        out.to(recipients.staff(host), "item.reply-accepted", "item.reply-accepted", Map.of());
                        out.to(List.of(item.submitter()), "item.replied", "item.replied", Map.of());
                    } else {
                        out.to(
                                recipients.staff(host),
                                "item.reply-returned",
                                "item.reply-returned",
                                Map.of("reason", String.valueOf(change.reason())));
                    }
                };
            case RATE ->
                () -> {
                    out.to(
                            recipients.staff(host),
                            "item.rated",
                            "item.rated",
                            Map.of("rating", String.valueOf(change.reason())));
                    change.records().stream()
                            .filter(Rating.class::isInstance)
                            .map(Rating.class::cast)
                            .filter(r -> r.flag() != null)
                            .findFirst()
                            .ifPresent(r -> out.to(
                                    recipients.supervisors(),
                                    "item.rating-flagged",
                                    "item.rating-flagged",
                                    Map.of("flag", r.flag())));
                };
            case ISSUE_NOTICE ->
                () -> change.records().stream()
                        .filter(SupervisionNotice.class::isInstance)
                        .map(SupervisionNotice.class::cast)
                        .findFirst()
                        .ifPresent(n -> out.to(
                                recipients.staff(n.unitCode()),
                                "item.supervised",
                                "item.supervised",
                                Map.of("text", n.text(), "due", String.valueOf(n.dueDate()))));
            case SET_DISCLOSURE ->
                () -> {
                    if (change.designation() != null
                            && change.designation().publicReply()
                            && item.progress().repliedAt() != null) {
                        out.to(List.of(item.submitter()), "item.disclosed", "item.disclosed", Map.of());
                    }
                };
            case REGISTER,
                    MERGE,
                    REQUEST_RETURN,
                    ACCEPT,
                    RECORD_CONTACT,
                    CONFIRM_CONTACT,
                    CO_UNIT_OPINION,
                    REQUEST_EXTENSION,
                    DRAFT_REPLY,
                    COUNTERSIGN,
                    APPROVE_REPLY,
                    SEND_BACK_REPLY,
                    SUBMIT_REPLY,
                    RECORD_CONSULTATION,
                    UPDATE_COMMITMENT,
                    RESPOND_NOTICE,
                    COMMENT,
                    DESIGNATE_KEY_ITEM,
                    CLOSE ->
                () -> {
                    // The other steps concern only those who take them.
                };
        };
        telling.run();
        return out.messages;
    }

    /** A message of one template to each of these people, on the inbox and each channel they chose. */
    static List<NewMessage> compose(
            Item item, String event, MessageTemplates.Text text, String username, Set<String> chosen) {
        Map<String, String> data = Map.of("itemId", Long.toString(item.id()), "label", item.label());
        Set<String> channels = new java.util.TreeSet<>(chosen);
        channels.add(INBOX);
        return channels.stream()
                .map(channel -> new NewMessage(channel, username, event, text.subject(), text.body(), data))
                .toList();
    }

    /** The values every template may use. */
    static Map<String, String> values(Item item, Map<String, String> specific) {
        Map<String, String> values = new java.util.HashMap<>(specific);
        values.put("label", item.label());
        values.put("title", item.title());
        values.put("kind", item.kind().chinese());
        values.putIfAbsent("deadline", String.valueOf(item.deadline()));
        return values;
    }

    /** Messages of one step, one per recipient and event, the actor excluded. */
    private static final class Outgoing {
        private final Item item;
        private final ItemChange change;
        private final Recipients recipients;
        private final List<NewMessage> messages = new ArrayList<>();
        private final Set<String> told = new LinkedHashSet<>();

        Outgoing(Item item, ItemChange change, Recipients recipients) {
            this.item = item;
            this.change = change;
            this.recipients = recipients;
        }

        void to(List<String> usernames, String event, String template, Map<String, String> specific) {
            MessageTemplates.Text text = MessageTemplates.render(template, values(item, specific));
            for (String username : usernames) {
                if (!username.equals(change.actor()) && told.add(username + " " + event)) {
                    messages.addAll(compose(item, event, text, username, recipients.channels(username)));
                }
            }
        }
    }
}
