package org.banli.core.internal.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.annotation.Annotation;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.banli.api.Actor;
import org.banli.api.BanliException;
import org.banli.api.assessment.Assessment;
import org.banli.api.assessment.AssessmentInput;
import org.banli.api.assessment.AssessmentRule;
import org.banli.api.assessment.AssessmentService.RuleInfo;
import org.banli.api.assessment.UnitScore;
import org.banli.api.unit.Unit;
import org.banli.api.user.Role;
import org.banli.core.internal.InMemoryDirectory;
import org.banli.core.internal.TwoUnitFigures;
import org.banli.store.spi.UnitStore;
import org.junit.jupiter.api.Test;

/** Ranking under the rules a county chose, and who sees how much of it. */
class AssessmentServiceImplTest {

    private static final Actor OFFICE = new Actor("office", Set.of(Role.OFFICE), null);
    private static final Actor EDU = new Actor("h-edu", Set.of(Role.HANDLER), "edu");
    private static final Actor DEPUTY = new Actor("deputy", Set.of(Role.SUBMITTER), null);
    private static final Actor CPPCC = new Actor("zhengxie", Set.of(Role.CPPCC_LIAISON), null);

    /** Scores each unit by a fixed table, and says what it saw of the items. */
    private static AssessmentRule rule(String id, Map<String, String> scores) {
        return new AssessmentRule() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public String displayName() {
                return "测试规则" + id;
            }

            @Override
            public List<UnitScore> score(AssessmentInput input) {
                if (scores.isEmpty()) {
                    throw new IllegalStateException("公式出错");
                }
                return input.units().stream()
                        .filter(u -> scores.containsKey(u.unitCode()))
                        .map(u -> new UnitScore(
                                u.unitCode(),
                                new BigDecimal(scores.get(u.unitCode())),
                                List.of(new UnitScore.ScoreLine(
                                        BigDecimal.ONE,
                                        "看过 " + input.hostedItems(u.unitCode()).size() + " 件、协办 "
                                                + input.coHandledItems(u.unitCode())
                                                        .size() + " 件",
                                        input.hostedItems(u.unitCode()).stream()
                                                .map(f -> f.itemId())
                                                .toList()))))
                        .toList();
            }
        };
    }

    private static AssessmentServiceImpl service(String primary, String... active) {
        UnitStore units = new InMemoryDirectory().unitStore;
        units.create(new Unit("edu", "县教育局"));
        units.create(new Unit("tra", "县交通运输局"));
        units.create(new Unit("wat", "县水利局"));
        Clock clock = Clock.fixed(Instant.parse("2026-11-27T02:00:00Z"), ZoneOffset.UTC);
        AssessmentServiceImpl service = new AssessmentServiceImpl(
                new MetricsServiceImpl(new TwoUnitFigures(), units, ZoneId.of("Asia/Shanghai"), clock));
        service.modified(settings(primary, active));
        return service;
    }

    @Test
    void aLiaisonSeesTheAssessmentOfItsOwnKindOnly() {
        AssessmentServiceImpl service = service("standard");
        install(service, rule("standard", Map.of("edu", "90", "tra", "80", "wat", "70")));

        Assessment proposals = service.assess(CPPCC, 2026, null);
        assertThat(proposals.ranking()).singleElement().satisfies(r -> {
            assertThat(r.unitCode()).as("the only unit hosting proposals").isEqualTo("tra");
            assertThat(r.rank()).isEqualTo(1);
            assertThat(r.explanation().get(0).reason()).isEqualTo("看过 1 件、协办 0 件");
            assertThat(r.explanation().get(0).itemIds()).containsExactly(21L);
        });
        assertThat(service.assess(OFFICE, 2026, null).ranking())
                .extracting(Assessment.Ranked::unitCode)
                .containsExactly("edu", "tra", "wat");
    }

    @Test
    void unitsAreRankedBestFirstWithEqualScoresSharingARank() {
        AssessmentServiceImpl service = service("standard");
        install(service, rule("standard", Map.of("edu", "90.5", "tra", "90.5", "wat", "70")));

        Assessment assessment = service.assess(OFFICE, 2026, null);

        assertThat(assessment.rule()).isEqualTo("standard");
        assertThat(assessment.ranking())
                .extracting(r -> r.rank() + " " + r.unitCode() + " " + r.score())
                .containsExactly("1 edu 90.5", "1 tra 90.5", "3 wat 70");
        assertThat(assessment.ranking().get(0).unitName()).isEqualTo("县教育局");
        assertThat(assessment.ranking().get(0).explanation().get(0).reason()).isEqualTo("看过 1 件、协办 0 件");
        assertThat(assessment.ranking().get(0).explanation().get(0).itemIds()).containsExactly(11L);
        assertThat(assessment.ranking().get(2).explanation().get(0).reason()).isEqualTo("看过 0 件、协办 1 件");

        assertThat(service.assess(EDU, 2026, null).ranking())
                .as("a unit's staff see their own place")
                .extracting(r -> r.rank() + " " + r.unitCode())
                .containsExactly("1 edu");
        assertThatThrownBy(() -> service.assess(DEPUTY, 2026, null)).isInstanceOf(BanliException.class);
    }

    @Test
    void theCountyChoosesItsRulesAndThePrimaryOne() {
        AssessmentServiceImpl service = service("formula", "formula", "standard");
        install(service, rule("standard", Map.of("edu", "1")));
        install(service, rule("formula", Map.of("tra", "2")));
        install(service, rule("other", Map.of("edu", "3")));

        assertThat(service.rules()).extracting(RuleInfo::id).containsExactly("formula", "standard");
        assertThat(service.rules().get(0).primary()).isTrue();
        assertThat(service.assess(OFFICE, 2026, null).rule()).isEqualTo("formula");
        assertThat(service.assess(OFFICE, 2026, "standard").ranking())
                .extracting(r -> r.unitCode())
                .containsExactly("edu");
        assertThatThrownBy(() -> service.assess(OFFICE, 2026, "other"))
                .isInstanceOf(BanliException.class)
                .hasMessageContaining("未启用")
                .hasMessageContaining("formula");

        install(service, rule("broken", Map.of()));
        service.modified(settings("broken"));
        assertThatThrownBy(() -> service.assess(OFFICE, 2026, null))
                .isInstanceOf(BanliException.class)
                .hasMessageContaining("无法评分")
                .hasMessageContaining("公式出错");
    }

    private static AssessmentSettings settings(String primary, String... active) {
        return new AssessmentSettings() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return AssessmentSettings.class;
            }

            @Override
            public String[] active() {
                return active;
            }

            @Override
            public String primary() {
                return primary;
            }
        };
    }

    /** Installs the rule as Karaf does: with the service property that names it. */
    private static void install(AssessmentServiceImpl service, AssessmentRule rule) {
        service.addRule(rule, Map.of(AssessmentRule.RULE_PROPERTY, rule.id()));
    }
}
