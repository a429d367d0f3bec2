package org.banli.core.internal.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.banli.api.Actor;
import org.banli.api.BanliException;
import org.banli.api.RuleViolationException;
import org.banli.api.demo.DemoYear;
import org.banli.api.item.ItemQuery;
import org.banli.api.item.ItemStatus;
import org.banli.api.user.Role;
import org.banli.core.internal.WorkflowFixture;
import org.banli.core.internal.account.PasswordHasher;
import org.banli.core.internal.account.UnitServiceImpl;
import org.banli.core.internal.account.UserServiceImpl;
import org.junit.jupiter.api.Test;

class DemoDataTest extends WorkflowFixture {

    private static final Actor ADMIN = new Actor("admin", Set.of(Role.ADMIN), null);

    private DemoData demo() {
        return new DemoData(
                service,
                new UnitServiceImpl(directory.unitStore),
                new UserServiceImpl(
                        directory.userStore,
                        directory.unitStore,
                        directory.failureStore,
                        directory.logins,
                        new PasswordHasher(1_000),
                        clock),
                clock);
    }

    @Test
    void aDemoYearReachesEveryStateThroughTheWorkflowAndReusesWhatExists() {
        DemoYear year = demo().generate(ADMIN, 20);
        assertThat(year.byStatus())
                .isEqualTo(Arrays.stream(ItemStatus.values()).collect(Collectors.toMap(s -> s, s -> 2)));
        assertThat(year.units()).hasSize(6).contains("jyj 县教育局");
        assertThat(year.accounts()).hasSize(3 + 6 * 2 + 14);
        assertThat(year.password()).startsWith("demo-");
        assertThat(service.list(OFFICE, ItemQuery.page(0, 200)).items()).allSatisfy(item -> {
            assertThat(item.title()).endsWith(item.kind() == org.banli.api.item.ItemKind.PROPOSAL ? "的提案" : "的建议");
            // Every step of every item is in its history, taken by the person whose step it is.
            assertThat(service.history(OFFICE, item.id())).isNotEmpty();
        });
        assertThat(service.list(OFFICE, ItemQuery.page(0, 200).withStatus(ItemStatus.CLOSED))
                        .items())
                .allSatisfy(item ->
                        assertThat(service.dossier(OFFICE, item.id()).ratings()).isNotEmpty());

        DemoYear again = demo().generate(ADMIN, 3);
        assertThat(again.units()).isEmpty();
        assertThat(again.accounts()).isEmpty();
        assertThat(again.password()).isNull();
        assertThat(again.byStatus())
                .isEqualTo(Map.of(ItemStatus.REGISTERED, 1, ItemStatus.ASSIGNED, 1, ItemStatus.HANDLING, 1));
    }

    @Test
    void aDemoYearHappenedOverMonthsWithSomeItemsOverdueOrAtRiskAndRatingsDaysAfterTheReply() {
        // Late in the year, as a county shows Banli at its year-end review.
        clock.advance(java.time.Duration.between(START, java.time.Instant.parse("2026-11-20T06:00:00Z")));
        java.time.Instant now = clock.instant();
        java.time.ZoneId county = java.time.ZoneId.of("Asia/Shanghai");
        demo().generate(ADMIN, 60);
        java.util.List<org.banli.api.item.Item> all =
                service.list(OFFICE, ItemQuery.page(0, 200)).items();
        assertThat(all).hasSize(60);

        assertThat(all)
                .allSatisfy(item -> assertThat(service.history(OFFICE, item.id()))
                        .allSatisfy(event -> assertThat(event.at()).isBeforeOrEqualTo(now)));
        java.util.List<java.time.LocalDate> registered = all.stream()
                .map(item -> item.registeredAt().atZone(county).toLocalDate())
                .toList();
        assertThat(registered)
                .as("the year's batch half a year ago")
                .anyMatch(d -> d.isBefore(java.time.LocalDate.of(2026, 6, 1)));
        assertThat(registered).as("a few just in").anyMatch(d -> d.isAfter(java.time.LocalDate.of(2026, 11, 10)));
        assertThat(registered)
                .as("on working days")
                .allMatch(d -> d.getDayOfWeek() != java.time.DayOfWeek.SATURDAY
                        && d.getDayOfWeek() != java.time.DayOfWeek.SUNDAY);

        long overdue =
                all.stream().filter(item -> service.timing(item).overdue()).count();
        long atRisk = all.stream()
                .filter(item ->
                        !service.timing(item).overdue() && service.timing(item).atRisk())
                .count();
        assertThat(overdue).as("overdue today").isBetween(2L, 15L);
        assertThat(atRisk).as("at risk today").isGreaterThanOrEqualTo(2L);

        java.util.List<org.banli.api.item.Dossier> files =
                all.stream().map(item -> service.dossier(OFFICE, item.id())).toList();
        assertThat(files.stream()
                        .flatMap(file -> file.replies().stream())
                        .map(org.banli.api.item.Reply::text)
                        .distinct()
                        .count())
                .as("replies in their own words")
                .isGreaterThanOrEqualTo(10);
        java.util.List<org.banli.api.item.Rating> ratings =
                files.stream().flatMap(file -> file.ratings().stream()).toList();
        assertThat(ratings).hasSizeGreaterThan(15);
        long flagged = ratings.stream().filter(r -> r.flag() != null).count();
        assertThat(flagged).as("a few suspect ratings").isBetween(1L, (long) ratings.size() / 4);
        long daysLater = files.stream()
                .flatMap(file -> file.ratings().stream()
                        .map(rating -> file.replies().stream()
                                .filter(reply -> reply.round() == rating.round() && reply.reviewedAt() != null)
                                .map(reply -> java.time.Duration.between(reply.reviewedAt(), rating.at()))
                                .findFirst()
                                .orElseThrow()))
                .filter(wait -> wait.toDays() >= 2)
                .count();
        assertThat(daysLater).as("most ratings arrive days after the reply").isGreaterThan(ratings.size() * 3L / 4);
    }

    @Test
    void onlyAdministratorsMakeDemoDataAndWithinBounds() {
        assertThatThrownBy(() -> demo().generate(OFFICE, 5))
                .isInstanceOfSatisfying(
                        BanliException.class, e -> assertThat(e.problem()).isEqualTo(BanliException.Problem.FORBIDDEN));
        assertThatThrownBy(() -> demo().generate(ADMIN, 0)).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> demo().generate(ADMIN, DemoData.MAX_ITEMS + 1))
                .isInstanceOf(RuleViolationException.class);
        assertThat(service.list(OFFICE, ItemQuery.page(0, 10)).total()).isZero();
    }
}
