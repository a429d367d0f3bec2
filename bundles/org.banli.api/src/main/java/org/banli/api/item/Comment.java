package org.banli.api.item;

import java.time.Instant;

/** A leading official's comment (批示) on a key item. */
public record Comment(Long id, String author, String text, Instant at) implements ItemRecord {}
