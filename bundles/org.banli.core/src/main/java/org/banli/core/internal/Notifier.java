package org.banli.core.internal;

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
import org.banli.api.store.ItemChange;

/**
 * Who is told what about a step (issue 4): the units on assignment, decisions, review results,
 * ratings and supervision notices; the submitter on assignment, extension, reply and
 * disclosure (a rehandling they cause by their own rating is in its answer); supervisors on
 * flagged ratings. Nobody is told of their own step. The messages go into the step's own
 * transaction.
 */
final class Notifier {

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

    Notifier(Recipients recipients) {
        this.recipients = recipients;
    }

    /** The changes with their messages; {@code before} is the dossier the step was decided on. */
    List<ItemChange> plan(Dossier before, List<ItemChange> changes) {
        List<ItemChange> planned = new ArrayList<>();
        for (ItemChange change : changes) {
            // Items joining a merge are not in the lead's file yet: merging tells nobody.
            Item item = change.itemId() == before.item().id() ? before.item()
                    : before.mergedItems().stream().filter(m -> m.id() == change.itemId()).findFirst().orElse(null);
            planned.add(item == null ? change : change.withMessages(messages(item, change)));
        }
        return planned;
    }

    private List<NewMessage> messages(Item item, ItemChange change) {
        Outgoing out = new Outgoing(item, change, recipients);
        String host = change.progress().hostUnit();
        switch (change.action()) {
        case ASSIGN, DECIDE_RETURN -> {
            boolean reassigned = host != null && !host.equals(item.hostUnit());
            if (reassigned) {
                out.to(recipients.staff(host), "item.assigned", "交办", "您单位收到交办件，答复期限 " + change.progress().deadline()
                        + "。", "assigned to your unit; reply by " + change.progress().deadline());
                out.to(List.of(item.submitter()), "item.assigned", "交办", "您的" + item.kind().chinese() + "已交由 " + host
                        + " 主办。", "assigned to " + host);
            }
            for (ItemRecord record : change.records()) {
                if (record instanceof CoUnit co && co.id() == null) {
                    out.to(recipients.staff(co.unitCode()), "item.co-assigned", "协办", "您单位为协办单位，请签收并提交协办意见。",
                            "your unit co-handles it; accept and send your opinion");
                } else if (record instanceof UnitRequest request && Boolean.FALSE.equals(request.approved())) {
                    out.to(recipients.staff(request.unitCode()), "item.return-refused", "退回未同意",
                            "退回申请未获同意：" + request.decisionReason(), "return request refused");
                }
            }
        }
        case DECIDE_EXTENSION -> change.records().stream().filter(UnitRequest.class::isInstance)
                .map(UnitRequest.class::cast).findFirst().ifPresent(request -> {
                    boolean granted = Boolean.TRUE.equals(request.approved());
                    String what = granted ? "延期申请已同意，新的答复期限 " + request.grantedDate() + "。"
                            : "延期申请未获同意：" + request.decisionReason();
                    String english = granted ? "extension granted until " + request.grantedDate()
                            : "extension refused";
                    out.to(recipients.staff(request.unitCode()), "item.extension-decided", "延期审批", what, english);
                    if (granted) {
                        out.to(List.of(item.submitter()), "item.extension-decided", "延期", "您的" + item.kind().chinese()
                                + "答复期限延至 " + request.grantedDate() + "。", "reply now due " + request.grantedDate());
                    }
                });
        case REVIEW_REPLY -> {
            if (change.toStatus() == ItemStatus.REPLIED) {
                out.to(recipients.staff(host), "item.reply-accepted", "答复已通过", "答复已通过审核，已送达提出人。",
                        "the reply was accepted and sent to the submitter");
                out.to(List.of(item.submitter()), "item.replied", "答复", "您的" + item.kind().chinese()
                        + "已答复，请查阅答复并进行满意度测评。", "answered; please read the reply and rate it");
            } else {
                out.to(recipients.staff(host), "item.reply-returned", "答复退回", "答复被退回修改：" + change.reason(),
                        "the reply was returned: " + change.reason());
            }
        }
        case RATE -> {
            out.to(recipients.staff(host), "item.rated", "测评结果", "提出人已测评：" + change.reason() + "。",
                    "the submitter rated the reply");
            change.records().stream().filter(Rating.class::isInstance).map(Rating.class::cast)
                    .filter(r -> r.flag() != null).findFirst()
                    .ifPresent(r -> out.to(recipients.supervisors(), "item.rating-flagged", "可疑测评",
                            "测评需要核实：" + r.flag(), "a rating to check: " + r.flag()));
        }
        case ISSUE_NOTICE -> change.records().stream().filter(SupervisionNotice.class::isInstance)
                .map(SupervisionNotice.class::cast).findFirst()
                .ifPresent(n -> out.to(recipients.staff(n.unitCode()), "item.supervised", "督办", n.text() + "（请于 "
                        + n.dueDate() + " 前反馈）", "supervision notice; respond by " + n.dueDate()));
        case SET_DISCLOSURE -> {
            if (change.designation() != null && change.designation().publicReply()
                    && item.progress().repliedAt() != null) {
                out.to(List.of(item.submitter()), "item.disclosed", "公开", "您的" + item.kind().chinese() + "的答复已公开。",
                        "the reply is now public");
            }
        }
        default -> {
            // The other steps concern only those who take them.
        }
        }
        return out.messages;
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

        void to(List<String> usernames, String event, String subjectChinese, String chinese, String english) {
            for (String username : usernames) {
                if (username.equals(change.actor()) || !told.add(username + " " + event)) {
                    continue;
                }
                String subject = "【" + subjectChinese + "】" + item.label() + " " + item.title();
                String body = item.label() + "《" + item.title() + "》：" + chinese + "\n(" + item.label() + ": " + english
                        + ")";
                Map<String, String> data = Map.of("itemId", Long.toString(item.id()), "label", item.label(),
                        "status", change.toStatus().name());
                Set<String> channels = new java.util.TreeSet<>(recipients.channels(username));
                channels.add(INBOX);
                for (String channel : channels) {
                    messages.add(new NewMessage(channel, username, event, subject, body, data));
                }
            }
        }
    }
}
