package org.banli.api.item;

/**
 * The longest text each field of an item's file may hold, in characters. Validation refuses longer
 * text with a clear message and the store declares its columns with these same numbers, so that the
 * two cannot disagree.
 */
public final class TextLimits {

    /** Bodies, replies, contact and consultation summaries, opinions, notices, comments (stored as CLOBs). */
    public static final int TEXT = 20_000;
    /** Reasons, remarks and a submitter's comment. */
    public static final int REASON = 2000;
    /** What has been done about a commitment (落实情况). */
    public static final int PROGRESS = 4000;
    /** One commitment (承诺事项). */
    public static final int COMMITMENT = 1000;
    /** A person's name: a signer, a contact person, a leading official. */
    public static final int NAME = 100;

    public static final int PHONE = 30;
    /** Who took part in a contact or consultation; whom a reply is copied to. */
    public static final int NAMES = 500;

    public static final int TITLE = 200;
    public static final int CATEGORY = 50;

    private TextLimits() {}
}
