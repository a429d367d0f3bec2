package org.banli.intake.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.banli.api.RuleViolationException;
import org.banli.api.intake.IntakeFile;
import org.banli.api.intake.IntakePreview;
import org.banli.api.intake.IntakeProblem;
import org.banli.api.intake.IntakeRow;
import org.banli.api.intake.IntakeSimilarity;
import org.banli.api.item.Item;
import org.banli.api.item.ItemDraft;
import org.banli.api.item.ItemKind;
import org.banli.api.item.ItemQuery;
import org.banli.api.item.Urgency;
import org.banli.api.similarity.SimilarityEngine;
import org.banli.api.user.Role;
import org.banli.api.user.User;
import org.banli.core.internal.WorkflowFixture;
import org.banli.core.internal.account.PasswordHasher;
import org.banli.core.internal.account.UnitServiceImpl;
import org.banli.core.internal.account.UserServiceImpl;
import org.banli.core.internal.similarity.SimilarItemsServiceImpl;
import org.banli.similarity.lexical.internal.LexicalEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Spreadsheets as offices write them (POI for xlsx, GB18030 and UTF-8 for csv), imported into the real workflow. */
class IntakeServiceTest extends WorkflowFixture {

    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final String BODY = "城关小学门口道路狭窄，上下学时段车辆拥堵，学生过马路存在安全隐患，建议增设护学岗和限速标志。";

    private IntakeServiceImpl intake;
    private SimilarItemsServiceImpl similar;

    @BeforeEach
    void submittersByName() {
        for (String[] person :
                new String[][] {{"zhangwei", "张伟"}, {"lina", "李娜"}, {"wangfang1", "王芳"}, {"wangfang2", "王芳"}}) {
            directory.userStore.create(
                    new User(person[0], person[1], Set.of(Role.SUBMITTER), null, null, null, false, START), "hash");
        }
        intake = new IntakeServiceImpl(
                service,
                new UserServiceImpl(
                        directory.userStore,
                        directory.unitStore,
                        directory.failureStore,
                        directory.logins,
                        new PasswordHasher(1_000),
                        Clock.systemUTC()),
                new UnitServiceImpl(directory.unitStore),
                similar = new SimilarItemsServiceImpl(
                        items, new org.banli.core.internal.InMemoryRepresentationStore(), service, List.of("lexical")));
        similar.addEngine(new LexicalEngine(), Map.of(SimilarityEngine.ENGINE_PROPERTY, "lexical"));
    }

    @AfterEach
    void stopSimilarItems() {
        similar.stop();
    }

