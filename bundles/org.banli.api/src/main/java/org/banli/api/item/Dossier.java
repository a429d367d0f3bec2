package org.banli.api.item;

import java.util.List;
import java.util.Optional;

/**
 * An item with everything kept about it (案卷): what a transition decides on and what a
 * detailed view shows. Lists are oldest first.
 *
 * @param mergedItems the items merged into this one (并案), when it leads a merge
 */
public record Dossier(
        Item item,
        List<CoUnit> coUnits,
        List<Contact> contacts,
        List<UnitRequest> requests,
        List<Reply> replies,
        List<Rating> ratings,
        List<SupervisionNotice> notices,
        List<Comment> comments,
        List<Item> mergedItems) {

    public Dossier {
        coUnits = List.copyOf(coUnits);
        contacts = List.copyOf(contacts);
        requests = List.copyOf(requests);
        replies = List.copyOf(replies);
        ratings = List.copyOf(ratings);
        notices = List.copyOf(notices);
        comments = List.copyOf(comments);
        mergedItems = List.copyOf(mergedItems);
    }

    public static Dossier of(Item item) {
        return new Dossier(
                item, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    public List<CoUnit> activeCoUnits() {
        return coUnits.stream().filter(CoUnit::active).toList();
    }

    public Optional<CoUnit> activeCoUnit(String unitCode) {
        return coUnits.stream()
                .filter(c -> c.active() && c.unitCode().equals(unitCode))
                .findFirst();
    }

    /** The reply of the current handling round, if one was drafted. */
    public Optional<Reply> currentReply() {
        return replies.stream()
                .filter(r -> r.round() == item.progress().round())
                .reduce((first, second) -> second);
    }

    /** The latest reply the office accepted. */
    public Optional<Reply> latestAcceptedReply() {
        return replies.stream().filter(r -> r.state() == Reply.State.ACCEPTED).reduce((first, second) -> second);
    }

    public Optional<UnitRequest> pendingRequest(UnitRequest.Kind kind) {
        return requests.stream().filter(r -> r.kind() == kind && r.pending()).findFirst();
    }

    public Dossier withRatings(List<Rating> shown) {
        return new Dossier(item, coUnits, contacts, requests, replies, shown, notices, comments, mergedItems);
    }
}
