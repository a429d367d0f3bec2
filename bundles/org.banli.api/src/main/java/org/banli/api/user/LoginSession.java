package org.banli.api.user;

import java.time.Instant;

/**
 * One web desk login: the id its cookie carries, the account, the token state-changing requests must
 * send back, and when it began and was last used.
 */
public record LoginSession(String id, String username, String csrfToken, Instant started, Instant lastSeen) {}
