package org.banli.api.item;

/**
 * Something kept in an item's file besides the item itself. {@code id} is {@code null} for a
 * record a transition creates; a record with an id replaces the stored one.
 */
public sealed interface ItemRecord permits CoUnit, Contact, UnitRequest, Reply, Rating, SupervisionNotice, Comment {

    Long id();
}
