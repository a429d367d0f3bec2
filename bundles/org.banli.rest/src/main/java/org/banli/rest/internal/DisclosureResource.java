package org.banli.rest.internal;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import org.banli.api.item.DisclosedReply;
import org.banli.api.item.ItemService;
import org.banli.rest.internal.dto.PageDTO;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The public listing of disclosed replies (公开办理): no login, no contact details. */
@Component(service = DisclosureResource.class, property = ApiServlet.RESOURCE + "=true")
@Path("v1/public/replies")
@Produces(MediaType.APPLICATION_JSON)
@Public
public class DisclosureResource {

    private final ItemService items;

    @Activate
    public DisclosureResource(@Reference ItemService items) {
        this.items = items;
    }

    @GET
    @Summary("公开的答复，无需登录，已去除联系方式 (disclosed replies of public items; no login)")
    public PageDTO<DisclosedReply> list(
            @QueryParam("year") String year, @QueryParam("page") String page, @QueryParam("size") String size) {
        return PageDTO.of(
                items.disclosed(
                        Resources.intParam("year", year),
                        Resources.intParam("page", page, 0),
                        Resources.intParam("size", size, 20)),
                reply -> reply);
    }
}
