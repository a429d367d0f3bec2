package org.banli.rest.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.Consumes;
import javax.ws.rs.CookieParam;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import org.banli.api.Actor;
import org.banli.api.RuleViolationException;
import org.banli.api.Text;
import org.banli.api.user.LoginSession;
import org.banli.api.user.UserService;
import org.banli.rest.internal.dto.UserDTO;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Logging in and out of the web desk (see {@link WebSessions}). */
@Component(service = SessionResource.class, property = ApiServlet.RESOURCE + "=true")
@Path("v1/session")
@Produces(MediaType.APPLICATION_JSON)
public class SessionResource {

    private static final Logger LOG = LoggerFactory.getLogger(SessionResource.class);

    private final PasswordLogin login;
    private final WebSessions sessions;
    private final UserService users;

    @Activate
    public SessionResource(
            @Reference PasswordLogin login, @Reference WebSessions sessions, @Reference UserService users) {
        this.login = login;
        this.sessions = sessions;
        this.users = users;
    }

    public record Credentials(String username, String password) {}

    /**
     * @param csrfToken   to be sent in {@value WebSessions#CSRF_HEADER} with every state-changing request
     * @param idleMinutes the session ends after this long without a request
     */
    public record SessionDTO(UserDTO user, String csrfToken, long idleMinutes) {}

    @POST
    @Public
    @Consumes(MediaType.APPLICATION_JSON)
    @Summary(
            value =
                    "网页登录：会话 Cookie（HttpOnly, SameSite=Strict）与防伪令牌 (log in to the web desk: session cookie and CSRF token)",
            returns = SessionDTO.class)
    public Response logIn(
            Credentials credentials,
            @CookieParam(WebSessions.COOKIE) String previous,
            @Context HttpServletRequest http) {
        Credentials given = Resources.body(credentials);
        List<RuleViolationException.Violation> missing = new ArrayList<>();
        if (given.username() == null || given.username().isBlank()) {
            missing.add(new RuleViolationException.Violation("username", Text.of(Text.Code.ENTER_USERNAME)));
        }
        if (given.password() == null || given.password().isEmpty()) {
            missing.add(new RuleViolationException.Violation("password", Text.of(Text.Code.ENTER_PASSWORD)));
        }
        if (!missing.isEmpty()) {
            throw new RuleViolationException(missing);
        }
        String username = given.username().strip();
        Optional<Actor> actor = login.login(username, given.password().toCharArray(), http.getRemoteAddr())
                .map(UserService::actorOf);
        if (actor.isEmpty()) {
            LOG.info("Web login refused for {} from {}", username, http.getRemoteAddr());
            return Problems.response(
                    401,
                    "login-failed",
                    Text.of(Text.Code.WRONG_CREDENTIALS),
                    Problems.reader(http.getHeader("Accept-Language")),
                    Problems.instance("v1/session"),
                    List.of());
        }
        // A new id at every login, and the cookie's old session ended: no one can plant a session id.
        sessions.close(previous);
        LoginSession session = sessions.open(username);
        LOG.info("Web login of {} from {}", username, http.getRemoteAddr());
        return Response.ok(dto(actor.get(), session))
                .header(HttpHeaders.SET_COOKIE, WebSessions.cookie(session.id(), http.isSecure()))
                .build();
    }

    @GET
    @Summary(value = "当前登录：账号与防伪令牌 (the current login: account and CSRF token)", returns = SessionDTO.class)
    public SessionDTO current(@Context SecurityContext security) {
        return dto(
                Authentication.actor(security), Authentication.session(security).orElse(null));
    }

    @DELETE
    @Summary("退出登录 (log out)")
    public Response logOut(@Context SecurityContext security, @Context HttpServletRequest http) {
        Authentication.session(security).ifPresent(s -> sessions.close(s.id()));
        return Response.noContent()
                .header(HttpHeaders.SET_COOKIE, WebSessions.cookie(null, http.isSecure()))
                .build();
    }

    private SessionDTO dto(Actor actor, LoginSession session) {
        return new SessionDTO(
                UserDTO.of(users.get(actor, actor.username())),
                session == null ? null : session.csrfToken(),
                sessions.idle().toMinutes());
    }
}
