package org.banli.api.notify;

/** Whom a message is for and how they can be reached; fields a channel does not need may be null. */
public record Recipient(String username, String displayName, String email, String phone) {}
