package org.banli.rest.internal;

import java.io.IOException;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
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
import org.banli.api.Actor;
import org.banli.api.assignment.AssignmentService;
import org.banli.api.item.CountyRules;
import org.banli.api.item.Dossier;
import org.banli.api.item.Item;
import org.banli.api.item.ItemKind;
import org.banli.api.item.ItemQuery;
import org.banli.api.item.ItemService;
import org.banli.api.item.ItemStatus;
import org.banli.api.item.Step;
import org.banli.api.item.Timing;
import org.banli.api.similarity.SimilarItemsService;
import org.banli.api.user.User;
import org.banli.api.user.UserService;
import org.banli.rest.internal.dto.ItemDTO;
import org.banli.rest.internal.dto.ItemEventDTO;
import org.banli.rest.internal.dto.ItemSummaryDTO;
import org.banli.rest.internal.dto.PageDTO;
import org.banli.rest.internal.dto.Requests;
import org.banli.rest.internal.dto.SimilarItemsDTO;
import org.banli.rest.internal.dto.TimingDTO;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Items and every step of their life. A step answers the item after it; it names the version it
 * was based on in {@code If-Match} (428 without), and a stale one is refused with 409.
 */
@Component(service = ItemResource.class, property = ApiServlet.RESOURCE + "=true")
@Path("v1/items")
@Produces(MediaType.APPLICATION_JSON)
public class ItemResource {

    private final ItemService items;
    private final UserService users;
    private final SimilarItemsService similar;
    private final AssignmentService assignments;

    @Activate
    public ItemResource(
            @Reference ItemService items,
            @Reference UserService users,
            @Reference SimilarItemsService similar,
            @Reference AssignmentService assignments) {
        this.items = items;
        this.users = users;
        this.similar = similar;
        this.assignments = assignments;
    }

