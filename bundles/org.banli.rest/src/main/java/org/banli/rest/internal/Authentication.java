package org.banli.rest.internal;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.Principal;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javax.annotation.Priority;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.DynamicFeature;
import javax.ws.rs.container.PreMatching;
import javax.ws.rs.container.ResourceInfo;
import javax.ws.rs.core.Cookie;
import javax.ws.rs.core.FeatureContext;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import org.banli.api.Actor;
import org.banli.api.Text;
import org.banli.api.user.LoginSession;
import org.banli.api.user.User;
import org.banli.api.user.UserService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Authentication for every resource method not marked {@link Public}: HTTP Basic, checked against
 * Banli's accounts (see {@link PasswordLogin}), for scripts and the console; the web desk's
 * session cookie (see {@link WebSessions}) for browsers. State-changing requests from another
 * origin are refused whatever they carry, and a session's must also carry its CSRF token.
 */
@Component(service = Authentication.class)
public class Authentication implements DynamicFeature {

    /** Paths that answer while the core is down, so that monitoring can tell what is wrong. */
    static final Set<String> ALWAYS_OPEN = Set.of(HealthResource.PATH, HealthResource.LIVE_PATH, OpenApiResource.PATH);
    /** Sent by the web desk: a 401 then carries no Basic challenge, which would pop up the browser's own dialog. */
    static final String CLIENT_HEADER = "X-Banli-Client";

    private final CredentialsFilter filter;
    private final CoreGate gate;

    @Activate
    public Authentication(@Reference PasswordLogin login, @Reference WebSessions sessions) {
        this.filter = new CredentialsFilter(login, sessions);
        this.gate = new CoreGate(login);
    }

    /** The filter that answers 503 for everything but {@link #ALWAYS_OPEN} while the core is down. */
    ContainerRequestFilter gate() {
        return gate;
    }

    /**
     * Without the core the resources that need it are gone: answer 503 ("try again") rather
     * than a misleading 404, before Jersey even looks for a resource. Also refuses
     * state-changing requests that a page of another origin sent.
     */
    @PreMatching
    @Priority(Priorities.AUTHENTICATION - 100)
    static final class CoreGate implements ContainerRequestFilter {
        private final PasswordLogin login;

        CoreGate(PasswordLogin login) {
            this.login = login;
        }

        @Override
        public void filter(ContainerRequestContext request) {
            String path = request.getUriInfo().getPath();
            if (!login.available() && !ALWAYS_OPEN.contains(path)) {
                request.abortWith(
                        Response.fromResponse(refusal(request, 503, "unavailable", Text.Code.CORE_NOT_RUNNING))
                                .header(HttpHeaders.RETRY_AFTER, "5")
                                .build());
            } else if (changesState(request.getMethod())
                    && crossOrigin(request.getHeaderString("Origin"), request.getHeaderString(HttpHeaders.HOST))) {
                request.abortWith(refusal(request, 403, "cross-origin", Text.Code.CROSS_ORIGIN));
            }
        }
    }

