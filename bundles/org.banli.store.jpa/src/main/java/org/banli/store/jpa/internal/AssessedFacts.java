package org.banli.store.jpa.internal;

import java.util.List;
import java.util.Optional;
import javax.persistence.Column;
import javax.persistence.Embeddable;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import org.banli.api.item.Contact;
import org.banli.api.item.Dossier;
import org.banli.api.item.Rating;
import org.banli.api.item.Reply;
import org.banli.api.item.ReplyClass;
import org.banli.api.item.Satisfaction;

/**
 * What the assessment counts of one item (DESIGN.md §4), derived from its file whenever a step writes
 * it, so that a year's figures are sums over the item table rather than joins over every record.
 * Flags are 0 or 1 so that the database adds them up. Every column is null for an item stored before
 * the facts were kept, until {@link JpaMetricsStore} derives them.
 */
@Embeddable
public class AssessedFacts {

    /** The office accepted a reply (办复). */
    @Column(name = "FACT_REPLIED")
    int replied;

    /** The round-1 accepted reply came by the deadline then in force. */
    @Column(name = "FACT_ON_TIME")
    int onTime;

    /** A face-to-face contact on or before the round-1 accepted reply, or at all while there is none. */
    @Column(name = "FACT_MET")
    int met;

    /** The office decided a reply, and accepted every reply it decided at its first submission. */
    @Column(name = "FACT_FIRST_TIME")
    int acceptedFirstTime;

    /** Replies the office decided (规范化 counts replies, not items). */
    @Column(name = "FACT_REPLIES_DECIDED")
    int repliesDecided;

    /** Of those, the ones accepted at their first submission. */
    @Column(name = "FACT_REPLIES_FIRST_TIME")
    int repliesAcceptedFirstTime;

    /** The class of the latest accepted reply. */
    @Enumerated(EnumType.STRING)
    @Column(name = "FACT_REPLY_CLASS", length = 2)
    ReplyClass replyClass;

    /** The latest accepted reply is of class A (办结效果). */
    @Column(name = "FACT_CLASS_A")
    int classA;

    /** The latest rating. */
    @Enumerated(EnumType.STRING)
    @Column(name = "FACT_SATISFACTION", length = 30)
    Satisfaction satisfaction;

    @Column(name = "FACT_RATED")
    int rated;

    /** The latest rating is satisfied or basically satisfied. */
    @Column(name = "FACT_SATISFIED")
    int satisfied;

    /** The first rating was. */
    @Column(name = "FACT_FIRST_SATISFIED")
    int firstSatisfied;

    /** The facts of an item's whole file, each decided as the metric of the same name decides it. */
    static AssessedFacts of(Dossier file) {
        AssessedFacts facts = new AssessedFacts();
        List<Reply> accepted = file.replies().stream()
                .filter(r -> r.state() == Reply.State.ACCEPTED)
                .toList();
        List<Reply> firstRound = accepted.stream()
                .filter(r -> r.round() == 1 && r.acceptedOn() != null)
                .toList();
        List<Contact> faceToFace =
                file.contacts().stream().filter(c -> c.method().faceToFace()).toList();
        facts.replied = flag(!accepted.isEmpty());
        facts.onTime = flag(firstRound.stream()
                .anyMatch(r -> r.deadlineInForce() != null && !r.acceptedOn().isAfter(r.deadlineInForce())));
        facts.met = flag(
                firstRound.isEmpty()
                        ? !faceToFace.isEmpty()
                        : faceToFace.stream()
                                .anyMatch(c -> c.date() != null
                                        && firstRound.stream()
                                                .anyMatch(r -> !c.date().isAfter(r.acceptedOn()))));
        List<Reply> decided =
                file.replies().stream().filter(r -> r.reviewedAt() != null).toList();
        facts.repliesDecided = decided.size();
        facts.repliesAcceptedFirstTime =
                (int) accepted.stream().filter(r -> r.submissions() == 1).count();
        facts.acceptedFirstTime = flag(!decided.isEmpty()
                && decided.stream().allMatch(r -> r.state() == Reply.State.ACCEPTED && r.submissions() == 1));
        facts.replyClass =
                accepted.isEmpty() ? null : accepted.get(accepted.size() - 1).replyClass();
        facts.classA = flag(facts.replyClass == ReplyClass.A);
        List<Rating> ratings = file.ratings();
        facts.rated = flag(!ratings.isEmpty());
        facts.satisfaction =
                ratings.isEmpty() ? null : ratings.get(ratings.size() - 1).satisfaction();
        facts.satisfied = flag(satisfied(Optional.ofNullable(facts.satisfaction)));
        facts.firstSatisfied = flag(satisfied(ratings.stream().findFirst().map(Rating::satisfaction)));
        return facts;
    }

    private static boolean satisfied(Optional<Satisfaction> satisfaction) {
        return satisfaction
                .filter(s -> s == Satisfaction.SATISFIED || s == Satisfaction.BASICALLY_SATISFIED)
                .isPresent();
    }

    private static int flag(boolean fact) {
        return fact ? 1 : 0;
    }
}
