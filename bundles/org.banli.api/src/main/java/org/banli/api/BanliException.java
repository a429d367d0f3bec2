package org.banli.api;

/**
 * A request Banli refuses, with a coded {@link Text} each reader gets in their language. A refused
 * request has changed nothing.
 */
public class BanliException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final Problem problem;
    private final transient Text text;

    // A refusal is an answer to the person, not a fault: it carries no stack trace and is worded when read, both of
    // which would cost more than the check that refused (the desk's possible steps are found by trying every step).

    /** For a refusal that says itself in other words, such as {@link RuleViolationException}'s violations. */
    protected BanliException(Problem problem, String message) {
        super(message, null, false, false);
        this.problem = problem;
        this.text = null;
    }

    /** A refusal with a coded text, which each reader gets in their language. */
    public BanliException(Problem problem, Text text) {
        super(null, null, false, false);
        this.problem = problem;
        this.text = text;
    }

    /** Worded only when someone reads it: most refusals are answered in the reader's language from {@link #text}. */
    @Override
    public String getMessage() {
        return text == null ? super.getMessage() : text.bilingual();
    }

    public Problem problem() {
        return problem;
    }

    /** The coded text, or {@code null} for a refusal that carries its texts elsewhere (its violations). */
    public Text text() {
        return text;
    }

    /** What kind of refusal this is; the REST layer turns it into a status code. */
    public enum Problem {
        /** The thing does not exist, or the caller may not know that it does. */
        NOT_FOUND,
        /** The caller is known but their role or unit does not allow this. */
        FORBIDDEN,
        /** The current state or version does not allow this. */
        CONFLICT,
        /** A value breaks a rule; see {@link RuleViolationException#violations()}. */
        RULE_VIOLATION,
        /** Too many attempts in too short a time; see {@link org.banli.api.user.LoginDelayedException}. */
        TOO_MANY_REQUESTS
    }

    public static BanliException notFound(Text text) {
        return new BanliException(Problem.NOT_FOUND, text);
    }

    /** The one wording of "no such item", wherever it is found missing. */
    public static BanliException itemNotFound(long id) {
        return notFound(Text.of(Text.Code.ITEM_NOT_FOUND, "id", id));
    }

    public static BanliException forbidden(Text text) {
        return new BanliException(Problem.FORBIDDEN, text);
    }

    public static BanliException conflict(Text text) {
        return new BanliException(Problem.CONFLICT, text);
    }
}
