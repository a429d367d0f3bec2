package org.banli.api.user;

import java.time.Duration;
import org.banli.api.BanliException;
import org.banli.api.Text;

/** A login refused unchecked because its client failed too often: it may try again after {@link #retryAfter()}. */
public class LoginDelayedException extends BanliException {

    private static final long serialVersionUID = 1L;

    private final Duration retryAfter;

    public LoginDelayedException(Duration retryAfter) {
        super(Problem.TOO_MANY_REQUESTS, Text.of(Text.Code.TOO_MANY_FAILED_LOGINS, "seconds", seconds(retryAfter)));
        this.retryAfter = retryAfter;
    }

    /** How long the client must wait, at least one second. */
    public Duration retryAfter() {
        return retryAfter;
    }

    /** Whole seconds, rounded up, as {@code Retry-After} wants them. */
    public long retryAfterSeconds() {
        return seconds(retryAfter);
    }

    private static long seconds(Duration wait) {
        return Math.max(1, (wait.toMillis() + 999) / 1000);
    }
}
