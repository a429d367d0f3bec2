package org.banli.rest.internal;

import java.util.Map;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import org.banli.api.unit.UnitService;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * Readiness ({@code /health}: what a load balancer asks before it sends requests) and liveness
 * ({@code /health/live}: whether the process answers at all, for a supervisor deciding on a restart).
 */
@Component(service = HealthResource.class, property = ApiServlet.RESOURCE + "=true")
@Path(HealthResource.PATH)
@Produces(MediaType.APPLICATION_JSON)
public class HealthResource {

    static final String PATH = "v1/health";
    static final String LIVE_PATH = PATH + "/live";

    private final String version;
    private final PasswordLogin login;

    /** Present only while the core and its database are up. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile UnitService units;

    @Activate
    public HealthResource(BundleContext context, @Reference PasswordLogin login) {
        this.version = context.getBundle().getVersion().toString();
        this.login = login;
    }

    public record Health(String status, String version, Map<String, String> components) {}

    /**
     * 200 only when an authenticated request would be served now: the core and its database are up,
     * logins can be checked, and the API that answers this very request has every core resource.
     * Otherwise 503 with the same body saying which part is missing.
     */
    @GET
    @Public
    @Summary(
            value = "就绪检查：可以处理登录后的请求时为 200，否则 503 (readiness: 200 only when authenticated requests are served)",
            returns = Health.class,
            status = 200)
    public Response health(@Context HttpServletRequest request) {
        boolean core = units != null && login.available();
        boolean api = Boolean.TRUE.equals(request.getAttribute(ApiServlet.COMPLETE));
        boolean ready = core && api;
        Response.ResponseBuilder answer = Response.status(
                        ready ? Response.Status.OK : Response.Status.SERVICE_UNAVAILABLE)
                .entity(new Health(
                        ready ? "UP" : "DOWN",
                        version,
                        Map.of("core", core ? "UP" : "DOWN", "api", api ? "UP" : "STARTING")));
        return ready
                ? answer.build()
                : answer.header(HttpHeaders.RETRY_AFTER, "1").build();
    }

    @GET
    @Path("live")
    @Public
    @Summary(
            value = "存活检查：进程在响应即为 200 (liveness: 200 whenever the process answers)",
            returns = Health.class,
            status = 200)
    public Health live() {
        return new Health("UP", version, Map.of());
    }
}