    @GET
    @Summary(
            "建议提案列表，可按状态、单位、类型、年度、重点件、可疑测评、答复稿待审定或被退回、逾期、临期、预警筛选并分页；total=false 时不统计总数 (list items with filters and paging; total=false skips the count)")
    public PageDTO<ItemSummaryDTO> list(
            @QueryParam("status") String status,
            @QueryParam("unit") String unit,
            @QueryParam("kind") String kind,
            @QueryParam("year") String year,
            @QueryParam("number") String number,
            @QueryParam("keyItem") String keyItem,
            @QueryParam("flaggedRating") String flaggedRating,
            @QueryParam("draft") String draft,
            @QueryParam("overdue") String overdue,
            @QueryParam("dueWithin") String dueWithin,
            @QueryParam("warning") String warning,
            @QueryParam("page") String page,
            @QueryParam("size") String size,
            @QueryParam("total") String total,
            @Context SecurityContext security) {
        ItemQuery query = ItemQuery.page(Resources.intParam("page", page, 0), Resources.intParam("size", size, 20))
                .withStatus(Resources.enumParam("status", status, ItemStatus.class))
                .withHostUnit(unit == null || unit.isBlank() ? null : unit.strip())
                .withKind(Resources.enumParam("kind", kind, ItemKind.class))
                .withYear(Resources.intParam("year", year))
                .withNumber(Resources.intParam("number", number))
                .withKeyItem(Resources.booleanParam("keyItem", keyItem))
                .withFlaggedRating(Resources.booleanParam("flaggedRating", flaggedRating))
                .withDraft(Resources.enumParam("draft", draft, ItemQuery.Draft.class))
                .withOverdue(Resources.booleanParam("overdue", overdue))
                .withDueWithinDays(Resources.intParam("dueWithin", dueWithin))
                .withWarning(Resources.enumParam("warning", warning, Timing.Kind.class));
        if (Boolean.FALSE.equals(Resources.booleanParam("total", total))) {
            query = query.withoutTotal();
        }
        return PageDTO.of(
                items.list(Authentication.actor(security), query), item -> ItemSummaryDTO.of(item, items.timing(item)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Summary(value = "登记建议或提案，仅政府办 (register an item; office)", returns = ItemDTO.class)
    public Response register(
            Requests.RegisterItem request, @Context SecurityContext security, @Context HttpHeaders headers) {
        Actor actor = Authentication.actor(security);
        Item item = items.register(actor, Resources.body(request).toDraft());
        return Response.created(URI.create("v1/items/" + item.id()))
                .entity(view(actor, items.dossier(actor, item.id()), ProblemMappers.reader(headers)))
                .build();
    }

    @GET
    @Path("{id}")
    @Summary("一件建议或提案及其案卷：协办单位、联系记录、申请、答复、测评、督办、批示、期限与预警 (one item with its file)")
    public ItemDTO get(@PathParam("id") long id, @Context SecurityContext security, @Context HttpHeaders headers) {
        Actor actor = Authentication.actor(security);
        return view(actor, items.dossier(actor, id), ProblemMappers.reader(headers));
    }

    @GET
    @Path("rules")
    @Summary("本县办理规则：答复类别、测评项、答复最少字数 (the county's rules that forms follow)")
    public CountyRules rules() {
        return items.countyRules();
    }

    @GET
    @Path("{id}/reply-check")
    @Summary("答复稿的规范化检查：提交时会被拒绝的问题 (the format checks the current draft would fail at submission)")
    public List<Problems.FieldError> replyCheck(
            @PathParam("id") long id, @Context SecurityContext security, @Context HttpHeaders headers) {
        return Problems.fieldErrors(
                items.replyCheck(Authentication.actor(security), id), ProblemMappers.reader(headers));
    }

    @GET
    @Path("{id}/similar")
    @Summary("相似件：本年同类可能重复件（可并案）与往年同一事项的件，含相似度、共有词语、主办单位与答复类别；只列出可阅的件 (similar items:"
            + " this year's likely duplicates and other years' items of the matter; only items the reader may read)")
    public SimilarItemsDTO similar(@PathParam("id") long id, @Context SecurityContext security) {
        return SimilarItemsDTO.of(similar.of(Authentication.actor(security), id));
    }

    @GET
    @Path("{id}/assignment-suggestion")
    @Summary("交办建议：建议的主办、协办单位及理由（往年相似件由谁主办、类别对照表、交办表），仅政府办 (who should handle the"
            + " item and why: other years' similar items' hosts, the category table, the sheet; the office)")
    public AssignmentResource.SuggestionDTO assignmentSuggestion(
            @PathParam("id") long id, @Context SecurityContext security, @Context HttpHeaders headers) {
        return AssignmentResource.SuggestionDTO.of(
                assignments.suggest(Authentication.actor(security), id), ProblemMappers.reader(headers));
    }

    @GET
    @Path("{id}/history")
    @Summary("办理过程记录 (the item's history)")
    public List<ItemEventDTO> history(@PathParam("id") long id, @Context SecurityContext security) {
        Map<String, String> names = new HashMap<>(); // a history has few actors, each looked up once
        return items.history(Authentication.actor(security), id).stream()
                .map(event -> ItemEventDTO.of(
                        event,
                        event.actor() == null
                                ? null
                                : names.computeIfAbsent(
                                        event.actor(), u -> nameOf(u).orElse(u))))
                .toList();
    }

    /** An account's name as people know it, while the account exists. */
    private Optional<String> nameOf(String username) {
        return users.find(username).map(User::displayName);
    }

    /** Every step, each described apart in the OpenAPI document ({@link StepOperations}). */
    @POST
    @Path("{id}/{" + StepOperations.STEP + "}")
    @Consumes(MediaType.APPLICATION_JSON)
    @StepOperations.EachStep
    public ItemDTO perform(
            @PathParam("id") long id,
            @PathParam(StepOperations.STEP) String path,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            byte[] body,
            @Context SecurityContext security,
            @Context HttpServletRequest http)
            throws IOException {
        Step step = StepOperations.at(path).read(body);
        Actor actor = Authentication.actor(security);
        return view(
                actor,
                items.perform(actor, id, Versions.expected(ifMatch), Resources.body(step), http.getRemoteAddr()),
                Problems.reader(http.getHeader(HttpHeaders.ACCEPT_LANGUAGE)));
    }

    /** The item as its reader reads it: the early warnings in their language, and the steps they may take. */
    private ItemDTO view(Actor actor, Dossier dossier, Locale reader) {
        return ItemDTO.of(
                dossier,
                TimingDTO.of(items.timing(dossier), reader),
                username -> nameOf(username).orElse(null),
                StepOperations.paths(items.possibleSteps(actor, dossier)),
                items.intake(actor, dossier).orElse(null));
    }
}
