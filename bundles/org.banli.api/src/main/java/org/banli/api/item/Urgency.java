package org.banli.api.item;

/** Urgent items have a shorter deadline. */
public enum Urgency {
    NORMAL,
    URGENT
}
