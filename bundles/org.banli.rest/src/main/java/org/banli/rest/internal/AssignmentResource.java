package org.banli.rest.internal;

import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;
import org.banli.api.assignment.AssignmentBatch;
import org.banli.api.assignment.AssignmentService;
import org.banli.api.assignment.AssignmentSuggestion;
import org.banli.api.assignment.SuggestedUnit;
import org.banli.api.item.BatchAssignment;
import org.banli.api.item.ItemService;
import org.banli.api.item.Step;
import org.banli.rest.internal.dto.ItemSummaryDTO;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The assignment meeting (交办会): the year's items not assigned yet with a suggested host and co-units each, and
 * the office's assignment of the whole batch in one request, all or nothing.
 */
@Component(service = AssignmentResource.class, property = ApiServlet.RESOURCE + "=true")
@Path("v1/assignments")
@Produces(MediaType.APPLICATION_JSON)
public class AssignmentResource {

    private final AssignmentService assignments;
    private final ItemService items;

    @Activate
    public AssignmentResource(@Reference AssignmentService assignments, @Reference ItemService items) {
        this.assignments = assignments;
        this.items = items;
    }

    /** A suggested unit with its reasons in the reader's language. */
    public record SuggestedUnitDTO(String unitCode, String unitName, List<String> reasons) {

        static SuggestedUnitDTO of(SuggestedUnit unit, Locale reader) {
            return unit == null
                    ? null
                    : new SuggestedUnitDTO(
                            unit.unitCode(),
                            unit.unitName(),
                            unit.reasons().stream().map(r -> r.in(reader)).toList());
        }
    }

    /** An item with who should handle it: {@code host} is {@code null} when nothing suggests one. */
    public record SuggestionDTO(ItemSummaryDTO item, SuggestedUnitDTO host, List<SuggestedUnitDTO> coUnits) {

        static SuggestionDTO of(AssignmentSuggestion suggestion, Locale reader) {
            return new SuggestionDTO(
                    ItemSummaryDTO.of(suggestion.item(), null),
                    SuggestedUnitDTO.of(suggestion.host(), reader),
                    suggestion.coUnits().stream()
                            .map(u -> SuggestedUnitDTO.of(u, reader))
                            .toList());
        }
    }

    /** The year's items not assigned yet and the county's latest reply date for the batch, if it set one. */
    public record BatchDTO(int year, LocalDate replyBy, List<SuggestionDTO> suggestions) {

        static BatchDTO of(AssignmentBatch batch, Locale reader) {
            return new BatchDTO(
                    batch.year(),
                    batch.replyBy(),
                    batch.suggestions().stream()
                            .map(s -> SuggestionDTO.of(s, reader))
                            .toList());
        }
    }

    /** One item of the batch as the office decided it; {@code version} as the office saw it, or none not to check. */
    public record ItemAssignment(Long id, Long version, String hostUnit, List<String> coUnits) {}

    /**
     * The office's decisions for the batch.
     *
     * @param replyBy the batch's latest reply date (答复最后时限), or none for the rule's deadlines alone
     * @param reason  what the history says of each assignment, e.g. 2026年交办会
     */
    public record AssignBatch(LocalDate replyBy, String reason, List<ItemAssignment> items) {}

    @GET
    @Summary(
            value = "交办会：本年度尚未交办的件及每件建议的主办、协办单位与理由（往年相似件由谁主办、类别对照表、交办表），以及本年答复最后时限；"
                    + "year 缺省为今年，仅政府办 (the assignment meeting: the year's items not assigned yet, each with a"
                    + " suggested host and co-units and why, and the batch's latest reply date; the office)",
            returns = BatchDTO.class,
            status = 200)
    public BatchDTO batch(
            @QueryParam("year") String year, @Context SecurityContext security, @Context HttpHeaders headers) {
        Integer given = Resources.intParam("year", year);
        int session = given != null
                ? given
                : Year.now(ZoneId.of(items.countyRules().timeZone())).getValue();
        return BatchDTO.of(assignments.batch(Authentication.actor(security), session), ProblemMappers.reader(headers));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Summary(
            value = "交办会一次交办：在一个事务中交办所列各件，每件的答复期限取答复最后时限与规定期限中较早者（紧急件保留其较短期限）；"
                    + "任何一件有问题则一件也不交办并列出全部问题，仅政府办 (assign the batch in one transaction, each due by the earlier"
                    + " of the batch's latest reply date and the rule; if any item is refused none is assigned and every"
                    + " refusal is listed; the office)",
            returns = ItemSummaryDTO[].class,
            status = 200)
    public List<ItemSummaryDTO> assign(AssignBatch request, @Context SecurityContext security) {
        AssignBatch batch = Resources.body(request);
        List<BatchAssignment> entries = (batch.items() == null ? List.<ItemAssignment>of() : batch.items())
                .stream()
                        .map(a -> new BatchAssignment(
                                a.id() == null ? -1 : a.id(),
                                a.version(),
                                new Step.Assign(a.hostUnit(), a.coUnits(), batch.reason(), batch.replyBy())))
                        .toList();
        return items.assignAll(Authentication.actor(security), entries).stream()
                .map(item -> ItemSummaryDTO.of(item, items.timing(item)))
                .toList();
    }
}
