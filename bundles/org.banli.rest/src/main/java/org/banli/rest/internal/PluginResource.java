package org.banli.rest.internal;

import java.util.List;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import org.banli.api.PluginInfo;
import org.banli.api.PluginService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The plugins installed right now. */
@Component(service = PluginResource.class, property = ApiServlet.RESOURCE + "=true")
@Path("v1/plugins")
@Produces(MediaType.APPLICATION_JSON)
public class PluginResource {

    private final PluginService plugins;

    @Activate
    public PluginResource(@Reference PluginService plugins) {
        this.plugins = plugins;
    }

    @GET
    @Summary("已安装的消息渠道、报表格式和考评规则及其版本 (installed channels, report formats and rules with versions)")
    public List<PluginInfo> list() {
        return plugins.plugins();
    }
}
