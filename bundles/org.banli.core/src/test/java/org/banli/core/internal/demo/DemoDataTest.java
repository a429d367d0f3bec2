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
