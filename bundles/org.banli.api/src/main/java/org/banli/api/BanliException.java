package org.banli.api;

/**
 * A request Banli refuses. Messages are written for the person who made the request:
 * Chinese first, English second. A refused request has changed nothing.
 */
public class BanliException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final Problem problem;

    public BanliException(Problem problem, String message) {
        super(message);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
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

    public static BanliException notFound(String message) {
        return new BanliException(Problem.NOT_FOUND, message);
    }

    /** The one wording of "no such item", wherever it is found missing. */
    public static BanliException itemNotFound(long id) {
        return notFound("件 " + id + " 不存在 (item " + id + " not found)");
    }

    public static BanliException forbidden(String message) {
        return new BanliException(Problem.FORBIDDEN, message);
    }

    public static BanliException conflict(String message) {
        return new BanliException(Problem.CONFLICT, message);
    }
}
