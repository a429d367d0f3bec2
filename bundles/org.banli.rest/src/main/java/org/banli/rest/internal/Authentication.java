package org.banli.rest.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
import javax.ws.rs.core.FeatureContext;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import org.banli.api.Actor;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * HTTP Basic authentication for every resource method not marked {@link Public}. The
 * credentials are checked by Karaf's JAAS realm (see {@link JaasLogin}).
 */
@Component(service = Authentication.class)
public class Authentication implements DynamicFeature {

    /** Paths that answer while the core is down, so that monitoring can tell what is wrong. */
    static final Set<String> ALWAYS_OPEN = Set.of(HealthResource.PATH, OpenApiResource.PATH);

    private final BasicAuthFilter filter;
    private final CoreGate gate;

    @Activate
    public Authentication(@Reference JaasLogin login) {
        this.filter = new BasicAuthFilter(login);
        this.gate = new CoreGate(login);
    }

    /** The filter that answers 503 for everything but {@link #ALWAYS_OPEN} while the core is down. */
    ContainerRequestFilter gate() {
        return gate;
    }

    /**
     * Without the core the resources that need it are gone: answer 503 ("try again") rather
     * than a misleading 404, before Jersey even looks for a resource.
     */
    @PreMatching
    @Priority(Priorities.AUTHENTICATION - 100)
    static final class CoreGate implements ContainerRequestFilter {
        private final JaasLogin login;

        CoreGate(JaasLogin login) {
            this.login = login;
        }

        @Override
        public void filter(ContainerRequestContext request) {
            String path = request.getUriInfo().getPath();
            if (!login.available() && !ALWAYS_OPEN.contains(path)) {
                request.abortWith(Response.fromResponse(Problems.response(503, "unavailable",
                        "Banli 核心未运行，请稍后重试 (Banli's core is not running; try again shortly)",
                        Problems.instance(path), List.of())).header(HttpHeaders.RETRY_AFTER, "5")
                        .build());
            }
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

    /** The authenticated account as a principal; resources read the actor from it. */
    record ActorPrincipal(Actor actor) implements Principal {
        @Override
        public String getName() {
            return actor.username();
        }
    }

    /** The actor behind a request that passed the filter. */
    static Actor actor(SecurityContext security) {
        return ((ActorPrincipal) security.getUserPrincipal()).actor();
    }

    @Priority(Priorities.AUTHENTICATION)
    static final class BasicAuthFilter implements ContainerRequestFilter {

        private static final String CHALLENGE = "Basic realm=\"Banli\", charset=\"UTF-8\"";
        private final JaasLogin login;

        BasicAuthFilter(JaasLogin login) {
            this.login = login;
        }

        @Override
        public void filter(ContainerRequestContext request) throws IOException {
            Optional<Actor> actor = credentials(request.getHeaderString(HttpHeaders.AUTHORIZATION))
                    .flatMap(c -> login.login(c.get(0), c.get(1).toCharArray()));
            if (actor.isEmpty()) {
                request.abortWith(Response.fromResponse(Problems.response(401, "unauthorized",
                        "请提供正确的用户名和密码 (give a valid username and password)",
                        Problems.instance(request.getUriInfo().getPath()), List.of()))
                        .header(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE).build());
                return;
            }
            boolean secure = request.getSecurityContext().isSecure();
            Actor who = actor.get();
            request.setSecurityContext(new SecurityContext() {
                @Override
                public Principal getUserPrincipal() {
                    return new ActorPrincipal(who);
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
                    return SecurityContext.BASIC_AUTH;
                }
            });
        }

        /** The username and password of a Basic header (UTF-8, RFC 7617), if well formed. */
        static Optional<List<String>> credentials(String header) {
            if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
                return Optional.empty();
            }
            try {
                String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()),
                        StandardCharsets.UTF_8);
                int colon = decoded.indexOf(':');
                return colon <= 0 ? Optional.empty()
                        : Optional.of(List.of(decoded.substring(0, colon), decoded.substring(colon + 1)));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }
    }
}
