package org.banli.core.internal.similarity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.banli.api.BanliException.Problem;
import org.banli.api.item.Item;
import org.banli.api.item.ItemDraft;
import org.banli.api.item.ItemKind;
import org.banli.api.item.ReplyClass;
import org.banli.api.item.Step;
import org.banli.api.item.Urgency;
import org.banli.api.similarity.SimilarItem;
import org.banli.api.similarity.SimilarItems;
import org.banli.api.similarity.SimilarityEngine;
import org.banli.api.similarity.SimilarityIndex;
import org.banli.core.internal.InMemoryRepresentationStore;
import org.banli.core.internal.WorkflowFixture;
import org.banli.similarity.lexical.internal.LexicalEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SimilarItemsServiceTest extends WorkflowFixture {

    private static final String ROAD_TITLE = "关于修缮城关镇东街破损道路的建议";
    private static final String ROAD_BODY = "城关镇东街道路年久失修，路面坑洼破损严重，雨天积水，群众出行不便。建议尽快修缮东街道路，并完善东街排水设施。";

    private SimilarItemsServiceImpl similar;
    private final InMemoryRepresentationStore representations = new InMemoryRepresentationStore();
    private final SimilarityEngine lexical = new LexicalEngine();

    private Item road;
    private Item roadAgain;
    private Item lunch;
    private Item roadLastYear;

    @BeforeEach
    void county() {
        road = register(ItemKind.SUGGESTION, 2026, DEPUTY.username(), ROAD_TITLE, ROAD_BODY);
        roadAgain = register(
                ItemKind.SUGGESTION,
                2026,
                OTHER_DEPUTY.username(),
                "关于尽快修复东街破损路面的建议",
                "东街路面破损、坑洼不平，下雨积水严重，居民出行困难。希望尽快修复东街道路，同时改善东街排水。");
        lunch = register(
                ItemKind.SUGGESTION,
                2026,
                OTHER_DEPUTY.username(),
                "关于改善农村学校午餐的建议",
                "农村学校午餐营养不均衡，食堂设施简陋，建议加大投入，改善学生午餐质量。");
        roadLastYear = register(
                ItemKind.SUGGESTION,
                2025,
                OTHER_DEPUTY.username(),
                "关于维修城关镇东街道路的建议",
                "城关镇东街道路破损，路面坑洼，雨天积水，出行不便，建议维修东街道路，疏通排水。");
        step(OFFICE, roadLastYear, new Step.Assign("tra", List.of(), "交通类"));
        step(TRA, roadLastYear, new Step.Accept());
        step(TRA, roadLastYear, draft(ReplyClass.A));
        step(TRA_HEAD, roadLastYear, new Step.ApproveReply());
        step(TRA, roadLastYear, new Step.SubmitReply());
        step(OFFICE, roadLastYear, new Step.ReviewReply(true, null));

        similar = new SimilarItemsServiceImpl(items, representations, service, List.of("lexical"));
        similar.addEngine(lexical, Map.of(SimilarityEngine.ENGINE_PROPERTY, "lexical"));
    }

    @AfterEach
    void stop() {
        similar.stop();
    }

    @Test
    void thisYearsDuplicatesAndOtherYearsItemsOfTheMatter() {
        SimilarItems found = similar.of(OFFICE, road.id());

        assertThat(found.engine()).isEqualTo("lexical");
        assertThat(found.complete()).as("every item compared").isTrue();
        assertThat(found.duplicates())
                .as("the same road this year, not the school lunch")
                .extracting(s -> s.item().id())
                .containsExactly(roadAgain.id());
        SimilarItem duplicate = found.duplicates().get(0);
        assertThat(duplicate.score()).isBetween(lexical.mergeThreshold(), 1.0);
        assertThat(duplicate.sharedTerms()).contains("破损", "积水");
        assertThat(found.otherYears())
                .as("last year's, with who hosted it and how its reply classed it")
                .singleElement()
                .satisfies(last -> {
                    assertThat(last.item().id()).isEqualTo(roadLastYear.id());
                    assertThat(last.item().hostUnit()).isEqualTo("tra");
                    assertThat(last.replyClass()).isEqualTo(ReplyClass.A);
                });
    }

    @Test
    void itemsRegisteredAfterTheIndexWasBuiltAreFound() {
        assertThat(similar.of(OFFICE, lunch.id()).duplicates()).isEmpty();

        Item lunchAgain = register(
                ItemKind.SUGGESTION, 2026, DEPUTY.username(), "关于提高农村学校午餐质量的建议", "建议改善农村学校食堂设施，提高学生午餐营养和质量，加大午餐投入。");

        assertThat(similar.of(OFFICE, lunch.id()).duplicates())
                .extracting(s -> s.item().id())
                .containsExactly(lunchAgain.id());
        assertThat(similar.of(OFFICE, lunchAgain.id()).duplicates())
                .extracting(s -> s.item().id())
                .containsExactly(lunch.id());
    }

    @Test
    void onlyItemsTheReaderMaySeeAreFound() {
        assertThat(similar.of(DEPUTY, road.id()).duplicates())
                .as("the submitter of one item does not read another deputy's")
                .isEmpty();
        assertThat(similar.of(TRA, roadLastYear.id()).otherYears())
                .as("the host unit of last year's item does not read this year's, not assigned to it")
                .isEmpty();
        refused(() -> similar.of(EDU, road.id()), Problem.NOT_FOUND);
    }

    @Test
    void itemsMergedIntoTheOneAskedAboutAreInItsFileNotCandidates() {
        step(OFFICE, road, new Step.Merge(List.of(roadAgain.id()), "同一事项"));

        assertThat(similar.of(OFFICE, road.id()).duplicates()).isEmpty();
    }

    @Test
    void draftsAreComparedWithTheRegisteredItemsAndWithOneAnother() {
        ItemDraft row = draft("关于东街道路修缮和排水的建议", "东街道路破损严重，坑洼积水，建议修缮东街道路并改善排水设施，方便群众出行。");
        ItemDraft other = draft("关于增设城关镇公共厕所的建议", "城关镇公共厕所数量少，建议在集市和车站附近增设公共厕所。");
        ItemDraft rowAgain = draft("关于修缮东街破损道路的建议", "东街道路破损，路面坑洼积水，建议尽快修缮东街道路，完善排水设施。");

        assertThat(similar.like(OFFICE, row).duplicates())
                .extracting(s -> s.item().id())
                .contains(road.id(), roadAgain.id())
                .doesNotContain(lunch.id());
        assertThat(similar.like(OFFICE, other).duplicates()).isEmpty();
        assertThat(similar.duplicatesAmong(List.of(row, other, rowAgain)))
                .containsExactly(List.of(2), List.of(), List.of(0));
    }

    @Test
    void theCountysFirstChoiceOfTheInstalledEnginesFindsThem() {
        SimilarityEngine other = new LexicalEngine() {
            @Override
            public String id() {
                return "another";
            }
        };
        SimilarItemsServiceImpl preferring =
                new SimilarItemsServiceImpl(items, representations, service, List.of("semantic, another", "lexical"));
        try {
            preferring.addEngine(lexical, Map.of(SimilarityEngine.ENGINE_PROPERTY, "lexical"));
            assertThat(preferring.of(OFFICE, road.id()).engine()).isEqualTo("lexical");
            preferring.addEngine(other, Map.of(SimilarityEngine.ENGINE_PROPERTY, "another"));
            assertThat(preferring.of(OFFICE, road.id()).engine())
                    .as("listed before lexical, in one value as a cfg file gives it")
                    .isEqualTo("another");
            preferring.removeEngine(other);
            assertThat(preferring.of(OFFICE, road.id()).engine()).isEqualTo("lexical");
        } finally {
            preferring.stop();
        }
    }

    @Test
    void whatAnEngineMakesOfTextsIsKeptAndAStartReadsItBack() {
        KeepingEngine first = new KeepingEngine();
        SimilarItemsServiceImpl before =
                new SimilarItemsServiceImpl(items, representations, service, List.of("keeping"));
        before.addEngine(first, Map.of(SimilarityEngine.ENGINE_PROPERTY, "keeping"));
        List<Long> found = before.of(OFFICE, road.id()).duplicates().stream()
                .map(d -> d.item().id())
                .toList();
        before.stop();
        assertThat(found).containsExactly(roadAgain.id());
        assertThat(first.made).as("every item's made once").isEqualTo(4);
        assertThat(representations.size(KeepingEngine.REPRESENTATION)).isEqualTo(4);

        KeepingEngine afterStart = new KeepingEngine();
        SimilarItemsServiceImpl after =
                new SimilarItemsServiceImpl(items, representations, service, List.of("keeping"));
        try {
            after.addEngine(afterStart, Map.of(SimilarityEngine.ENGINE_PROPERTY, "keeping"));
            assertThat(after.of(OFFICE, road.id()).duplicates())
                    .extracting(d -> d.item().id())
                    .containsExactlyElementsOf(found);
            assertThat(afterStart.made).as("read back, not made again").isZero();
            register(ItemKind.SUGGESTION, 2026, DEPUTY.username(), "关于东街排水的建议", "东街雨天积水，建议改造排水管网。");
            after.of(OFFICE, road.id());
            assertThat(afterStart.made).as("only the new item's").isEqualTo(1);
        } finally {
            after.stop();
        }
    }

    /** An engine that keeps what it makes of a text (the text itself, here) and compares by words. */
    private static final class KeepingEngine implements SimilarityEngine {
        static final String REPRESENTATION = "text-1";
        private final SimilarityEngine words = new LexicalEngine();
        int made;

        @Override
        public String id() {
            return "keeping";
        }

        @Override
        public double mergeThreshold() {
            return words.mergeThreshold();
        }

        @Override
        public double relatedThreshold() {
            return words.relatedThreshold();
        }

        @Override
        public String representation() {
            return REPRESENTATION;
        }

        @Override
        public byte[] represent(String title, String body) {
            made++;
            return (title + "\u0000" + body).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        }

        @Override
        public SimilarityIndex newIndex() {
            SimilarityIndex inner = words.newIndex();
            return new SimilarityIndex() {
                @Override
                public void put(long id, String title, String body) {
                    throw new AssertionError("an engine that keeps representations is given them");
                }

                @Override
                public void put(long id, String title, String body, byte[] representation) {
                    String[] text = new String(representation, java.nio.charset.StandardCharsets.UTF_8).split("\u0000");
                    assertThat(text).containsExactly(title, body);
                    inner.put(id, text[0], text[1]);
                }

                @Override
                public void remove(long id) {
                    inner.remove(id);
                }

                @Override
                public int size() {
                    return inner.size();
                }

                @Override
                public List<org.banli.api.similarity.SimilarMatch> like(long id, int max) {
                    return inner.like(id, max);
                }

                @Override
                public List<org.banli.api.similarity.SimilarMatch> like(String title, String body, int max) {
                    return inner.like(title, body, max);
                }
            };
        }
    }

    @Test
    void withoutAnEngineNothingIsFound() {
        similar.removeEngine(lexical);

        assertThat(similar.of(OFFICE, road.id())).isEqualTo(SimilarItems.none());
        assertThat(similar.duplicatesAmong(List.of(draft(ROAD_TITLE, ROAD_BODY))))
                .containsExactly(List.of());
    }

    private Item register(ItemKind kind, int year, String submitter, String title, String body) {
        return service.register(
                OFFICE, new ItemDraft(kind, year, title, body, submitter, "城建", false, null, Urgency.NORMAL, false));
    }

    private static ItemDraft draft(String title, String body) {
        return new ItemDraft(
                ItemKind.SUGGESTION, 2026, title, body, DEPUTY.username(), "城建", false, null, Urgency.NORMAL, false);
    }
}
