package org.banli.api.item;

/** What happened to an item; one entry in its history per action. */
public enum ItemAction {
    REGISTER,
    ASSIGN,
    REPLY,
    RATE
}
