package org.banli.api.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.banli.api.report.ReportTable.Column;
import org.banli.api.report.ReportTable.ColumnType;

/**
 * Reports in the shapes the county prints most, with the columns the real ones have, for the
 * format tests that print them: the annual summary (thirteen figures, a long paragraph, a
 * four-column table and the thirteen-column unit table) and the register (eleven columns).
 */
public final class PrintFixtures {

    /** The figures of the annual summary, label and value, as the summary words them. */
    public static final List<ReportModel.Figure> SUMMARY_FIGURES = List.of(
            new ReportModel.Figure("人大代表建议", "186件"),
            new ReportModel.Figure("政协委员提案", "142件"),
            new ReportModel.Figure("承办单位", "31个"),
            new ReportModel.Figure("重点件", "12件"),
            new ReportModel.Figure("办复率", "54.5%（179/328）"),
            new ReportModel.Figure("按期答复率", "93.3%（167/179）"),
            new ReportModel.Figure("见面率", "88.4%（290/328）"),
            new ReportModel.Figure("满意率", "96.1%（172/179）"),
            new ReportModel.Figure("首次测评满意率", "91.6%（164/179）"),
            new ReportModel.Figure("办结率", "47.0%（154/328）"),
            new ReportModel.Figure("承诺兑现率", "76.9%（20/26）"),
            new ReportModel.Figure("重新办理", "7件"),
            new ReportModel.Figure("逾期未答复", "3件"));

    /** The unit table's headers, the widest table the county prints. */
    public static final List<String> UNIT_HEADERS = List.of(
            "承办单位", "承办件数", "协办件数", "重点件", "办复率", "按期答复率", "见面率", "满意率", "首次满意率", "办结率", "A类占比", "规范化", "承诺兑现率");

    private static final List<String> UNITS = List.of(
            "县教育局",
            "县交通运输局",
            "县卫生健康局",
            "县住房和城乡建设局",
            "县自然资源和规划局",
            "县农业农村局",
            "县水利局",
            "县民政局",
            "县人力资源和社会保障局",
            "县市场监督管理局",
            "县生态环境分局",
            "县文化广电和旅游体育局",
            "县财政局",
            "县公安局",
            "县应急管理局",
            "县城市管理综合执法局",
            "县商务局",
            "县发展和改革局",
            "县科技和工业信息化局",
            "县司法局",
            "县退役军人事务局",
            "县医疗保障局",
            "县林业局",
            "县乡村振兴局",
            "县供电公司",
            "县自来水公司",
            "城关镇人民政府",
            "龙山镇人民政府",
            "河西乡人民政府",
            "县融媒体中心",
            "县数据资源管理局");

    private static final String[] TITLES = {
        "关于加强农村学校学生午餐管理和食品安全监督的建议",
        "关于加快城区老旧小区改造的建议",
        "关于完善县城停车设施的提案",
        "关于整治G318线城关段交通拥堵的建议",
        "关于推进乡镇卫生院标准化建设的提案",
        "关于保护龙溪河水质的建议"
    };

    private PrintFixtures() {}

    /** 2026年度建议提案办理情况 as the county's summary lays it out, with every unit of the county. */
    public static ReportModel annualSummary() {
        List<Column> classColumns = List.of(
                new Column("class", "答复类别", ColumnType.TEXT),
                new Column("meaning", "含义", ColumnType.TEXT),
                new Column("count", "件数", ColumnType.INTEGER),
                new Column("share", "占比", ColumnType.PERCENT));
        ReportTable byClass = new ReportTable("答复类别分布", classColumns, sink -> {
            sink.accept(Arrays.asList("A", "所提问题已经解决或基本解决", 101L, 0.564));
            sink.accept(Arrays.asList("B", "所提问题正在解决或列入计划逐步解决", 52L, 0.291));
            sink.accept(Arrays.asList("C", "所提问题因条件限制或其他原因暂时难以解决", 26L, 0.145));
        });
        List<Column> unitColumns = new ArrayList<>();
        for (int i = 0; i < UNIT_HEADERS.size(); i++) {
            ColumnType type = i == 0 ? ColumnType.TEXT : i < 4 ? ColumnType.INTEGER : ColumnType.PERCENT;
            unitColumns.add(new Column("c" + i, UNIT_HEADERS.get(i), type));
        }
        ReportTable byUnit = new ReportTable("分单位情况", unitColumns, sink -> {
            for (int u = 0; u < UNITS.size(); u++) {
                List<Object> row = new ArrayList<>();
                row.add(UNITS.get(u));
                row.add((long) (3 + u % 17));
                row.add((long) (u % 5));
                row.add((long) (u % 3));
                for (int m = 0; m < 9; m++) {
                    row.add(u % 7 == m ? null : (u * 37 + m * 11) % 1000 / 1000.0);
                }
                sink.accept(row);
            }
        });
        String narrative = "2026年，全县共收到人大代表建议186件、政协委员提案142件，交由31个单位承办328件，其中重点件12件。截至2026年12月4日，"
                + "已答复179件，办复率54.5%（179/328），按期答复率93.3%（167/179）；代表委员满意和基本满意率96.1%（172/179）（首次测评91.6%"
                + "（164/179）），见面率88.4%（290/328）。答复中A类101件、B类52件、C类26件。因不满意重新办理7件。承诺事项兑现率76.9%（20/26）。"
                + "目前仍有3件逾期未答复，需加强督办。";
        return new ReportModel(
                "2026年度建议提案办理情况",
                SUMMARY_FIGURES,
                List.of(ReportModel.Paragraph.body(narrative)),
                List.of(byClass, byUnit));
    }

    /** The register's headers. */
    public static final List<String> REGISTER_HEADERS =
            List.of("编号", "标题", "提出人", "分类", "重点件", "承办单位", "状态", "登记日期", "答复期限", "答复类别", "满意度");

    private static final List<String> REGISTER_KEYS = List.of(
            "label",
            "title",
            "submitter",
            "category",
            "keyItem",
            "hostUnit",
            "status",
            "registered",
            "deadline",
            "replyClass",
            "satisfaction");

    /** 2026年建议提案台账 with {@code rows} items; item n is due on {@link #registerDeadline(int)}. */
    public static ReportModel register(int rows) {
        List<Column> columns = new ArrayList<>();
        for (int i = 0; i < REGISTER_HEADERS.size(); i++) {
            String header = REGISTER_HEADERS.get(i);
            ColumnType type = header.endsWith("日期") || header.endsWith("期限") ? ColumnType.DATE : ColumnType.TEXT;
            columns.add(new Column(REGISTER_KEYS.get(i), header, type));
        }
        ReportTable table = new ReportTable("台账", columns, sink -> {
            for (int n = 1; n <= rows; n++) {
                sink.accept(Arrays.asList(
                        "2026年建议第" + n + "号",
                        TITLES[n % TITLES.length],
                        n % 4 == 0 ? "欧阳建国" : "张伟",
                        n % 3 == 0 ? "城乡建设" : "教育",
                        n % 10 == 0 ? "是" : "",
                        UNITS.get(n % UNITS.size()),
                        n % 2 == 0 ? "办理中" : "已答复",
                        LocalDate.of(2026, 2, 20),
                        registerDeadline(n),
                        n % 2 == 0 ? null : "A",
                        n % 2 == 0 ? null : "基本满意"));
            }
        });
        return new ReportModel("2026年建议提案台账", List.of(), List.of(), List.of(table));
    }

    public static LocalDate registerDeadline(int n) {
        return LocalDate.of(2026, 5, 20).plusDays(n % 40);
    }
}
