package org.banli.itests;

import java.util.Map;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

/** A JAX-RS resource a test registers and withdraws at run time, as a plugin would. */
@Path("v1/itest-probe")
@Produces(MediaType.APPLICATION_JSON)
public class ProbeResource {

    @GET
    public Map<String, String> hello() {
        return Map.of("greeting", "你好");
    }
}
