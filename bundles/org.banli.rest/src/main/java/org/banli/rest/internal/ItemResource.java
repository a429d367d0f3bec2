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
import org.banli.api.Actor;
import org.banli.api.RuleViolationException;
import org.banli.api.item.CountyRules;
import org.banli.api.item.Dossier;
import org.banli.api.item.Item;
import org.banli.api.item.ItemEvent;
import org.banli.api.item.ItemKind;
import org.banli.api.item.ItemQuery;
import org.banli.api.item.ItemService;
import org.banli.api.item.ItemStatus;
import org.banli.api.item.Step;
import org.banli.api.item.Timing;
import org.banli.api.user.User;
import org.banli.api.user.UserService;
import org.banli.rest.internal.dto.ItemDTO;
import org.banli.rest.internal.dto.ItemSummaryDTO;
import org.banli.rest.internal.dto.PageDTO;
import org.banli.rest.internal.dto.Requests;
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

    @Activate
    public ItemResource(@Reference ItemService items, @Reference UserService users) {
        this.items = items;
        this.users = users;
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
    public Response register(Requests.RegisterItem request, @Context SecurityContext security) {
        Actor actor = Authentication.actor(security);
        Item item = items.register(actor, Resources.body(request).toDraft());
        return Response.created(URI.create("v1/items/" + item.id()))
                .entity(view(actor, item.id()))
                .build();
    }

    @GET
    @Path("{id}")
    @Summary("一件建议或提案及其案卷：协办单位、联系记录、申请、答复、测评、督办、批示、期限与预警 (one item with its file)")
    public ItemDTO get(@PathParam("id") long id, @Context SecurityContext security) {
        return view(Authentication.actor(security), id);
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
    public List<RuleViolationException.Violation> replyCheck(
            @PathParam("id") long id, @Context SecurityContext security) {
        return items.replyCheck(Authentication.actor(security), id);
    }

    @GET
    @Path("{id}/history")
    @Summary("办理过程记录 (the item's history)")
    public List<ItemEvent> history(@PathParam("id") long id, @Context SecurityContext security) {
        return items.history(Authentication.actor(security), id);
    }

    @POST
    @Path("{id}/assign")
    @Consumes(MediaType.APPLICATION_JSON)
    @Summary(
            value = "交办或改办：主办单位与协办单位，仅政府办 (assign or reassign: host unit and co-units; office)",
            returns = ItemDTO.class)
    public ItemDTO assign(
            @PathParam("id") long id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            Step.Assign step,
            @Context SecurityContext security,
            @Context HttpServletRequest http) {
        return perform(id, ifMatch, step, security, http);
    }

    @POST
    @Path("{id}/accept")
    @Consumes(MediaType.APPLICATION_JSON)
    @Summary(value = "签收，主办单位或协办单位 (accept; host unit, or a co-unit for its part)", returns = ItemDTO.class)
    public ItemDTO accept(
            @PathParam("id") long id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            Step.Accept step,
            @Context SecurityContext security,
            @Context HttpServletRequest http) {
        return perform(id, ifMatch, step, security, http);
    }

    @POST
    @Path("{id}/return-request")
    @Consumes(MediaType.APPLICATION_JSON)
    @Summary(value = "申请退回，须在交办后规定工作日内 (ask to return the item, within the county's window)", returns = ItemDTO.class)
    public ItemDTO requestReturn(
            @PathParam("id") long id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            Step.RequestReturn step,
            @Context SecurityContext security,
            @Context HttpServletRequest http) {
        return perform(id, ifMatch, step, security, http);
    }

    @POST
    @Path("{id}/return-decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @Summary(value = "审批退回申请：同意即改办，不同意须说明理由，仅政府办 (decide a return request; office)", returns = ItemDTO.class)
    public ItemDTO decideReturn(
            @PathParam("id") long id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            Step.DecideReturn step,
            @Context SecurityContext security,
            @Context HttpServletRequest http) {
        return perform(id, ifMatch, step, security, http);
    }

    @POST
    @Path("{id}/contacts")
    @Consumes(MediaType.APPLICATION_JSON)
    @Summary(value = "记录与提出人的联系：办前、办中、办后 (record a contact with the submitter)", returns = ItemDTO.class)
    public ItemDTO recordContact(
            @PathParam("id") long id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            Step.RecordContact step,
            @Context SecurityContext security,
            @Context HttpServletRequest http) {
        return perform(id, ifMatch, step, security, http);
    }

    @POST
    @Path("{id}/contact-confirmation")
    @Consumes(MediaType.APPLICATION_JSON)
    @Summary(value = "提出人确认或对联系记录提出异议 (the submitter confirms or disputes a contact)", returns = ItemDTO.class)
    public ItemDTO confirmContact(
            @PathParam("id") long id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            Step.ConfirmContact step,
            @Context SecurityContext security,
            @Context HttpServletRequest http) {
        return perform(id, ifMatch, step, security, http);
    }

    @POST
    @Path("{id}/co-unit-opinion")
    @Consumes(MediaType.APPLICATION_JSON)
    @Summary(value = "协办单位提交协办意见 (a co-unit sends its opinion)", returns = ItemDTO.class)
    public ItemDTO coUnitOpinion(
            @PathParam("id") long id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            Step.CoUnitOpinion step,
            @Context SecurityContext security,
            @Context HttpServletRequest http) {
        return perform(id, ifMatch, step, security, http);
    }

    @POST
    @Path("{id}/extension-request")
    @Consumes(MediaType.APPLICATION_JSON)
    @Summary(value = "申请延期 (ask for an extension; host unit)", returns = ItemDTO.class)
    public ItemDTO requestExtension(
            @PathParam("id") long id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            Step.RequestExtension step,
            @Context SecurityContext security,
            @Context HttpServletRequest http) {
        return perform(id, ifMatch, step, security, http);
    }

    @POST
    @Path("{id}/extension-decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @Summary(value = "审批延期，不超过最长期限，仅政府办 (decide an extension; office)", returns = ItemDTO.class)
    public ItemDTO decideExtension(
            @PathParam("id") long id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            Step.DecideExtension step,
            @Context SecurityContext security,
            @Context HttpServletRequest http) {
        return perform(id, ifMatch, step, security, http);
    }

    @POST
    @Path("{id}/reply-draft")
    @Consumes(MediaType.APPLICATION_JSON)
    @Summary(value = "拟写答复：类别、正文、承诺、签发人、联系人 (draft the reply; host unit)", returns = ItemDTO.class)
    public ItemDTO draftReply(
            @PathParam("id") long id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            Step.DraftReply step,
            @Context SecurityContext security,
            @Context HttpServletRequest http) {
        return perform(id, ifMatch, step, security, http);
    }

    @POST
    @Path("{id}/countersign")
    @Consumes(MediaType.APPLICATION_JSON)
    @Summary(value = "协办单位会签答复稿 (a co-unit countersigns the draft)", returns = ItemDTO.class)
    public ItemDTO countersign(
            @PathParam("id") long id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            Step.Countersign step,
            @Context SecurityContext security,
            @Context HttpServletRequest http) {
        return perform(id, ifMatch, step, security, http);
    }

    @POST
    @Path("{id}/reply-approval")
    @Consumes(MediaType.APPLICATION_JSON)
    @Summary(value = "单位主要领导审定答复 (the unit head approves the reply)", returns = ItemDTO.class)
    public ItemDTO approveReply(
            @PathParam("id") long id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            Step.ApproveReply step,
            @Context SecurityContext security,
            @Context HttpServletRequest http) {
        return perform(id, ifMatch, step, security, http);
    }

    @POST
    @Path("{id}/reply-send-back")
    @Consumes(MediaType.APPLICATION_JSON)
    @Summary(value = "单位主要领导退回答复稿修改 (the unit head sends the draft back)", returns = ItemDTO.class)
    public ItemDTO sendBackReply(
            @PathParam("id") long id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            Step.SendBackReply step,
            @Context SecurityContext security,
            @Context HttpServletRequest http) {
        return perform(id, ifMatch, step, security, http);
    }

    @POST
    @Path("{id}/reply-submission")
    @Consumes(MediaType.APPLICATION_JSON)
    @Summary(value = "提交答复，检查规范化要求 (submit the reply; the format checks run)", returns = ItemDTO.class)
    public ItemDTO submitReply(
            @PathParam("id") long id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            Step.SubmitReply step,
            @Context SecurityContext security,
            @Context HttpServletRequest http) {
        return perform(id, ifMatch, step, security, http);
    }

    @POST
    @Path("{id}/reply-review")
    @Consumes(MediaType.APPLICATION_JSON)
    @Summary(value = "审核答复：通过或退回修改，仅政府办 (accept or return the reply; office)", returns = ItemDTO.class)
    public ItemDTO reviewReply(
            @PathParam("id") long id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            Step.ReviewReply step,
            @Context SecurityContext security,
            @Context HttpServletRequest http) {
        return perform(id, ifMatch, step, security, http);
    }

    @POST
    @Path("{id}/rating")
    @Consumes(MediaType.APPLICATION_JSON)
    @Summary(value = "满意度测评，仅提出人本人 (rate the reply; the submitter only)", returns = ItemDTO.class)
    public ItemDTO rate(
            @PathParam("id") long id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            Step.Rate step,
            @Context SecurityContext security,
            @Context HttpServletRequest http) {
        return perform(id, ifMatch, step, security, http);
    }

    @POST
    @Path("{id}/consultation")
    @Consumes(MediaType.APPLICATION_JSON)
    @Summary(value = "记录当面协商，仅政府办 (record the face-to-face consultation; office)", returns = ItemDTO.class)
    public ItemDTO recordConsultation(
            @PathParam("id") long id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            Step.RecordConsultation step,
            @Context SecurityContext security,
            @Context HttpServletRequest http) {
        return perform(id, ifMatch, step, security, http);
    }

    @POST
    @Path("{id}/commitment-progress")
    @Consumes(MediaType.APPLICATION_JSON)
    @Summary(value = "B类承诺落实情况 (progress on a class-B commitment; host unit)", returns = ItemDTO.class)
    public ItemDTO updateCommitment(
            @PathParam("id") long id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            Step.UpdateCommitment step,
            @Context SecurityContext security,
            @Context HttpServletRequest http) {
        return perform(id, ifMatch, step, security, http);
    }

    @POST
    @Path("{id}/notices")
    @Consumes(MediaType.APPLICATION_JSON)
    @Summary(value = "发督办通知，仅督查 (issue a supervision notice; supervisor)", returns = ItemDTO.class)
    public ItemDTO issueNotice(
            @PathParam("id") long id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            Step.IssueNotice step,
            @Context SecurityContext security,
            @Context HttpServletRequest http) {
        return perform(id, ifMatch, step, security, http);
    }

    @POST
    @Path("{id}/notice-response")
    @Consumes(MediaType.APPLICATION_JSON)
    @Summary(value = "被督办单位反馈 (the unit responds to a notice)", returns = ItemDTO.class)
    public ItemDTO respondNotice(
            @PathParam("id") long id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            Step.RespondNotice step,
            @Context SecurityContext security,
            @Context HttpServletRequest http) {
        return perform(id, ifMatch, step, security, http);
    }

    @POST
    @Path("{id}/comments")
    @Consumes(MediaType.APPLICATION_JSON)
    @Summary(value = "领办领导批示 (the leading official comments on a key item)", returns = ItemDTO.class)
    public ItemDTO addComment(
            @PathParam("id") long id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            Step.AddComment step,
            @Context SecurityContext security,
            @Context HttpServletRequest http) {
        return perform(id, ifMatch, step, security, http);
    }

    @POST
    @Path("{id}/close")
    @Consumes(MediaType.APPLICATION_JSON)
    @Summary(
            value = "测评期满未测评的件由政府办办结 (close an item left unrated past the rating window; office)",
            returns = ItemDTO.class)
    public ItemDTO close(
            @PathParam("id") long id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            Step.Close step,
            @Context SecurityContext security,
            @Context HttpServletRequest http) {
        return perform(id, ifMatch, step, security, http);
    }

    @POST
    @Path("{id}/key-item")
    @Consumes(MediaType.APPLICATION_JSON)
    @Summary(
            value = "设定或取消重点件及领办领导，政府办或督查 (designate a key item and its leading official; office or supervisor)",
            returns = ItemDTO.class)
    public ItemDTO designateKeyItem(
            @PathParam("id") long id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            Step.DesignateKeyItem step,
            @Context SecurityContext security,
            @Context HttpServletRequest http) {
        return perform(id, ifMatch, step, security, http);
    }

    @POST
    @Path("{id}/disclosure")
    @Consumes(MediaType.APPLICATION_JSON)
    @Summary(value = "设定答复是否公开，仅政府办 (decide whether the reply is disclosed; office)", returns = ItemDTO.class)
    public ItemDTO setDisclosure(
            @PathParam("id") long id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            Step.SetDisclosure step,
            @Context SecurityContext security,
            @Context HttpServletRequest http) {
        return perform(id, ifMatch, step, security, http);
    }

    @POST
    @Path("{id}/merge")
    @Consumes(MediaType.APPLICATION_JSON)
    @Summary(value = "并案：把已登记的件并入本件，仅政府办 (merge registered items into this one; office)", returns = ItemDTO.class)
    public ItemDTO merge(
            @PathParam("id") long id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            Step.Merge step,
            @Context SecurityContext security,
            @Context HttpServletRequest http) {
        return perform(id, ifMatch, step, security, http);
    }

    private ItemDTO perform(long id, String ifMatch, Step step, SecurityContext security, HttpServletRequest http) {
        Actor actor = Authentication.actor(security);
        return view(items.perform(actor, id, Versions.expected(ifMatch), Resources.body(step), http.getRemoteAddr()));
    }

    private ItemDTO view(Actor actor, long id) {
        return view(items.dossier(actor, id));
    }

    private ItemDTO view(Dossier dossier) {
        String submitter = dossier.item().submitter();
        return ItemDTO.of(
                dossier,
                items.timing(dossier),
                submitter == null
                        ? null
                        : users.find(submitter).map(User::displayName).orElse(null));
    }
}
