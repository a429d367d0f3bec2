package org.banli.rest.internal;

import javax.ws.rs.Consumes;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;
import org.banli.api.demo.DemoService;
import org.banli.api.demo.DemoYear;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Demonstration data through the real workflow, for trials and training (administrators). */
@Component(service = DemoResource.class, property = ApiServlet.RESOURCE + "=true")
@Path("v1/demo")
@Produces(MediaType.APPLICATION_JSON)
public class DemoResource {

    private final DemoService demo;

    @Activate
    public DemoResource(@Reference DemoService demo) {
        this.demo = demo;
    }

    /** @param count how many items to make */
    public record Request(int count) {}

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Summary("生成演示数据：单位、账号和处于各个环节的建议提案，仅管理员 (generate a demonstration year; administrators)")
    public DemoYear generate(Request request, @Context SecurityContext security) {
        return demo.generate(
                Authentication.actor(security), Resources.body(request).count());
    }
}
