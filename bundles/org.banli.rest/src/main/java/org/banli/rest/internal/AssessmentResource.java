package org.banli.rest.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;
import org.banli.api.assessment.Assessment;
import org.banli.api.assessment.AssessmentService;
import org.banli.api.assessment.MetricsService;
import org.banli.api.assessment.UnitMetrics;
import org.banli.api.item.ItemKind;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Unit assessment: the ranking under a rule, the metrics behind it, the rules in use. */
@Component(service = AssessmentResource.class, property = ApiServlet.RESOURCE + "=true")
@Path("v1/assessments")
@Produces(MediaType.APPLICATION_JSON)
public class AssessmentResource {

    private final AssessmentService assessments;
    private final MetricsService metrics;

    @Activate
    public AssessmentResource(@Reference AssessmentService assessments, @Reference MetricsService metrics) {
        this.assessments = assessments;
        this.metrics = metrics;
    }

    @GET
    @Summary("考评排名：各单位得分、指标和扣分说明 (the ranking under a rule, with scores, metrics and explanations)")
    public Assessment assess(
            @QueryParam("year") String year, @QueryParam("rule") String rule, @Context SecurityContext security) {
        return assessments.assess(Authentication.actor(security), year(year), rule);
    }

    @GET
    @Path("metrics")
    @Summary("各单位考评指标及其分子分母 (each unit's metrics with numerator and denominator)")
    public List<UnitMetrics> metrics(
            @QueryParam("year") String year, @QueryParam("kind") String kind, @Context SecurityContext security) {
        return metrics.metrics(
                Authentication.actor(security), year(year), Resources.enumParam("kind", kind, ItemKind.class));
    }

    @GET
    @Path("rules")
    @Summary("在用的考评规则，主规则在前 (the rules in use, the primary first)")
    public List<AssessmentService.RuleInfo> rules() {
        return assessments.rules();
    }

    /** The year asked for, or this year in China. */
    private static int year(String year) {
        Integer asked = Resources.intParam("year", year);
        return asked != null ? asked : LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();
    }
}
