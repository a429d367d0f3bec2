package org.banli.core.internal;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;

import org.banli.api.Actor;
import org.banli.api.BanliException;
import org.banli.api.Page;
import org.banli.api.RuleViolationException;
import org.banli.api.item.Dossier;
import org.banli.api.item.Item;
import org.banli.api.item.ItemQuery;
import org.banli.api.item.ItemService;
import org.banli.api.item.Reply;
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
import org.banli.api.store.ItemStore;
import org.banli.api.store.UnitStore;
import org.banli.api.store.UserStore;
import org.banli.api.unit.Unit;
import org.banli.api.user.User;
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
    /** Rows read per query while a table streams. */
    static final int PAGE = ItemServiceImpl.MAX_PAGE_SIZE;

    private static final List<ReportInfo> REPORTS = List.of(
            new ReportInfo(REGISTER, "建议提案台账", "Item register", List.of("year", "kind", "unit", "from", "to")),
            new ReportInfo(OVERDUE, "逾期及临期件清单", "Overdue and at-risk items", List.of("kind", "unit")),
            new ReportInfo(REPLY_LETTER, "答复函", "Reply letter", List.of("item")));

    private final ItemService items;
    private final ItemStore store;
    private final UnitStore units;
    private final UserStore users;
    private final ZoneId zone;
    private final int atRiskDays;
    private final Map<String, ReportFormat> formats = new ConcurrentSkipListMap<>();

    @Activate
    public ReportServiceImpl(@Reference ItemService items, @Reference ItemStore store, @Reference UnitStore units,
            @Reference UserStore users, HandlingRules rules) {
        this(items, store, units, users, ZoneId.of(rules.timeZone()), rules.atRiskDays());
    }

    ReportServiceImpl(ItemService items, ItemStore store, UnitStore units, UserStore users, ZoneId zone,
            int atRiskDays) {
        this.items = items;
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
    void addFormat(ReportFormat format) {
        formats.put(format.id(), format);
    }

    void removeFormat(ReportFormat format) {
        formats.remove(format.id(), format);
    }

    @Override
    public Optional<ReportFormat> format(String id) {
        return Optional.ofNullable(id == null ? null : formats.get(id));
    }

    @Override
    public List<String> formats() {
        return List.copyOf(formats.keySet());
    }

    @Override
    public ReportModel build(Actor actor, String report, ReportParameters parameters) {
        ReportParameters p = parameters == null ? ReportParameters.none() : parameters;
        if (p.from() != null && p.to() != null && p.from().isAfter(p.to())) {
            throw RuleViolationException.of("from", "开始日期晚于结束日期 (from is after to)");
        }
        return switch (report == null ? "" : report) {
        case REGISTER -> register(actor, p);
        case OVERDUE -> overdue(actor, p);
        case REPLY_LETTER -> replyLetter(actor, p);
        default -> throw BanliException.notFound("没有这个报表 (no such report): " + report + "；可用 (available): "
                + REPORTS.stream().map(ReportInfo::id).toList());
        };
    }

    private ReportModel register(Actor actor, ReportParameters p) {
        ItemQuery query = ItemQuery.page(0, PAGE).withYear(p.year()).withKind(p.kind()).withHostUnit(p.unit());
        Names names = new Names();
        List<Column> columns = List.of(new Column("label", "编号 Number", ColumnType.TEXT),
                new Column("title", "标题 Title", ColumnType.TEXT),
                new Column("submitter", "提出人 Submitter", ColumnType.TEXT),
                new Column("category", "分类 Category", ColumnType.TEXT),
                new Column("keyItem", "重点件 Key item", ColumnType.TEXT),
                new Column("hostUnit", "承办单位 Host unit", ColumnType.TEXT),
                new Column("status", "状态 Status", ColumnType.TEXT),
                new Column("registered", "登记日期 Registered", ColumnType.DATE),
                new Column("deadline", "答复期限 Deadline", ColumnType.DATE),
                new Column("replyClass", "答复类别 Reply class", ColumnType.TEXT),
                new Column("satisfaction", "满意度 Rating", ColumnType.TEXT));
        ReportTable table = new ReportTable("台账 Register", columns, row -> eachPage(actor, query, page -> {
            Map<Long, ItemStore.Outcome> outcomes = store.outcomes(page.stream().map(Item::id).toList());
            for (Item item : page) {
                LocalDate registered = LocalDate.ofInstant(item.registeredAt(), zone);
                if ((p.from() != null && registered.isBefore(p.from())) || (p.to() != null && registered.isAfter(p.to()))) {
                    continue;
                }
                ItemStore.Outcome outcome = outcomes.getOrDefault(item.id(), new ItemStore.Outcome(null, null));
                row.accept(java.util.Arrays.asList(item.label(), item.title(), names.person(item.submitter()),
                        item.category(), item.keyItem() ? "是" : "", names.unit(item.hostUnit()),
                        item.status().chinese(), registered, item.deadline(),
                        outcome.replyClass() == null ? null : outcome.replyClass().name(),
                        outcome.satisfaction() == null ? null : outcome.satisfaction().chinese()));
            }
        }));
        return new ReportModel(scope(p) + "建议提案台账", List.of(), List.of(), List.of(table));
    }

    private ReportModel overdue(Actor actor, ReportParameters p) {
        ItemQuery base = ItemQuery.page(0, PAGE).withKind(p.kind()).withHostUnit(p.unit());
        Names names = new Names();
        List<Column> columns = List.of(new Column("label", "编号 Number", ColumnType.TEXT),
                new Column("title", "标题 Title", ColumnType.TEXT),
                new Column("hostUnit", "承办单位 Host unit", ColumnType.TEXT),
                new Column("status", "状态 Status", ColumnType.TEXT),
                new Column("deadline", "答复期限 Deadline", ColumnType.DATE),
                new Column("daysLeft", "剩余天数 Days left", ColumnType.INTEGER),
                new Column("warnings", "预警 Warnings", ColumnType.TEXT));
        ItemQuery overdue = base.withOverdue(true);
        ItemQuery atRisk = base.withDueWithinDays(atRiskDays);
        List<ReportTable> tables = new ArrayList<>();
        for (ItemQuery query : List.of(overdue, atRisk)) {
            tables.add(new ReportTable(query == overdue ? "已逾期 Overdue" : "临近期限 At risk", columns,
                    row -> eachPage(actor, query, page -> {
                        for (Item item : page) {
                            Timing timing = items.timing(item);
                            row.accept(java.util.Arrays.asList(item.label(), item.title(), names.unit(item.hostUnit()),
                                    item.status().chinese(), item.deadline(), timing.daysLeft(), String.join("；",
                                            timing.warnings().stream().map(Timing.Warning::message).toList())));
                        }
                    })));
        }
        List<ReportModel.Figure> figures = List.of(
                new ReportModel.Figure("已逾期 Overdue", Long.toString(items.list(actor, overdue).total())),
                new ReportModel.Figure("临近期限 At risk (" + atRiskDays + "天内)", Long.toString(items.list(actor,
                        atRisk).total())));
        return new ReportModel(scope(p) + "逾期及临期件清单", figures, List.of(), tables);
    }

    private ReportModel replyLetter(Actor actor, ReportParameters p) {
        if (p.item() == null) {
            throw RuleViolationException.of("item", "请指定建议或提案 (item is required)");
        }
        Dossier dossier = items.dossier(actor, p.item());
        Item item = dossier.item();
        Reply reply = dossier.currentReply().filter(r -> r.state() != Reply.State.DRAFT)
                .or(dossier::latestAcceptedReply)
                .orElseThrow(() -> BanliException.conflict("尚无经单位负责人审定的答复 (no reply approved by the unit head yet)"));
        Names names = new Names();
        String unit = names.unit(reply.unitCode());
        String addressee = names.person(item.submitter()) + (item.kind() == org.banli.api.item.ItemKind.SUGGESTION
                ? "代表" : "委员");
        List<ReportModel.Paragraph> paragraphs = new ArrayList<>();
        paragraphs.add(new ReportModel.Paragraph(addressee + "：", Style.PLAIN));
        paragraphs.add(ReportModel.Paragraph.body("您提出的《" + item.title() + "》（" + item.label() + "）收悉，现答复如下："));
        reply.text().lines().map(String::strip).filter(l -> !l.isEmpty()).map(ReportModel.Paragraph::body)
                .forEach(paragraphs::add);
        for (int i = 0; i < reply.commitments().size(); i++) {
            var commitment = reply.commitments().get(i);
            paragraphs.add(ReportModel.Paragraph.body("承诺事项" + (i + 1) + "：" + commitment.text() + "（"
                    + chineseDate(commitment.dueDate()) + "前完成）"));
        }
        paragraphs.add(ReportModel.Paragraph.body("感谢您对我县工作的关心和支持。"));
        paragraphs.add(new ReportModel.Paragraph(unit, Style.SIGNATURE));
        paragraphs.add(new ReportModel.Paragraph(chineseDate(LocalDate.ofInstant(reply.reviewedAt() != null
                ? reply.reviewedAt() : reply.approvedAt(), zone)), Style.SIGNATURE));
        paragraphs.add(new ReportModel.Paragraph("联系人：" + reply.contactPerson() + "　联系电话：" + reply.contactPhone(),
                Style.PLAIN));
        if (reply.copyTo() != null && !reply.copyTo().isBlank()) {
            paragraphs.add(new ReportModel.Paragraph("抄送：" + reply.copyTo(), Style.PLAIN));
        }
        List<ReportModel.Figure> figures = List.of(
                new ReportModel.Figure("答复类别 Class", reply.replyClass().name() + "（" + reply.replyClass().chinese()
                        + "）"),
                new ReportModel.Figure("编号 Number", item.label()),
                new ReportModel.Figure("签发人 Signed by", reply.signer()));
        return new ReportModel(unit + "关于" + item.label() + "的答复", figures, paragraphs, List.of());
    }

    /** Takes one page of items while a table streams. */
    @FunctionalInterface
    private interface PageSink {
        void accept(List<Item> page) throws IOException;
    }

    /** Feeds the pages of a list to {@code page} until the last one. */
    private void eachPage(Actor actor, ItemQuery first, PageSink page) throws IOException {
        for (ItemQuery query = first;; query = query.withPage(query.page() + 1)) {
            Page<Item> found = items.list(actor, query);
            page.accept(found.items());
            if ((long) (query.page() + 1) * query.size() >= found.total()) {
                return;
            }
        }
    }

    private static String scope(ReportParameters p) {
        return (p.year() == null ? "" : p.year() + "年") + (p.kind() == null ? "" : p.kind().chinese());
    }

    static String chineseDate(LocalDate date) {
        return date == null ? "" : date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    /** Unit and people names, each looked up once per report. */
    private final class Names {
        private final Map<String, String> unitNames = new HashMap<>();
        private final Map<String, String> people = new HashMap<>();

        String unit(String code) {
            return code == null ? "" : unitNames.computeIfAbsent(code, c -> units.find(c).map(Unit::name).orElse(c));
        }

        String person(String username) {
            return people.computeIfAbsent(username, u -> users.find(u).map(User::displayName).orElse(u));
        }
    }
}
