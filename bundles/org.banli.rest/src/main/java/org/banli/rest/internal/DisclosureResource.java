package org.banli.rest.internal;

import java.time.Instant;
import java.util.Map;
import java.util.stream.Collectors;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;

import org.banli.api.item.ItemService;
import org.banli.api.item.ReplyClass;
import org.banli.api.unit.Unit;
import org.banli.api.unit.UnitService;
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
    private final UnitService units;

    @Activate
    public DisclosureResource(@Reference ItemService items, @Reference UnitService units) {
        this.items = items;
        this.units = units;
    }

    /** A disclosed reply with the name of the unit that gave it, for readers who know no unit codes. */
    public record PublicReply(long itemId, String label, String title, String category, String unitCode,
            String unitName, ReplyClass replyClass, String text, Instant repliedAt) {
    }

    @GET
    @Summary("公开的答复，无需登录，已去除联系方式 (disclosed replies of public items; no login)")
    public PageDTO<PublicReply> list(@QueryParam("year") String year, @QueryParam("page") String page,
            @QueryParam("size") String size) {
        Map<String, String> names = units.list().stream().collect(Collectors.toMap(Unit::code, Unit::name));
        return PageDTO.of(items.disclosed(Resources.intParam("year", year), Resources.intParam("page", page, 0),
                Resources.intParam("size", size, 20)), reply -> new PublicReply(reply.itemId(), reply.label(),
                        reply.title(), reply.category(), reply.unitCode(), names.get(reply.unitCode()),
                        reply.replyClass(), reply.text(), reply.repliedAt()));
    }
}
