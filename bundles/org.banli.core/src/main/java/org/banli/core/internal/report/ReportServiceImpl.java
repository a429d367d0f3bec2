package org.banli.core.internal.report;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.banli.api.Actor;
import org.banli.api.BanliException;
import org.banli.api.Page;
import org.banli.api.RuleViolationException;
import org.banli.api.Text;
import org.banli.api.assessment.Assessment;
import org.banli.api.assessment.AssessmentService;
import org.banli.api.assessment.Metric;
import org.banli.api.assessment.MetricsService;
import org.banli.api.assessment.Ratio;
import org.banli.api.assessment.UnitMetrics;
import org.banli.api.item.Dossier;
import org.banli.api.item.Item;
import org.banli.api.item.ItemKind;
import org.banli.api.item.ItemQuery;
import org.banli.api.item.ItemService;
import org.banli.api.item.Reply;
import org.banli.api.item.ReplyClass;
import org.banli.api.item.Timing;
import org.banli.api.report.ReportFormat;
import org.banli.api.report.ReportInfo;
import org.banli.api.report.ReportModel;
import org.banli.api.report.ReportModel.Paragraph.Style;
import org.banli.api.report.ReportParameters;
import org.banli.api.report.ReportService;
import org.banli.api.report.ReportTable;
import org.banli.api.report.ReportTable.Column;
import org.banli.api.report.ReportTable.ColumnType;
import org.banli.api.unit.Unit;
import org.banli.api.user.Role;
import org.banli.api.user.User;
import org.banli.core.internal.Access;
import org.banli.core.internal.HandlingRules;
import org.banli.core.internal.Installed;
import org.banli.core.internal.assessment.AssessmentYear;
import org.banli.core.internal.assessment.MetricsServiceImpl;
import org.banli.core.internal.workflow.ItemServiceImpl;
import org.banli.store.spi.ItemStore;
import org.banli.store.spi.MetricsStore;
import org.banli.store.spi.UnitStore;
import org.banli.store.spi.UserStore;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * Builds the reports as format-neutral models. Item tables read the items a page at a time
 * while the model is rendered, through the same access rules as item lists, so a year of
 * items never sits in memory and a unit's staff see only their unit's rows.
 */
@Component(configurationPid = HandlingRules.PID)
public class ReportServiceImpl implements ReportService {

    static final String REGISTER = "register";
    static final String OVERDUE = "overdue";
    static final String REPLY_LETTER = "reply-letter";
    static final String ANNUAL_SUMMARY = "annual-summary";
    static final String UNIT_STATISTICS = "unit-statistics";
    static final String ASSESSMENT = "assessment";
    /** Rows read per query while a table streams. */
    static final int PAGE = ItemServiceImpl.MAX_PAGE_SIZE;

    /** Columns item tables share. */
    private static final Column LABEL = new Column("label", "编号", ColumnType.TEXT);

    private static final Column TITLE = new Column("title", "标题", ColumnType.TEXT);
    private static final Column HOST_UNIT = new Column("hostUnit", "承办单位", ColumnType.TEXT);
    private static final Column STATUS = new Column("status", "状态", ColumnType.TEXT);
    private static final Column DEADLINE = new Column("deadline", "答复期限", ColumnType.DATE);

    private static final List<ReportInfo> REPORTS = List.of(
            new ReportInfo(ANNUAL_SUMMARY, "年度办理情况", "Annual summary", List.of("year", "kind")),
            new ReportInfo(UNIT_STATISTICS, "承办单位办理情况统计", "Unit statistics", List.of("year", "kind")),
            new ReportInfo(ASSESSMENT, "承办单位绩效考评", "Unit assessment (primary rule)", List.of("year")),
            new ReportInfo(REGISTER, "建议提案台账", "Item register", List.of("year", "kind", "unit", "from", "to")),
            new ReportInfo(OVERDUE, "逾期及临期件清单", "Overdue and at-risk items", List.of("kind", "unit")),
            new ReportInfo(REPLY_LETTER, "答复函", "Reply letter", List.of("item")));

    private final ItemService items;
    private final MetricsService metrics;
    private final AssessmentService assessments;
    private final MetricsStore metricsStore;
    private final Clock clock;
    private final ItemStore store;
    private final UnitStore units;
    private final UserStore users;
    private final ZoneId zone;
    private final int atRiskDays;
    private final Installed<ReportFormat> formats =
            new Installed<>("report format", ReportFormat.FORMAT_PROPERTY, ReportFormat::id);

