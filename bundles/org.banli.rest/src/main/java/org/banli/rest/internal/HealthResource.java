package org.banli.rest.internal;

import java.util.Map;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import org.banli.api.unit.UnitService;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

@Component(service = HealthResource.class, property = ApiServlet.RESOURCE + "=true")
@Path("v1/health")
@Produces(MediaType.APPLICATION_JSON)
public class HealthResource {

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

    @GET
    @Public
    @Summary("健康检查 (health check)")
    public Health health() {
        String core = units != null ? "UP" : "DOWN";
        return new Health(core, version, Map.of("core", core));
    }
}
