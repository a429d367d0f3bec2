package org.banli.api.item;

/** What a submitter supplies to rate a reply. */
public record RatingDraft(Long version, Satisfaction satisfaction, String comment) {
}
