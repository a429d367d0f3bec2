package org.banli.rest.internal;

import java.util.Map;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.banli.api.unit.UnitService;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

@Component(service = HealthResource.class, property = ApiServlet.RESOURCE + "=true")
@Path(HealthResource.PATH)
@Produces(MediaType.APPLICATION_JSON)
public class HealthResource {

    static final String PATH = "v1/health";

    private final String version;

    /** Present only while the core and its database are up. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile UnitService units;

    @Activate
    public HealthResource(BundleContext context) {
        this.version = context.getBundle().getVersion().toString();
    }

    public record Health(String status, String version, Map<String, String> components) {
    }

    /** 200 when Banli can serve requests, 503 (with the same body) when its core is not running. */
    @GET
    @Public
    @Summary(value = "健康检查，核心未运行时为 503 (health check; 503 while the core is down)", returns = Health.class,
            status = 200)
    public Response health() {
        boolean up = units != null;
        String core = up ? "UP" : "DOWN";
        return Response.status(up ? Response.Status.OK : Response.Status.SERVICE_UNAVAILABLE)
                .entity(new Health(core, version, Map.of("core", core))).build();
    }
}
