package org.banli.rest.internal;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import javax.ws.rs.ServiceUnavailableException;
import org.banli.api.user.LoginSession;
import org.banli.api.user.LoginSessions;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The web desk's logins: a random session id in an HttpOnly, SameSite=Strict cookie, which
 * no script can read, and a second random token the page sends in {@value #CSRF_HEADER} with
 * every state-changing request, which a page from elsewhere cannot know. Sessions end after
 * {@code idleMinutes} without a request, after {@code maximumHours} in any case, at logout,
 * and when the password changes. They are kept in the database ({@link LoginSessions}), so that
 * every node of an installation serves every login and a restart logs nobody out.
 */
@Component(service = WebSessions.class, configurationPid = WebSessions.PID)
@Designate(ocd = WebSessions.Settings.class)
public class WebSessions {

    static final String PID = "org.banli.rest.sessions";
    static final String COOKIE = "banli_session";
    static final String CSRF_HEADER = "X-Banli-CSRF";
    private static final Logger LOG = LoggerFactory.getLogger(WebSessions.class);

    @ObjectClassDefinition(name = "Banli web sessions", description = "网页登录会话 (web desk logins)")
    public @interface Settings {
        @AttributeDefinition(description = "无操作多少分钟后须重新登录 (minutes without a request before logging in again)")
        int idleMinutes() default 30;

        @AttributeDefinition(description = "一次登录最长有效小时数 (hours a login lasts at most)")
        int maximumHours() default 12;

        @AttributeDefinition(
                description = "每个账号同时有效的登录数上限，超出时最久未用的退出 (logins one account may"
                        + " hold at once; a new one ends the least recently used)")
        int maximumPerAccount() default 10;
    }

    /** Optional, as the core is: while it is down the API answers 503, and comes back with it. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile LoginSessions logins;

    private volatile LoginSessions.Limits limits;

    @Activate
    public WebSessions(Settings settings) {
        modified(settings);
    }

    @Modified
    void modified(Settings settings) {
        limits = limits(
                Duration.ofMinutes(settings.idleMinutes()),
                Duration.ofHours(settings.maximumHours()),
                settings.maximumPerAccount());
    }

    static LoginSessions.Limits limits(Duration idle, Duration maximum, int perAccount) {
        if (idle.isNegative() || idle.isZero() || maximum.compareTo(idle) < 0) {
            LOG.error(
                    "会话设置无效，沿用 30 分钟/12 小时 (invalid session settings idle {} maximum {}; using 30 minutes and"
                            + " 12 hours)",
                    idle,
                    maximum);
            idle = Duration.ofMinutes(30);
            maximum = Duration.ofHours(12);
        }
        return new LoginSessions.Limits(idle, maximum, Math.max(1, perAccount));
    }

    Duration idle() {
        return limits.idle();
    }

    /** Starts a login for this account. */
    LoginSession open(String username) {
        return logins().open(username, limits);
    }

    /** The live session with this id, its idle time restarted; empty when unknown or expired. */
    Optional<LoginSession> find(String id) {
        return logins().find(id, limits);
    }

    void close(String id) {
        logins().close(id);
    }

    /** Ends every login of the account but {@code keep} (may be null), e.g. after a password change. */
    void closeAll(String username, String keep) {
        logins().closeAll(username, keep);
    }

    private LoginSessions logins() {
        LoginSessions kept = logins;
        if (kept == null) {
            throw new ServiceUnavailableException("登录服务未运行 (the login service is not running)", 5L);
        }
        return kept;
    }

    /** The Set-Cookie value that carries the session, or that clears it when {@code id} is null. */
    static String cookie(String id, boolean secure) {
        return COOKIE + "=" + Objects.requireNonNullElse(id, "") + "; Path=/; HttpOnly; SameSite=Strict"
                + (id == null ? "; Max-Age=0" : "") + (secure ? "; Secure" : "");
    }
}
