package org.banli.core.internal.assignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.banli.api.BanliException;
import org.banli.api.assignment.AssignmentBatch;
import org.banli.api.assignment.AssignmentSuggestion;
import org.banli.api.assignment.SuggestedUnit;
import org.banli.api.item.Item;
import org.banli.api.item.ItemDraft;
import org.banli.api.item.ItemKind;
import org.banli.api.item.Step;
import org.banli.api.item.Urgency;
import org.banli.api.similarity.SimilarityEngine;
import org.banli.core.internal.InMemoryRepresentationStore;
import org.banli.core.internal.WorkflowFixture;
import org.banli.core.internal.account.UnitServiceImpl;
import org.banli.core.internal.similarity.SimilarItemsServiceImpl;
import org.banli.similarity.lexical.internal.LexicalEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AssignmentServiceTest extends WorkflowFixture {

    @TempDir
    Path etc;

    private SimilarItemsServiceImpl similar;
    private AssignmentServiceImpl assignments;
    private Path table;

    @BeforeEach
    void county() throws IOException {
        Item lastYear = register(2025, "城建", "关于维修城关镇东街破损道路的建议", "城关镇东街道路破损，路面坑洼，雨天积水，出行不便，建议维修东街道路，疏通排水。");
        step(OFFICE, lastYear, new Step.Assign("tra", List.of("wat"), "交通类"));
        similar = new SimilarItemsServiceImpl(items, new InMemoryRepresentationStore(), service, List.of("lexical"));
        similar.addEngine(new LexicalEngine(), Map.of(SimilarityEngine.ENGINE_PROPERTY, "lexical"));
        table = etc.resolve("banli-category-units.txt");
        Files.writeString(table, "# 类别 = 主办单位、协办单位\n教育 = 教育局\n城建 = 县水利局\n");
        assignments = new AssignmentServiceImpl(
                service,
                items,
                new UnitServiceImpl(directory.unitStore),
                similar,
                new AssignmentServiceImpl.Settings(MonthDay.of(6, 30), table));
    }

    @AfterEach
    void stop() {
        similar.stop();
    }

    private Item register(int year, String category, String title, String body) {
        return service.register(
                OFFICE,
                new ItemDraft(
                        ItemKind.SUGGESTION,
                        year,
                        title,
                        body,
                        DEPUTY.username(),
                        category,
                        false,
                        null,
                        Urgency.NORMAL,
                        false));
    }

    private static List<String> reasons(SuggestedUnit unit) {
        return unit.reasons().stream().map(t -> t.in(Locale.CHINA)).toList();
    }

    @Test
    void theBatchIsTheYearsNewItemsEachWithWhoHandledItsMatterBeforeOrItsCategorysUnit() throws IOException {
        Item road = register(2026, "城建", "关于尽快修缮东街破损道路的建议", "东街路面破损、坑洼不平，下雨积水严重，居民出行困难。希望尽快修缮东街道路，同时改善东街排水。");
        Item school = register(2026, "教育", "关于扩建城关小学食堂的建议", "城关小学学生增多，食堂容纳不下，建议扩建食堂。");
        Item sameSchool = register(2026, "教育", "关于城关小学食堂扩建的建议", "城关小学食堂太小，学生站着吃饭，建议尽快扩建。");
        Item assigned = step(
                OFFICE,
                register(2026, "教育", "关于增加乡村教师的建议", "乡村学校教师不足，建议定向招聘。"),
                new Step.Assign("edu", List.of(), "教育类"));
        step(OFFICE, school, new Step.Merge(List.of(sameSchool.id()), null));

        AssignmentBatch batch = assignments.batch(OFFICE, 2026);

        assertThat(batch.year()).isEqualTo(2026);
        assertThat(batch.replyBy()).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(batch.suggestions())
                .as("not the assigned item, nor the one merged into another")
                .extracting(s -> s.item().id())
                .containsExactly(road.id(), school.id())
                .doesNotContain(assigned.id(), sameSchool.id());
        AssignmentSuggestion forRoad = batch.suggestions().get(0);
        assertThat(forRoad.host().unitCode())
                .as("last year's host of the matter outweighs the category's unit")
                .isEqualTo("tra");
        assertThat(reasons(forRoad.host())).containsExactly("2025年相似的1件中1件由县交通运输局主办");
        assertThat(forRoad.coUnits()).extracting(SuggestedUnit::unitName).containsExactly("县水利局");
        AssignmentSuggestion forSchool = batch.suggestions().get(1);
        assertThat(forSchool.host().unitName()).isEqualTo("县教育局");
        assertThat(reasons(forSchool.host())).containsExactly("类别 教育 → 县教育局");

        Files.writeString(table, "教育 = 县交通运输局\n");
        assertThat(assignments.suggest(OFFICE, school.id()).host().unitCode())
                .as("an edit of the table counts from the next question")
                .isEqualTo("tra");
    }

    @Test
    void onlyTheOfficeIsAdvisedAndAnItemWithoutCategoryOrLikeGetsNoHost() {
        Item culture = register(2026, "文化旅游", "关于建设县博物馆的建议", "我县文物众多，没有博物馆，建议规划建设。");

        assertThat(assignments.suggest(OFFICE, culture.id()).host()).isNull();
        assertThatThrownBy(() -> assignments.batch(SUPERVISOR, 2026))
                .isInstanceOfSatisfying(
                        BanliException.class, e -> assertThat(e.problem()).isEqualTo(BanliException.Problem.FORBIDDEN));
        assertThatThrownBy(() -> assignments.suggest(EDU, culture.id())).isInstanceOf(BanliException.class);
    }
}