    @Activate
    public ReportServiceImpl(
            @Reference ItemService items,
            @Reference MetricsService metrics,
            @Reference AssessmentService assessments,
            @Reference MetricsStore metricsStore,
            @Reference ItemStore store,
            @Reference UnitStore units,
            @Reference UserStore users,
            HandlingRules rules) {
        this(
                items,
                metrics,
                assessments,
                metricsStore,
                store,
                units,
                users,
                ZoneId.of(rules.timeZone()),
                rules.atRiskDays(),
                Clock.systemUTC());
    }

    public ReportServiceImpl(
            ItemService items,
            MetricsService metrics,
            AssessmentService assessments,
            MetricsStore metricsStore,
            ItemStore store,
            UnitStore units,
            UserStore users,
            ZoneId zone,
            int atRiskDays,
            Clock clock) {
        this.items = items;
        this.metrics = metrics;
        this.assessments = assessments;
        this.metricsStore = metricsStore;
        this.clock = clock;
        this.store = store;
        this.units = units;
        this.users = users;
        this.zone = zone;
        this.atRiskDays = atRiskDays;
    }

    @Override
    public List<ReportInfo> reports() {
        return REPORTS;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addFormat(ReportFormat format, Map<String, Object> properties) {
        formats.add(format, properties);
    }

    void removeFormat(ReportFormat format) {
        formats.remove(format);
    }

    @Override
    public Optional<ReportFormat> format(String id) {
        return formats.get(id);
    }

    @Override
    public List<String> formats() {
        return formats.names();
    }

    @Override
    public ReportModel build(Actor actor, String report, ReportParameters parameters) {
        ReportParameters p = parameters == null ? ReportParameters.none() : parameters;
        if (p.from() != null && p.to() != null && p.from().isAfter(p.to())) {
            throw RuleViolationException.of("from", Text.of(Text.Code.FROM_AFTER_TO));
        }
        return switch (report == null ? "" : report) {
            case REGISTER -> register(actor, p);
            case OVERDUE -> overdue(actor, p);
            case REPLY_LETTER -> replyLetter(actor, p);
            case ANNUAL_SUMMARY -> annualSummary(actor, p);
            case UNIT_STATISTICS -> unitStatistics(actor, p);
            case ASSESSMENT -> assessment(actor, p);
            default ->
                throw BanliException.notFound(Text.of(
                        Text.Code.NO_SUCH_REPORT,
                        "report",
                        report,
                        "available",
                        REPORTS.stream().map(ReportInfo::id).toList()));
        };
    }

    private ReportModel register(Actor actor, ReportParameters p) {
        ItemQuery query =
                ItemQuery.page(0, PAGE).withYear(p.year()).withKind(p.kind()).withHostUnit(p.unit());
        Names names = new Names();
        List<Column> columns = List.of(
                LABEL,
                TITLE,
                new Column("submitter", "提出人", ColumnType.TEXT),
                new Column("category", "分类", ColumnType.TEXT),
                new Column("keyItem", "重点件", ColumnType.TEXT),
                HOST_UNIT,
                STATUS,
                new Column("registered", "登记日期", ColumnType.DATE),
                DEADLINE,
                new Column("replyClass", "答复类别", ColumnType.TEXT),
                new Column("satisfaction", "满意度", ColumnType.TEXT));
        ReportTable table = new ReportTable(
                "台账",
                columns,
                row -> eachPage(actor, query, page -> {
                    Map<Long, ItemStore.Outcome> outcomes =
                            store.outcomes(page.stream().map(Item::id).toList());
                    for (Item item : page) {
                        LocalDate registered = LocalDate.ofInstant(item.registeredAt(), zone);
                        if ((p.from() != null && registered.isBefore(p.from()))
                                || (p.to() != null && registered.isAfter(p.to()))) {
                            continue;
                        }
                        ItemStore.Outcome outcome = outcomes.getOrDefault(item.id(), new ItemStore.Outcome(null, null));
                        row.accept(java.util.Arrays.asList(
                                item.label(),
                                item.title(),
                                names.person(item.submitter()),
                                item.category(),
                                item.keyItem() ? "是" : "",
                                names.unit(item.hostUnit()),
                                item.status().chinese(),
                                registered,
                                item.deadline(),
                                outcome.replyClass() == null
                                        ? null
                                        : outcome.replyClass().name(),
                                outcome.satisfaction() == null
                                        ? null
                                        : outcome.satisfaction().chinese()));
                    }
                }));
        return new ReportModel(scope(p) + "建议提案台账", List.of(), List.of(), List.of(table));
    }

    private ReportModel overdue(Actor actor, ReportParameters p) {
        ItemQuery base = ItemQuery.page(0, PAGE).withKind(p.kind()).withHostUnit(p.unit());
        Names names = new Names();
        List<Column> columns = List.of(
                LABEL,
                TITLE,
                HOST_UNIT,
                STATUS,
                DEADLINE,
                new Column("daysLeft", "剩余天数", ColumnType.INTEGER),
                new Column("warnings", "预警", ColumnType.TEXT));
        ItemQuery overdue = base.withOverdue(true);
        ItemQuery atRisk = base.withDueWithinDays(atRiskDays);
        List<ReportTable> tables = new ArrayList<>();
        for (ItemQuery query : List.of(overdue, atRisk)) {
            tables.add(new ReportTable(
                    query == overdue ? "已逾期" : "临近期限",
                    columns,
                    row -> eachPage(actor, query, page -> {
                        for (Item item : page) {
                            Timing timing = items.timing(item);
                            row.accept(java.util.Arrays.asList(
                                    item.label(),
                                    item.title(),
                                    names.unit(item.hostUnit()),
                                    item.status().chinese(),
                                    item.deadline(),
                                    timing.daysLeft(),
                                    String.join(
                                            "；",
                                            timing.warnings().stream()
                                                    .map(w -> w.text().in(Locale.CHINESE))
                                                    .toList())));
                        }
                    })));
        }
        List<ReportModel.Figure> figures = List.of(
                new ReportModel.Figure(
                        "已逾期", Long.toString(items.list(actor, overdue).total())),
                new ReportModel.Figure(
                        "临近期限（" + atRiskDays + "天内）",
                        Long.toString(items.list(actor, atRisk).total())));
        return new ReportModel(scope(p) + "逾期及临期件清单", figures, List.of(), tables);
    }

    private ReportModel replyLetter(Actor actor, ReportParameters p) {
        if (p.item() == null) {
            throw RuleViolationException.of("item", Text.of(Text.Code.ITEM_REQUIRED));
        }
        Dossier dossier = items.dossier(actor, p.item());
        Item item = dossier.item();
        Reply reply = dossier.currentReply()
                .filter(r -> r.state() != Reply.State.DRAFT)
                .or(dossier::latestAcceptedReply)
                .orElseThrow(() -> BanliException.conflict(Text.of(Text.Code.NO_APPROVED_REPLY)));
        Names names = new Names();
        String unit = names.unit(reply.unitCode());
        String addressee = names.person(item.submitter()) + (item.kind() == ItemKind.SUGGESTION ? "代表" : "委员");
        List<ReportModel.Paragraph> paragraphs = new ArrayList<>();
        paragraphs.add(new ReportModel.Paragraph(addressee + "：", Style.PLAIN));
        paragraphs.add(ReportModel.Paragraph.body("您提出的《" + item.title() + "》（" + item.label() + "）收悉，现答复如下："));
        reply.text()
                .lines()
                .map(String::strip)
                .filter(l -> !l.isEmpty())
                .map(ReportModel.Paragraph::body)
                .forEach(paragraphs::add);
        for (int i = 0; i < reply.commitments().size(); i++) {
            var commitment = reply.commitments().get(i);
            paragraphs.add(ReportModel.Paragraph.body(
                    "承诺事项" + (i + 1) + "：" + commitment.text() + "（" + chineseDate(commitment.dueDate()) + "前完成）"));
        }
        paragraphs.add(ReportModel.Paragraph.body("感谢您对我县工作的关心和支持。"));
        paragraphs.add(new ReportModel.Paragraph(unit, Style.SIGNATURE));
        paragraphs.add(new ReportModel.Paragraph(
                chineseDate(LocalDate.ofInstant(
                        reply.reviewedAt() != null ? reply.reviewedAt() : reply.approvedAt(), zone)),
                Style.SIGNATURE));
        paragraphs.add(new ReportModel.Paragraph(
                "联系人：" + reply.contactPerson() + "　联系电话：" + reply.contactPhone(), Style.PLAIN));
        if (reply.copyTo() != null && !reply.copyTo().isBlank()) {
            paragraphs.add(new ReportModel.Paragraph("抄送：" + reply.copyTo(), Style.PLAIN));
        }
        List<ReportModel.Figure> figures = List.of(
                new ReportModel.Figure(
                        "答复类别",
                        reply.replyClass().name() + "（" + reply.replyClass().chinese() + "）"),
                new ReportModel.Figure("编号", item.label()),
                new ReportModel.Figure("签发人", reply.signer()));
        return new ReportModel(unit + "关于" + item.label() + "的答复", figures, paragraphs, List.of());
    }

    private int yearOf(ReportParameters p) {
        return p.year() != null ? p.year() : LocalDate.now(clock.withZone(zone)).getYear();
    }

    /** The figures a county leader reads out, county-wide, with a paragraph that says them in words. */
    private ReportModel annualSummary(Actor actor, ReportParameters p) {
        if (!Access.readsEverything(actor) && !actor.hasAny(Role.NPC_LIAISON, Role.CPPCC_LIAISON)) {
            throw BanliException.forbidden(Text.of(Text.Code.NOT_ALLOWED, "action", Text.Label.READ_ANNUAL_SUMMARY));
        }
        int year = yearOf(p);
        ItemKind kind = MetricsServiceImpl.kindFor(actor, p.kind());
        AssessmentYear window = AssessmentYear.of(year, zone, clock);
        List<UnitMetrics> units = metrics.metrics(actor, year, kind);
        Map<Metric, Ratio> county = new EnumMap<>(Metric.class);
        for (Metric metric : Metric.values()) {
            county.put(
                    metric,
                    new Ratio(
                            units.stream()
                                    .mapToLong(u -> u.all().get(metric).numerator())
                                    .sum(),
                            metric == Metric.HANDLED_COUNT
                                    ? units.stream()
                                            .mapToLong(u -> u.all().get(metric).numerator())
                                            .sum()
                                    : units.stream()
                                            .mapToLong(u -> u.all().get(metric).denominator())
                                            .sum()));
        }
        ItemQuery ofYear = ItemQuery.page(0, 1).withYear(year);
        long suggestions = kind == ItemKind.PROPOSAL
                ? 0
                : items.list(actor, ofYear.withKind(ItemKind.SUGGESTION)).total();
        long proposals = kind == ItemKind.SUGGESTION
                ? 0
                : items.list(actor, ofYear.withKind(ItemKind.PROPOSAL)).total();
        long keyItems =
                items.list(actor, ofYear.withKind(kind).withKeyItem(true)).total();
        long overdue =
                items.list(actor, ofYear.withKind(kind).withOverdue(true)).total();
        long hosts = units.stream()
                .filter(u -> u.all().get(Metric.HANDLED_COUNT).numerator() > 0)
                .count();
        Map<ReplyClass, Long> classes = metricsStore.replyClasses(window.from(), window.to(), kind);
        long rehandled = metricsStore.rehandled(window.from(), window.to(), kind);
        long assigned = county.get(Metric.HANDLED_COUNT).numerator();

        List<ReportModel.Figure> figures = new ArrayList<>();
        figures.add(new ReportModel.Figure("人大代表建议", suggestions + "件"));
        figures.add(new ReportModel.Figure("政协委员提案", proposals + "件"));
        figures.add(new ReportModel.Figure("承办单位", hosts + "个"));
        figures.add(new ReportModel.Figure("重点件", keyItems + "件"));
        figures.add(new ReportModel.Figure("办复率", percent(county.get(Metric.REPLY_RATE))));
        figures.add(new ReportModel.Figure("按期答复率", percent(county.get(Metric.ON_TIME_RATE))));
        figures.add(new ReportModel.Figure("见面率", percent(county.get(Metric.MEETING_RATE))));
        figures.add(new ReportModel.Figure("满意率", percent(county.get(Metric.SATISFACTION_RATE))));
        figures.add(new ReportModel.Figure("首次测评满意率", percent(county.get(Metric.FIRST_SATISFACTION_RATE))));
        figures.add(new ReportModel.Figure("办结率", percent(county.get(Metric.COMPLETION_RATE))));
        figures.add(new ReportModel.Figure("承诺兑现率", percent(county.get(Metric.COMMITMENTS_KEPT))));
        figures.add(new ReportModel.Figure("重新办理", rehandled + "件"));
        figures.add(new ReportModel.Figure("逾期未答复", overdue + "件"));

        String split = java.util.Arrays.stream(ReplyClass.values())
                .filter(c -> classes.containsKey(c))
                .map(c -> c.name() + "类" + classes.get(c) + "件")
                .collect(java.util.stream.Collectors.joining("、"));
        String narrative = year + "年，全县共收到" + (kind != ItemKind.PROPOSAL ? "人大代表建议" + suggestions + "件" : "")
                + (kind == null ? "、" : "") + (kind != ItemKind.SUGGESTION ? "政协委员提案" + proposals + "件" : "")
                + "，交由" + hosts + "个单位承办" + assigned + "件，其中重点件" + keyItems + "件。截至"
                + chineseDate(window.today()) + "，已答复"
                + county.get(Metric.REPLY_RATE).numerator() + "件，办复率"
                + percent(county.get(Metric.REPLY_RATE)) + "，按期答复率" + percent(county.get(Metric.ON_TIME_RATE))
                + "；代表委员满意和基本满意率" + percent(county.get(Metric.SATISFACTION_RATE)) + "（首次测评"
                + percent(county.get(Metric.FIRST_SATISFACTION_RATE)) + "），见面率"
                + percent(county.get(Metric.MEETING_RATE)) + "。" + (split.isEmpty() ? "" : "答复中" + split + "。")
                + (rehandled > 0 ? "因不满意重新办理" + rehandled + "件。" : "") + "承诺事项兑现率"
                + percent(county.get(Metric.COMMITMENTS_KEPT)) + "。"
                + (overdue > 0 ? "目前仍有" + overdue + "件逾期未答复，需加强督办。" : "目前没有逾期未答复的件。");

        List<Column> columns = List.of(
                new Column("class", "答复类别", ColumnType.TEXT),
                new Column("meaning", "含义", ColumnType.TEXT),
                new Column("count", "件数", ColumnType.INTEGER),
                new Column("share", "占比", ColumnType.PERCENT));
        long replied = classes.values().stream().mapToLong(Long::longValue).sum();
        ReportTable byClass = new ReportTable("答复类别分布", columns, sink -> {
            for (ReplyClass c : ReplyClass.values()) {
                long n = classes.getOrDefault(c, 0L);
                sink.accept(java.util.Arrays.asList(
                        c.name(), c.chinese(), n, replied == 0 ? null : new Ratio(n, replied).value()));
            }
        });
        return new ReportModel(
                year + "年度" + (kind == null ? "建议提案" : kind.chinese()) + "办理情况",
                figures,
                List.of(ReportModel.Paragraph.body(narrative)),
                List.of(byClass, unitTable(units)));
    }

    private ReportModel unitStatistics(Actor actor, ReportParameters p) {
        int year = yearOf(p);
        List<UnitMetrics> units = metrics.metrics(actor, year, p.kind());
        return new ReportModel(
                year + "年度承办单位" + (p.kind() == null ? "建议提案" : p.kind().chinese()) + "办理情况统计",
                List.of(),
                List.of(),
                List.of(unitTable(units)));
    }

    /** The ranking under the county's primary rule, each unit with its score and the reasons for it. */
    private ReportModel assessment(Actor actor, ReportParameters p) {
        Assessment assessment = assessments.assess(actor, yearOf(p), null);
        List<Column> columns = List.of(
                new Column("rank", "名次", ColumnType.INTEGER),
                new Column("unit", "承办单位", ColumnType.TEXT),
                new Column("score", "得分", ColumnType.DECIMAL),
                new Column("hosted", "承办件数", ColumnType.INTEGER),
                new Column("replyRate", METRIC_NAMES.get(Metric.REPLY_RATE), ColumnType.PERCENT),
                new Column("satisfaction", METRIC_NAMES.get(Metric.SATISFACTION_RATE), ColumnType.PERCENT),
                new Column("explanation", "得分说明", ColumnType.TEXT));
        ReportTable ranking = new ReportTable("考评排名", columns, sink -> {
            for (Assessment.Ranked unit : assessment.ranking()) {
                Ratio reply = unit.metrics().all().get(Metric.REPLY_RATE);
                Ratio satisfaction = unit.metrics().all().get(Metric.SATISFACTION_RATE);
                sink.accept(java.util.Arrays.asList(
                        (long) unit.rank(),
                        unit.unitName(),
                        unit.score(),
                        unit.metrics().all().get(Metric.HANDLED_COUNT).numerator(),
                        reply.denominator() == 0 ? null : reply.value(),
                        satisfaction.denominator() == 0 ? null : satisfaction.value(),
                        unit.explanation().stream()
                                .map(l -> l.points() + " " + l.reason())
                                .collect(java.util.stream.Collectors.joining("\n"))));
            }
        });
        return new ReportModel(
                assessment.year() + "年度承办单位绩效考评（" + assessment.ruleName() + "）",
                List.of(
                        new ReportModel.Figure("考评规则", assessment.ruleName() + "（" + assessment.rule() + "）"),
                        new ReportModel.Figure("参评单位", assessment.ranking().size() + "个")),
                List.of(),
                List.of(ranking));
    }

    /** One row per unit with the metrics of DESIGN.md §4 and how many items each counts. */
    private static ReportTable unitTable(List<UnitMetrics> units) {
        List<Column> columns = new ArrayList<>(List.of(
                new Column("unit", "承办单位", ColumnType.TEXT),
                new Column("hosted", "承办件数", ColumnType.INTEGER),
                new Column("coHandled", "协办件数", ColumnType.INTEGER),
                new Column("keyItems", "重点件", ColumnType.INTEGER)));
        List<Metric> rates = List.of(
                Metric.REPLY_RATE,
                Metric.ON_TIME_RATE,
                Metric.MEETING_RATE,
                Metric.SATISFACTION_RATE,
                Metric.FIRST_SATISFACTION_RATE,
                Metric.COMPLETION_RATE,
                Metric.EFFECT,
                Metric.STANDARDIZATION,
                Metric.COMMITMENTS_KEPT);
        for (Metric metric : rates) {
            columns.add(new Column(
                    metric.name().toLowerCase(java.util.Locale.ROOT), METRIC_NAMES.get(metric), ColumnType.PERCENT));
        }
        return new ReportTable("分单位情况", columns, sink -> {
            for (UnitMetrics unit : units) {
                List<Object> row = new ArrayList<>(List.of(
                        unit.unitName(),
                        unit.all().get(Metric.HANDLED_COUNT).numerator(),
                        unit.coHandled(),
                        unit.keyItems().get(Metric.HANDLED_COUNT).numerator()));
                for (Metric metric : rates) {
                    Ratio ratio = unit.all().get(metric);
                    row.add(ratio.denominator() == 0 ? null : ratio.value());
                }
                sink.accept(row);
            }
        });
    }

    static final Map<Metric, String> METRIC_NAMES = Map.of(
            Metric.REPLY_RATE,
            "办复率",
            Metric.ON_TIME_RATE,
            "按期答复率",
            Metric.MEETING_RATE,
            "见面率",
            Metric.SATISFACTION_RATE,
            "满意率",
            Metric.FIRST_SATISFACTION_RATE,
            "首次满意率",
            Metric.COMPLETION_RATE,
            "办结率",
            Metric.EFFECT,
            "A类占比",
            Metric.STANDARDIZATION,
            "规范化",
            Metric.COMMITMENTS_KEPT,
            "承诺兑现率",
            Metric.HANDLED_COUNT,
            "承办件数");

    /** A ratio as people read it: 98.5% (12/13), or — when nothing was counted. */
    static String percent(Ratio ratio) {
        return ratio.denominator() == 0
                ? "—"
                : ColumnType.PERCENT.text(ratio.value()) + "（" + ratio.numerator() + "/" + ratio.denominator() + "）";
    }

    /** Takes one page of items while a table streams. */
    @FunctionalInterface
    private interface PageSink {
        void accept(List<Item> page) throws IOException;
    }

    /** Feeds the pages of a list to {@code page} until the last one. */
    private void eachPage(Actor actor, ItemQuery first, PageSink page) throws IOException {
        for (ItemQuery query = first.withoutTotal(); ; query = query.withPage(query.page() + 1)) {
            Page<Item> found = items.list(actor, query);
            page.accept(found.items());
            if (!found.more()) {
                return;
            }
        }
    }

    private static String scope(ReportParameters p) {
        return (p.year() == null ? "" : p.year() + "年")
                + (p.kind() == null ? "" : p.kind().chinese());
    }

    static String chineseDate(LocalDate date) {
        return date == null ? "" : date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    /** Unit and people names, each looked up once per report. */
    private final class Names {
        private final Map<String, String> unitNames = new HashMap<>();
        private final Map<String, String> people = new HashMap<>();

        String unit(String code) {
            return code == null
                    ? ""
                    : unitNames.computeIfAbsent(
                            code, c -> units.find(c).map(Unit::name).orElse(c));
        }

        String person(String username) {
            return people.computeIfAbsent(
                    username, u -> users.find(u).map(User::displayName).orElse(u));
        }
    }
}
