package org.banli.rest.internal;

import java.net.URI;
import java.util.List;

import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import org.banli.api.item.Item;
import org.banli.api.item.ItemEvent;
import org.banli.api.item.ItemKind;
import org.banli.api.item.ItemQuery;
import org.banli.api.item.ItemService;
import org.banli.api.item.ItemStatus;
import org.banli.api.item.Rating;
import org.banli.api.item.Reply;
import org.banli.rest.internal.dto.ItemDTO;
import org.banli.rest.internal.dto.ItemSummaryDTO;
import org.banli.rest.internal.dto.PageDTO;
import org.banli.rest.internal.dto.Requests;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = ItemResource.class, property = ApiServlet.RESOURCE + "=true")
@Path("v1/items")
@Produces(MediaType.APPLICATION_JSON)
public class ItemResource {

    private final ItemService items;

    @Activate
    public ItemResource(@Reference ItemService items) {
        this.items = items;
    }

    @GET
    @Summary("建议提案列表，可按状态、承办单位、类型、年度筛选并分页 (list items with filters and paging)")
    public PageDTO<ItemSummaryDTO> list(@QueryParam("status") String status, @QueryParam("unit") String unit,
            @QueryParam("kind") String kind, @QueryParam("year") String year, @QueryParam("page") String page,
            @QueryParam("size") String size, @Context SecurityContext security) {
        ItemQuery query = new ItemQuery(Resources.enumParam("status", status, ItemStatus.class),
                unit == null || unit.isBlank() ? null : unit.strip(), Resources.enumParam("kind", kind, ItemKind.class),
                intParam("year", year), null, intParam("page", page, 0), intParam("size", size, 20));
        return PageDTO.of(items.list(Authentication.actor(security), query), ItemSummaryDTO::of);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Summary(value = "登记建议或提案，仅政府办 (register an item; office)", returns = ItemDTO.class)
    public Response register(Requests.RegisterItem request, @Context SecurityContext security) {
        Item item = items.register(Authentication.actor(security), Resources.body(request).toDraft());
        return Response.created(URI.create("v1/items/" + item.id())).entity(ItemDTO.of(item)).build();
    }

    @GET
    @Path("{id}")
    @Summary("一件建议或提案 (one item)")
    public ItemDTO get(@PathParam("id") long id, @Context SecurityContext security) {
        return ItemDTO.of(items.get(Authentication.actor(security), id));
    }

    @POST
    @Path("{id}/assign")
    @Consumes(MediaType.APPLICATION_JSON)
    @Summary("交办给主办单位，仅政府办 (assign to a host unit; office)")
    public ItemDTO assign(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            Requests.Assign request, @Context SecurityContext security) {
        Requests.Assign body = Resources.body(request);
        return ItemDTO.of(items.assign(Authentication.actor(security), id,
                body.toAssignment(Versions.expected(ifMatch, body.version()))));
    }

    @POST
    @Path("{id}/reply")
    @Consumes(MediaType.APPLICATION_JSON)
    @Summary("答复（A/B/C类），仅主办单位经办人 (reply; handler of the host unit)")
    public ItemDTO reply(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            Requests.Reply request, @Context SecurityContext security) {
        Requests.Reply body = Resources.body(request);
        return ItemDTO.of(items.reply(Authentication.actor(security), id,
                body.toDraft(Versions.expected(ifMatch, body.version()))));
    }

    @POST
    @Path("{id}/rating")
    @Consumes(MediaType.APPLICATION_JSON)
    @Summary("满意度测评，仅提出人本人 (rate the reply; the submitter only)")
    public ItemDTO rate(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            Requests.Rate request, @Context SecurityContext security, @Context HttpServletRequest http) {
        Requests.Rate body = Resources.body(request);
        return ItemDTO.of(items.rate(Authentication.actor(security), id,
                body.toDraft(Versions.expected(ifMatch, body.version())), http.getRemoteAddr()));
    }

    @GET
    @Path("{id}/history")
    @Summary("办理过程记录 (the item's history)")
    public List<ItemEvent> history(@PathParam("id") long id, @Context SecurityContext security) {
        return items.history(Authentication.actor(security), id);
    }

    @GET
    @Path("{id}/replies")
    @Summary("答复 (the item's replies)")
    public List<Reply> replies(@PathParam("id") long id, @Context SecurityContext security) {
        return items.replies(Authentication.actor(security), id);
    }

    @GET
    @Path("{id}/ratings")
    @Summary("测评记录 (the item's ratings)")
    public List<Rating> ratings(@PathParam("id") long id, @Context SecurityContext security) {
        return items.ratings(Authentication.actor(security), id);
    }

    private static Integer intParam(String name, String value) {
        return value == null || value.isBlank() ? null : intParam(name, value, 0);
    }

    private static int intParam(String name, String value, int whenBlank) {
        if (value == null || value.isBlank()) {
            return whenBlank;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidParameterException(name, "参数 " + name + " 应为整数，收到 " + value + " (" + name
                    + " must be an integer)");
        }
    }
}