    /** A sheet as the congress office sends it: a title line, then 提出人 merged over 领衔代表 and 附议代表. */
    private static byte[] xlsx(List<List<String>> rows) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("建议");
            List<String> upper =
                    List.of("编号", "标题", "类别", "提出人", "", "代表团", "内容", "联系电话", "拟主办单位", "拟协办单位", "是否重点", "是否公开", "提出日期");
            List<String> lower = new ArrayList<>(upper);
            lower.set(3, "领衔代表");
            lower.set(4, "附议代表");
            write(sheet.createRow(0), List.of("2026年县人大代表建议汇总表"));
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 12));
            write(sheet.createRow(1), upper);
            List<String> lowerShown = new ArrayList<>();
            for (int c = 0; c < lower.size(); c++) {
                lowerShown.add(c == 3 || c == 4 ? lower.get(c) : "");
            }
            write(sheet.createRow(2), lowerShown);
            sheet.addMergedRegion(new CellRangeAddress(1, 1, 3, 4));
            for (int c : new int[] {0, 1, 2, 5, 6, 7, 8, 9, 10, 11, 12}) {
                sheet.addMergedRegion(new CellRangeAddress(1, 2, c, c));
            }
            for (int r = 0; r < rows.size(); r++) {
                write(sheet.createRow(3 + r), rows.get(r));
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static void write(Row row, List<String> cells) {
        for (int c = 0; c < cells.size(); c++) {
            row.createCell(c).setCellValue(cells.get(c));
        }
    }

    private static List<String> row(String number, String title, String submitter, String coSubmitters) {
        return List.of(
                number,
                title,
                "教育",
                submitter,
                coSubmitters,
                "城关代表团",
                BODY,
                "13800001111",
                "交通运输局",
                "县教育局、县水利局",
                "是",
                "否",
                "2026-01-15");
    }

    private IntakePreview preview(byte[] content, String name) {
        return intake.preview(OFFICE, new IntakeFile(name, content), ItemKind.SUGGESTION, 2026);
    }

    private long registeredItems() {
        return service.list(OFFICE, ItemQuery.page(0, 100)).total();
    }

    @Test
    void aDryRunReadsEveryColumnUnderATwoRowMergedHeaderAndWritesNothing() throws IOException {
        IntakePreview preview = preview(
                xlsx(List.of(
                        row("1", "关于在城关小学门口增设护学岗的建议", "张伟", "李娜、王芳 赵强"), row("第2号", "关于整治G318线城关段交通拥堵的建议", "李娜", ""))),
                "2026年建议.xlsx");

        assertThat(preview.problems()).isEmpty();
        assertThat(preview.confirmed()).isFalse();
        assertThat(preview.rows()).hasSize(2);
        IntakeRow first = preview.rows().get(0);
        assertThat(first.row()).as("as the spreadsheet numbers it").isEqualTo(4);
        assertThat(first.outcome()).isEqualTo(IntakeRow.Outcome.NEW);
        assertThat(first.number()).isEqualTo(1);
        assertThat(first.title()).isEqualTo("关于在城关小学门口增设护学岗的建议");
        assertThat(first.submitter()).as("matched by name").isEqualTo("zhangwei");
        assertThat(first.coSubmitters()).containsExactly("李娜", "王芳", "赵强");
        assertThat(first.delegation()).isEqualTo("城关代表团");
        assertThat(first.category()).isEqualTo("教育");
        assertThat(first.phone()).isEqualTo("13800001111");
        assertThat(first.proposedHost()).as("交通运输局 without its 县").isEqualTo("tra");
        assertThat(first.proposedCoUnits()).containsExactly("edu", "wat");
        assertThat(first.keyItem()).isTrue();
        assertThat(first.publicReply()).isFalse();
        assertThat(first.submittedOn()).isEqualTo(LocalDate.of(2026, 1, 15));
        assertThat(preview.rows().get(1).number()).isEqualTo(2);
        assertThat(registeredItems()).as("a dry run").isZero();
    }

    @Test
    void everyProblemOfEveryRowIsNamedByRowAndColumnAndNothingIsWritten() throws IOException {
        List<List<String>> rows = new ArrayList<>();
        rows.add(row("1", "关于在城关小学门口增设护学岗的建议", "张伟", ""));
        rows.add(row("十二", "", "无名氏", ""));
        List<String> wrong = new ArrayList<>(row("1", "关于完善县城停车设施的建议", "王芳", ""));
        wrong.set(8, "县外星局");
        wrong.set(10, "可能");
        wrong.set(12, "2026-13-45");
        rows.add(wrong);
        byte[] sheet = xlsx(rows);

        IntakePreview preview = preview(sheet, "有误.xlsx");

        assertThat(preview.rows())
                .extracting(IntakeRow::outcome)
                .containsExactly(IntakeRow.Outcome.NEW, IntakeRow.Outcome.REFUSED, IntakeRow.Outcome.REFUSED);
        assertThat(preview.problems())
                .extracting(
                        IntakeProblem::row,
                        IntakeProblem::column,
                        p -> p.located().in(Locale.CHINESE))
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(5, "编号", "第5行“编号”：十二 不是编号（应为正整数）"),
                        org.assertj.core.groups.Tuple.tuple(5, "领衔代表", "第5行“领衔代表”：提出人 无名氏 不是已登记的代表或委员"),
                        org.assertj.core.groups.Tuple.tuple(5, "标题", "第5行“标题”：标题不能为空"),
                        org.assertj.core.groups.Tuple.tuple(6, "编号", "第6行“编号”：编号 1 与第4行重复"),
                        org.assertj.core.groups.Tuple.tuple(6, "领衔代表", "第6行“领衔代表”：2 位代表或委员都名为 王芳：请先区分他们的显示名"),
                        org.assertj.core.groups.Tuple.tuple(6, "拟主办单位", "第6行“拟主办单位”：没有名为 县外星局 的单位"),
                        org.assertj.core.groups.Tuple.tuple(6, "是否重点", "第6行“是否重点”：可能 应为“是”或“否”"),
                        org.assertj.core.groups.Tuple.tuple(6, "提出日期", "第6行“提出日期”：2026-13-45 不是日期（如 2026-01-15）"));

        assertThatThrownBy(() -> intake.confirm(OFFICE, new IntakeFile("有误.xlsx", sheet), ItemKind.SUGGESTION, 2026))
                .isInstanceOf(RuleViolationException.class)
                .satisfies(e -> assertThat(((RuleViolationException) e)
                                .violations()
                                .get(0)
                                .text()
                                .in(Locale.CHINESE))
                        .isEqualTo("未导入：表中有 8 处问题，须先改正"));
        assertThat(registeredItems()).as("not even the row without problems").isZero();
    }

    @Test
    void submittersWithoutAnAccountGetOneInTheSameConfirmationAndAreFoundByTheNextImport() throws IOException {
        List<String> second = new ArrayList<>(row("2", "关于整治G318线城关段交通拥堵的建议", "陈新民", ""));
        second.set(7, "0571-12345678");
        byte[] sheet = xlsx(List.of(
                row("1", "关于在城关小学门口增设护学岗的建议", "陈新民", ""),
                second,
                row("3", "关于完善县城停车设施的建议", "刘晓红", ""),
                row("4", "关于增设城区公交站台的建议", "张伟", "")));
        IntakeFile file = new IntakeFile("新代表.xlsx", sheet);

        IntakePreview asked = preview(sheet, "新代表.xlsx");
        assertThat(asked.newSubmitters())
                .as("in the order of the sheet, once each")
                .containsExactly("陈新民", "刘晓红");
        assertThat(asked.problems())
                .as("problems unless the office asks for accounts")
                .hasSize(3);
        IntakePreview offered = intake.preview(OFFICE, file, ItemKind.SUGGESTION, 2026, true);
        assertThat(offered.problems()).isEmpty();
        assertThat(offered.newSubmitters()).containsExactly("陈新民", "刘晓红");
        assertThat(directory.userStore.find("deputy-2026-001"))
                .as("a preview makes no account")
                .isEmpty();

        IntakePreview done = intake.confirm(OFFICE, file, ItemKind.SUGGESTION, 2026, true);

        assertThat(done.accounts())
                .extracting(
                        a -> a.user().displayName(),
                        a -> a.user().username(),
                        a -> a.user().phone())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("陈新民", "deputy-2026-001", "13800001111"),
                        org.assertj.core.groups.Tuple.tuple("刘晓红", "deputy-2026-002", "13800001111"));
        assertThat(done.accounts()).allSatisfy(a -> {
            assertThat(a.user().roles()).containsExactly(Role.SUBMITTER);
            assertThat(a.user().mustChangePassword()).isTrue();
            assertThat(a.temporaryPassword()).hasSizeGreaterThanOrEqualTo(10);
        });
        assertThat(done.rows())
                .extracting(IntakeRow::submitter)
                .containsExactly("deputy-2026-001", "deputy-2026-001", "deputy-2026-002", "zhangwei");
        assertThat(service.list(OFFICE, ItemQuery.page(0, 10).withSubmitter("deputy-2026-001"))
                        .total())
                .as("the lead submitter rates: the new account is the item's")
                .isEqualTo(2);

        IntakePreview again = intake.confirm(OFFICE, file, ItemKind.SUGGESTION, 2026, true);
        assertThat(again.accounts()).as("found by name now: no second account").isEmpty();
        assertThat(again.alreadyRegistered()).isEqualTo(4);
        assertThatThrownBy(() -> intake.preview(EDU, file, ItemKind.SUGGESTION, 2026, true))
                .isInstanceOf(org.banli.api.BanliException.class);
    }

    @Test
    void theTemplateHasEveryColumnAsTheKindNamesItAndImportsOnceFilledIn() throws IOException {
        IntakeFile template = intake.template(ItemKind.PROPOSAL);
        assertThat(template.name()).isEqualTo("提案导入模板.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new java.io.ByteArrayInputStream(template.content()))) {
            Row header = workbook.getSheetAt(0).getRow(0);
            List<String> names = new ArrayList<>();
            header.forEach(cell -> names.add(cell.getStringCellValue()));
            assertThat(names)
                    .containsExactly(
                            "编号", "案由", "类别", "第一提案人", "联名提案人", "界别", "内容", "联系电话", "拟主办单位", "拟协办单位", "是否重点", "是否公开",
                            "提出日期");
            assertThat(workbook.getSheetAt(1).getRow(4).getCell(1).getStringCellValue())
                    .as("what goes under 第一提案人")
                    .isEqualTo("领衔代表或第一提案人的姓名，必填");
            write(
                    workbook.getSheetAt(0).createRow(1),
                    List.of(
                            "7",
                            "关于完善县城停车设施的提案",
                            "城乡建设",
                            "张伟",
                            "李娜、赵强",
                            "经济界",
                            BODY,
                            "13800001111",
                            "交通运输局",
                            "县教育局",
                            "是",
                            "是",
                            "2026-01-20"));
            ByteArrayOutputStream filled = new ByteArrayOutputStream();
            workbook.write(filled);

            IntakePreview preview =
                    intake.preview(OFFICE, new IntakeFile("提案.xlsx", filled.toByteArray()), ItemKind.PROPOSAL, 2026);

            assertThat(preview.problems()).isEmpty();
            assertThat(preview.rows()).singleElement().satisfies(row -> {
                assertThat(row.number()).isEqualTo(7);
                assertThat(row.submitter()).isEqualTo("zhangwei");
                assertThat(row.coSubmitters()).containsExactly("李娜", "赵强");
                assertThat(row.delegation()).isEqualTo("经济界");
                assertThat(row.proposedHost()).isEqualTo("tra");
                assertThat(row.proposedCoUnits()).containsExactly("edu");
                assertThat(row.publicReply()).isTrue();
                assertThat(row.submittedOn()).isEqualTo(LocalDate.of(2026, 1, 20));
            });
        }
    }

    @Test
    void aConfirmedBatchKeepsItsNumbersAndImportingItAgainChangesNothing() throws IOException {
        byte[] sheet = xlsx(List.of(
                row("7", "关于在城关小学门口增设护学岗的建议", "张伟", ""),
                row("8", "关于整治G318线城关段交通拥堵的建议", "李娜", ""),
                row("", "关于完善县城停车设施的建议", "张伟", "")));

        IntakePreview done = intake.confirm(OFFICE, new IntakeFile("2026.xlsx", sheet), ItemKind.SUGGESTION, 2026);

        assertThat(done.confirmed()).isTrue();
        assertThat(done.rows())
                .extracting(IntakeRow::registeredAs)
                .containsExactly("2026年建议第7号", "2026年建议第8号", "2026年建议第9号");
        Item seventh = service.list(OFFICE, ItemQuery.page(0, 10).withNumber(7))
                .items()
                .get(0);
        assertThat(service.get(OFFICE, seventh.id()).body()).isEqualTo(BODY);
        assertThat(seventh.submitter()).isEqualTo("zhangwei");
        assertThat(seventh.keyItem()).isTrue();
        assertThat(service.intake(OFFICE, service.dossier(OFFICE, seventh.id())))
                .as("what the sheet said beyond registration, kept with the item")
                .hasValueSatisfying(kept -> {
                    assertThat(kept.delegation()).isEqualTo("城关代表团");
                    assertThat(kept.phone()).isEqualTo("13800001111");
                    assertThat(kept.submittedOn()).isEqualTo(LocalDate.of(2026, 1, 15));
                    assertThat(kept.proposedHost()).isEqualTo("tra");
                    assertThat(kept.proposedCoUnits()).containsExactly("edu", "wat");
                });
        assertThatThrownBy(() -> service.intake(TRA, service.dossier(OFFICE, seventh.id())))
                .as("nobody sees it who may not see the item")
                .hasMessageContaining("不存在");
        Item byForm = service.register(
                OFFICE,
                new ItemDraft(
                        ItemKind.SUGGESTION,
                        2026,
                        "关于加快城区老旧小区改造的建议",
                        BODY,
                        "lina",
                        "城建",
                        false,
                        null,
                        Urgency.NORMAL,
                        false));
        assertThat(byForm.number()).as("the series goes on after the batch").isEqualTo(10);

        IntakePreview again = intake.confirm(OFFICE, new IntakeFile("2026.xlsx", sheet), ItemKind.SUGGESTION, 2026);

        assertThat(again.rows()).extracting(IntakeRow::outcome).containsOnly(IntakeRow.Outcome.ALREADY_REGISTERED);
        assertThat(again.rows())
                .as("recognised by number, and without one by title and submitter")
                .extracting(IntakeRow::registeredAs)
                .containsExactly("2026年建议第7号", "2026年建议第8号", "2026年建议第9号");
        assertThat(registeredItems()).isEqualTo(4);
    }

    @Test
    void aNumberTakenByAnotherItemIsAProblemNotAnOverwrite() throws IOException {
        service.register(
                OFFICE,
                new ItemDraft(
                        ItemKind.SUGGESTION,
                        2026,
                        "关于加快城区老旧小区改造的建议",
                        BODY,
                        "lina",
                        "城建",
                        false,
                        null,
                        Urgency.NORMAL,
                        false));

        IntakePreview preview = preview(xlsx(List.of(row("1", "关于在城关小学门口增设护学岗的建议", "张伟", ""))), "x.xlsx");

        assertThat(preview.problems())
                .extracting(p -> p.located().in(Locale.CHINESE))
                .containsExactly("第4行“编号”：2026年建议第1号已登记为另一件：关于加快城区老旧小区改造的建议");
    }

    @Test
    void thePreviewSaysWhichRowsAreLikeRegisteredItemsAndLikeOneAnother() {
        Item registered = service.register(
                OFFICE,
                new ItemDraft(
                        ItemKind.SUGGESTION,
                        2026,
                        "关于修缮城关镇东街破损道路的建议",
                        "城关镇东街道路年久失修，路面坑洼破损严重，雨天积水，群众出行不便。建议尽快修缮东街道路，完善排水设施。",
                        "zhangwei",
                        "城建",
                        false,
                        null,
                        Urgency.NORMAL,
                        false));
        String csv = "案由,领衔代表,内容\r\n"
                + "关于尽快修复东街破损路面的建议,李娜,东街路面破损、坑洼不平，下雨积水严重，居民出行困难，希望尽快修复东街道路并改善排水。\r\n"
                + "关于改善农村学校午餐的建议,张伟,农村学校午餐营养不均衡，食堂设施简陋，建议加大投入，改善学生午餐质量。\r\n"
                + "关于提高农村学校午餐质量的建议,李娜,建议改善农村学校食堂设施，提高学生午餐营养和质量，加大午餐投入。\r\n";

        IntakePreview preview = preview(csv.getBytes(StandardCharsets.UTF_8), "汇总.csv");

        assertThat(preview.problems()).isEmpty();
        assertThat(preview.similar()).extracting(IntakeSimilarity::row).containsExactly(2, 3, 4);
        assertThat(preview.similar().get(0).registered().duplicates())
                .as("the road is registered already: a merge candidate")
                .extracting(s -> s.item().id())
                .containsExactly(registered.id());
        assertThat(preview.similar())
                .as("the two lunch rows are likely duplicates of one another")
                .extracting(IntakeSimilarity::duplicateRows)
                .containsExactly(List.of(), List.of(4), List.of(3));
        assertThat(preview.similar().get(1).registered().duplicates()).isEmpty();
        assertThat(intake.confirm(
                                OFFICE,
                                new IntakeFile("汇总.csv", csv.getBytes(StandardCharsets.UTF_8)),
                                ItemKind.SUGGESTION,
                                2026)
                        .similar())
                .as("the confirmation's answer is the registration's, not the comparison's")
                .isEmpty();
    }

    @Test
    void csvReadsTheSameInGb18030AndInUtf8WithOrWithoutItsByteOrderMark() {
        String csv = "建议号,案由,领衔代表,附议代表,内容,是否公开\r\n"
                + "3,关于在城关小学门口增设护学岗的建议,张伟,\"李娜，王芳\",\"" + BODY + "\",是\r\n"
                + "4,\"关于整治G318线城关段交通拥堵的建议\",李娜,,\"" + BODY + "\n第二段。\",否\r\n";
        byte[] utf8 = csv.getBytes(StandardCharsets.UTF_8);
        byte[] bom = new byte[utf8.length + 3];
        bom[0] = (byte) 0xEF;
        bom[1] = (byte) 0xBB;
        bom[2] = (byte) 0xBF;
        System.arraycopy(utf8, 0, bom, 3, utf8.length);

        for (byte[] content : List.of(csv.getBytes(GB18030), utf8, bom)) {
            IntakePreview preview = preview(content, "汇总.csv");
            assertThat(preview.problems()).isEmpty();
            assertThat(preview.rows())
                    .extracting(IntakeRow::number, IntakeRow::title, IntakeRow::submitter, IntakeRow::publicReply)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple(3, "关于在城关小学门口增设护学岗的建议", "zhangwei", true),
                            org.assertj.core.groups.Tuple.tuple(4, "关于整治G318线城关段交通拥堵的建议", "lina", false));
            assertThat(preview.rows().get(0).coSubmitters()).containsExactly("李娜", "王芳");
        }
    }

    @Test
    void aSheetWithoutAHeaderOrOfAnotherFormatIsRefusedWithItsReason() throws IOException {
        IntakePreview noHeader = preview("甲,乙\r\n1,2\r\n".getBytes(StandardCharsets.UTF_8), "a.csv");
        assertThat(noHeader.problems())
                .extracting(p -> p.located().in(Locale.CHINESE))
                .containsExactly("前 10 行中没有表头：须有“标题”或“案由”列");
        assertThatThrownBy(() -> preview(new byte[] {1, 2, 3}, "a.doc"))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("只能导入 xlsx 或 csv 文件：a.doc");
        assertThatThrownBy(() -> preview(new byte[] {1, 2, 3}, "broken.xlsx"))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("文件无法读取");
    }

    @Test
    void onlyTheOfficeImports() throws IOException {
        byte[] sheet = xlsx(List.of(row("1", "关于在城关小学门口增设护学岗的建议", "张伟", "")));
        assertThatThrownBy(() -> intake.preview(EDU, new IntakeFile("x.xlsx", sheet), ItemKind.SUGGESTION, 2026))
                .hasMessageContaining("无权登记建议提案");
        assertThatThrownBy(() -> intake.confirm(DEPUTY, new IntakeFile("x.xlsx", sheet), ItemKind.SUGGESTION, 2026))
                .hasMessageContaining("无权登记建议提案");
        assertThatThrownBy(() -> intake.preview(DEPUTY, new IntakeFile(null, sheet), null, 2026))
                .as("refused for who they are before anything is said of what they sent")
                .hasMessageContaining("无权登记建议提案");
        assertThatThrownBy(() -> intake.preview(OFFICE, new IntakeFile(null, sheet), ItemKind.SUGGESTION, 2026))
                .hasMessageContaining("name不能为空");
        assertThatThrownBy(() -> intake.preview(OFFICE, new IntakeFile("x.xlsx", sheet), null, 2026))
                .hasMessageContaining("类型不能为空");
        assertThat(registeredItems()).isZero();
    }

    @Test
    void aYearsBatchOfFiveThousandRowsIsReadWithinHalfAGigabyte() throws IOException {
        List<List<String>> rows = new ArrayList<>();
        for (int n = 1; n <= 5_000; n++) {
            rows.add(row(String.valueOf(n), "关于第" + n + "条道路改造的建议", n % 2 == 0 ? "张伟" : "李娜", "赵强"));
        }
        byte[] sheet = xlsx(rows);
        List<String> told = new ArrayList<>();

        IntakePreview preview = intake.preview(
                OFFICE,
                new IntakeFile("5000.xlsx", sheet),
                ItemKind.SUGGESTION,
                2026,
                false,
                (stage, done, total) -> told.add(stage + " " + done + "/" + total));

        assertThat(preview.problems()).isEmpty();
        assertThat(preview.newRows()).isEqualTo(5_000);
        assertThat(told)
                .as("the rows read, then every hundred checked, then every hundred compared")
                .hasSize(1 + 50 + 50)
                .startsWith("READ 5000/5000", "CHECKED 100/5000", "CHECKED 200/5000")
                .contains("CHECKED 5000/5000", "COMPARED 100/5000")
                .endsWith("COMPARED 4900/5000", "COMPARED 5000/5000");
        assertThat(Runtime.getRuntime().maxMemory()).as("surefire's -Xmx512m").isLessThanOrEqualTo(512L * 1024 * 1024);
    }
}