    /** A request refused before any resource sees it, in the words of its reader. */
    private static Response refusal(ContainerRequestContext request, int status, String kind, Text.Code code) {
        return Problems.response(
                status,
                kind,
                Text.of(code),
                Problems.reader(request.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE)),
                Problems.instance(request.getUriInfo().getPath()),
                List.of());
    }

    static boolean changesState(String method) {
        return !("GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method));
    }

    /**
     * Whether a browser said the request comes from a page of another origin than the one it is
     * sent to. (A reverse proxy in front of Banli must pass the Host header on unchanged.)
     */
    static boolean crossOrigin(String origin, String host) {
        if (origin == null) {
            return false;
        }
        try {
            URI from = new URI(origin);
            if (host == null || from.getHost() == null) {
                return true;
            }
            int defaultPort = "https".equalsIgnoreCase(from.getScheme()) ? 443 : 80;
            int port = from.getPort() < 0 ? defaultPort : from.getPort();
            String expected = host.contains(":") && !host.endsWith("]") ? host : host + ":" + defaultPort;
            return !(from.getHost() + ":" + port).equalsIgnoreCase(expected);
        } catch (URISyntaxException e) {
            return true;
        }
    }

    @Override
    public void configure(ResourceInfo resource, FeatureContext context) {
        boolean open = resource.getResourceMethod().isAnnotationPresent(Public.class)
                || resource.getResourceClass().isAnnotationPresent(Public.class);
        if (!open) {
            context.register(filter);
        }
    }

    /**
     * The authenticated account as a principal; resources read the actor from it.
     *
     * @param session the web session behind the request, {@code null} for Basic authentication
     */
    record ActorPrincipal(Actor actor, LoginSession session) implements Principal {
        @Override
        public String getName() {
            return actor.username();
        }
    }

    /** The actor behind a request that passed the filter. */
    static Actor actor(SecurityContext security) {
        return ((ActorPrincipal) security.getUserPrincipal()).actor();
    }

    /** The web session behind a request that passed the filter, if it came with one. */
    static Optional<LoginSession> session(SecurityContext security) {
        return Optional.ofNullable(((ActorPrincipal) security.getUserPrincipal()).session());
    }

    @Priority(Priorities.AUTHENTICATION)
    static final class CredentialsFilter implements ContainerRequestFilter {

        private static final String CHALLENGE = "Basic realm=\"Banli\", charset=\"UTF-8\"";
        /** What an account whose password was generated may still do: read who it is, change the password, leave. */
        private static final Set<String> BEFORE_PASSWORD_CHANGE =
                Set.of("GET v1/session", "DELETE v1/session", "GET v1/users/me", "POST v1/users/me/password");

        private final PasswordLogin login;
        private final WebSessions sessions;

        CredentialsFilter(PasswordLogin login, WebSessions sessions) {
            this.login = login;
            this.sessions = sessions;
        }

        @Override
        public void filter(ContainerRequestContext request) throws IOException {
            String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
            Cookie cookie = request.getCookies().get(WebSessions.COOKIE);
            if (authorization == null && cookie != null) {
                sessionLogin(request, cookie.getValue());
                return;
            }
            Optional<User> account = credentials(authorization)
                    .flatMap(c -> login.login(c.get(0), c.get(1).toCharArray(), clientAddress(request)));
            if (account.isEmpty()) {
                unauthorized(request);
                return;
            }
            if (!refusedBeforePasswordChange(request, account.get())) {
                authenticate(request, UserService.actorOf(account.get()), null, SecurityContext.BASIC_AUTH);
            }
        }

        private void sessionLogin(ContainerRequestContext request, String id) {
            Optional<LoginSession> session = sessions.find(id);
            Optional<User> account = session.flatMap(s -> login.account(s.username()));
            if (account.isEmpty()) {
                unauthorized(request);
                return;
            }
            String path = request.getUriInfo().getPath();
            String token = request.getHeaderString(WebSessions.CSRF_HEADER);
            if (changesState(request.getMethod())
                    && (token == null
                            || !MessageDigest.isEqual(
                                    token.getBytes(StandardCharsets.UTF_8),
                                    session.get().csrfToken().getBytes(StandardCharsets.UTF_8)))) {
                request.abortWith(refusal(request, 403, "csrf", Text.Code.CSRF_TOKEN_MISSING));
                return;
            }
            if (!refusedBeforePasswordChange(request, account.get())) {
                authenticate(request, UserService.actorOf(account.get()), session.get(), "SESSION");
            }
        }

        /**
         * Refuses everything but the password change to an account whose password someone else chose
         * (generated, or set by an administrator), however it logs in.
         */
        private static boolean refusedBeforePasswordChange(ContainerRequestContext request, User account) {
            String path = request.getUriInfo().getPath();
            if (!account.mustChangePassword() || BEFORE_PASSWORD_CHANGE.contains(request.getMethod() + " " + path)) {
                return false;
            }
            request.abortWith(refusal(request, 403, "password-change-required", Text.Code.PASSWORD_CHANGE_REQUIRED));
            return true;
        }

        /** The remote address, which {@link ApiServlet} keeps with the request for the throttle. */
        private static String clientAddress(ContainerRequestContext request) {
            return String.valueOf(request.getProperty(ApiServlet.CLIENT_ADDRESS));
        }

        private static void unauthorized(ContainerRequestContext request) {
            Response.ResponseBuilder answer =
                    Response.fromResponse(refusal(request, 401, "unauthorized", Text.Code.LOGIN_REQUIRED));
            if (request.getHeaderString(CLIENT_HEADER) == null) {
                answer.header(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE);
            }
            request.abortWith(answer.build());
        }

        private static void authenticate(
                ContainerRequestContext request, Actor who, LoginSession session, String scheme) {
            boolean secure = request.getSecurityContext().isSecure();
            request.setSecurityContext(new SecurityContext() {
                @Override
                public Principal getUserPrincipal() {
                    return new ActorPrincipal(who, session);
                }

                @Override
                public boolean isUserInRole(String role) {
                    return who.roles().stream().anyMatch(r -> r.name().equals(role.toUpperCase(Locale.ROOT)));
                }

                @Override
                public boolean isSecure() {
                    return secure;
                }

                @Override
                public String getAuthenticationScheme() {
                    return scheme;
                }
            });
        }

        /** The username and password of a Basic header (UTF-8, RFC 7617), if well formed. */
        static Optional<List<String>> credentials(String header) {
            if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
                return Optional.empty();
            }
            try {
                String decoded = new String(
                        Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
                int colon = decoded.indexOf(':');
                return colon <= 0
                        ? Optional.empty()
                        : Optional.of(List.of(decoded.substring(0, colon), decoded.substring(colon + 1)));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }
    }
}
