package org.banli.core.internal.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.banli.api.assignment.SuggestedUnit;
import org.banli.api.unit.Unit;
import org.banli.core.internal.assignment.AssignmentAdvisor.Advice;
import org.banli.core.internal.assignment.AssignmentAdvisor.HandledItem;
import org.banli.core.internal.assignment.AssignmentAdvisor.SheetProposal;
import org.junit.jupiter.api.Test;

class AssignmentAdvisorTest {

    private static final Map<String, String> NAMES =
            Map.of("jtj", "县交通运输局", "gaj", "县公安局", "zjj", "县住房和城乡建设局", "cgj", "县城市管理局", "czj", "县财政局");

    private static final CategoryUnits TABLE = CategoryUnits.parse(
            List.of("交通 = 县交通运输局、县公安局", "城乡建设 = 县住房和城乡建设局"),
            NAMES.entrySet().stream()
                    .map(e -> new Unit(e.getKey(), e.getValue()))
                    .toList());

    private static Advice advise(String category, SheetProposal sheet, HandledItem... similar) {
        return AssignmentAdvisor.advise(category, sheet, List.of(similar), TABLE, NAMES::get);
    }

    private static List<String> reasons(SuggestedUnit unit) {
        return unit.reasons().stream().map(t -> t.in(Locale.CHINA)).toList();
    }

    @Test
    void theHostsOfSimilarItemsOutweighTheCategory() {
        Advice advice = advise(
                "城乡建设",
                SheetProposal.NONE,
                new HandledItem(2025, "cgj", List.of("czj")),
                new HandledItem(2024, "cgj", List.of()),
                new HandledItem(2025, "zjj", List.of("czj")));

        assertThat(advice.host().unitCode()).isEqualTo("cgj");
        assertThat(advice.host().unitName()).isEqualTo("县城市管理局");
        assertThat(reasons(advice.host())).containsExactly("2024、2025年相似的3件中2件由县城市管理局主办");
        assertThat(advice.coUnits())
                .as("helped with two of the three: at least half")
                .extracting(SuggestedUnit::unitCode)
                .containsExactly("czj");
        assertThat(reasons(advice.coUnits().get(0))).containsExactly("2024、2025年相似的3件中2件由县财政局协办");
        assertThat(advice.host().reasons().get(0).in(Locale.ENGLISH))
                .isEqualTo("2 of the 3 similar items of 2024、2025 were hosted by 县城市管理局");
    }

    @Test
    void theCategoryDecidesWithoutSimilarItemsAndBringsItsCoUnits() {
        Advice advice = advise("交通", SheetProposal.NONE);

        assertThat(advice.host().unitCode()).isEqualTo("jtj");
        assertThat(reasons(advice.host())).containsExactly("类别 交通 → 县交通运输局");
        assertThat(advice.coUnits()).extracting(SuggestedUnit::unitCode).containsExactly("gaj");
        assertThat(reasons(advice.coUnits().get(0))).containsExactly("类别 交通 → 协办 县公安局");
    }

    @Test
    void oneSimilarItemOutweighsTheCategoryWhichBreaksATieAndAgreeingReasonsAreAllGiven() {
        Advice one = advise("交通", SheetProposal.NONE, new HandledItem(2025, "cgj", List.of()));
        assertThat(one.host().unitCode()).isEqualTo("cgj");
        Advice tie = advise(
                "交通",
                SheetProposal.NONE,
                new HandledItem(2025, "cgj", List.of()),
                new HandledItem(2024, "jtj", List.of()));
        assertThat(tie.host().unitCode()).isEqualTo("jtj");
        Advice tieWithoutTheCategory = advise(
                "城乡建设",
                SheetProposal.NONE,
                new HandledItem(2025, "cgj", List.of()),
                new HandledItem(2024, "jtj", List.of()));
        assertThat(tieWithoutTheCategory.host().unitCode())
                .as("the likest item's host")
                .isEqualTo("cgj");

        Advice agreeing = advise("交通", SheetProposal.NONE, new HandledItem(2025, "jtj", List.of()));
        assertThat(reasons(agreeing.host())).containsExactly("2025年相似的1件中1件由县交通运输局主办", "类别 交通 → 县交通运输局");
    }

    @Test
    void theSheetsProposalComesFirstAndTheHostIsNeverItsOwnCoUnit() {
        Advice advice = advise(
                "交通", new SheetProposal("gaj", List.of("jtj", "czj")), new HandledItem(2025, "jtj", List.of("gaj")));

        assertThat(advice.host().unitCode()).isEqualTo("gaj");
        assertThat(reasons(advice.host())).containsExactly("交办表拟由 县公安局 主办");
        assertThat(advice.coUnits()).extracting(SuggestedUnit::unitCode).containsExactly("jtj", "czj");
        assertThat(reasons(advice.coUnits().get(0))).containsExactly("交办表拟由 县交通运输局 协办");
    }

    @Test
    void nothingSuggestsAHostForAnUnknownCategoryWithoutSimilarItems() {
        Advice advice = advise("文化旅游", SheetProposal.NONE);

        assertThat(advice.host()).isNull();
        assertThat(advice.coUnits()).isEmpty();
    }
}
