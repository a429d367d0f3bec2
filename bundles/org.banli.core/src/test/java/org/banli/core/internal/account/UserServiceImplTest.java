package org.banli.core.internal.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.awaitility.Awaitility;
import org.banli.api.Actor;
import org.banli.api.BanliException;
import org.banli.api.MovableClock;
import org.banli.api.RuleViolationException;
import org.banli.api.RuleViolationException.Violation;
import org.banli.api.Text;
import org.banli.api.unit.Unit;
import org.banli.api.user.AccountChange;
import org.banli.api.user.AccountChange.Kind;
import org.banli.api.user.AccountEdit;
import org.banli.api.user.LoginDelayedException;
import org.banli.api.user.LoginSessions;
import org.banli.api.user.PasswordReset;
import org.banli.api.user.Person;
import org.banli.api.user.Role;
import org.banli.api.user.User;
import org.banli.api.user.UserDraft;
import org.banli.core.internal.DelegatingUserStore;
import org.banli.core.internal.InMemoryDirectory;
import org.banli.store.spi.UserStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UserServiceImplTest {

    private static final Actor ADMIN = new Actor("admin", Set.of(Role.ADMIN), null);
    private static final String HERE = "10.0.0.1";
    private static final String GUESSER = "10.0.0.9";

    private final InMemoryDirectory directory = new InMemoryDirectory();
    /** A low cost keeps the tests fast; the algorithm is the same. */
    private final UserServiceImpl users = new UserServiceImpl(
            directory.userStore,
            directory.unitStore,
            directory.failureStore,
            directory.logins,
            new PasswordHasher(1_000),
            Clock.systemUTC());

    @Test
    void theOfficeMakesSubmittersAccountsFromItsSheetEachWithAPasswordShownOnceAndAllOrNone() {
        Actor office = new Actor("office", Set.of(Role.OFFICE), null);
        users.create(
                ADMIN,
                new UserDraft("member-2027-001", "早到的委员", "一个足够长的初始密码-2027", Set.of(Role.SUBMITTER), null, null, null));

        List<org.banli.api.user.PasswordReset> made = users.createSubmitters(
                office,
                org.banli.api.item.ItemKind.PROPOSAL,
                2027,
                List.of(
                        new org.banli.api.user.UserService.NewSubmitter(" 沈玉珍 ", "13900002222"),
                        new org.banli.api.user.UserService.NewSubmitter("蒋立新", "电话：" + "1".repeat(40))));

        assertThat(made)
                .extracting(
                        m -> m.user().username(),
                        m -> m.user().displayName(),
                        m -> m.user().phone())
                .as("the taken username skipped; a telephone too long for an account left out")
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("member-2027-002", "沈玉珍", "13900002222"),
                        org.assertj.core.groups.Tuple.tuple("member-2027-003", "蒋立新", null));
        for (org.banli.api.user.PasswordReset m : made) {
            assertThat(users.authenticate(
                            m.user().username(), m.temporaryPassword().toCharArray(), HERE))
                    .hasValueSatisfying(u -> assertThat(u.mustChangePassword()).isTrue());
        }
        assertThatThrownBy(() -> users.createSubmitters(
                        office,
                        org.banli.api.item.ItemKind.SUGGESTION,
                        2027,
                        List.of(
                                new org.banli.api.user.UserService.NewSubmitter("赵建国", null),
                                new org.banli.api.user.UserService.NewSubmitter(" ", null))))
                .isInstanceOf(RuleViolationException.class);
        assertThat(directory.userStore.find("deputy-2027-001"))
                .as("none made when one is refused")
                .isEmpty();
        assertThatThrownBy(() -> users.createSubmitters(
                        new Actor("h", Set.of(Role.HANDLER), "edu"),
                        org.banli.api.item.ItemKind.SUGGESTION,
                        2027,
                        List.of(new org.banli.api.user.UserService.NewSubmitter("赵建国", null))))
                .isInstanceOf(BanliException.class);
    }

    @Test
    void passwordsAreStoredSaltedAndHashedAndChecked() {
        assertThat(users.create(
                                ADMIN,
                                new UserDraft("li.si", "李四", "正确的密码-correct", Set.of(Role.OFFICE), null, null, null))
                        .mustChangePassword())
                .as("the administrator chose it: the person must choose their own")
                .isTrue();
        String hash = directory.hashes.get("li.si");
        assertThat(hash).startsWith("pbkdf2-sha256$1000$").doesNotContain("correct");
        assertThat(users.authenticate("li.si", "正确的密码-correct".toCharArray(), HERE))
                .isPresent();
        assertThat(users.authenticate("li.si", "正确的密码-wrong".toCharArray(), HERE))
                .isEmpty();
        assertThat(users.authenticate("nobody", "正确的密码-correct".toCharArray(), HERE))
                .isEmpty();

        users.create(ADMIN, new UserDraft("wang.wu", "王五", "正确的密码-correct", Set.of(Role.OFFICE), null, null, null));
        assertThat(directory.hashes.get("wang.wu"))
                .as("same password, different salt")
                .isNotEqualTo(hash);
    }

    @Test
    void theOfficeListsPeopleOfARoleByNameAndNoOneElseMay() {
        users.create(
                ADMIN,
                new UserDraft("zhao", "赵代表", "正确的密码-correct", Set.of(Role.SUBMITTER), null, "13800001111", null));
        users.create(ADMIN, new UserDraft("an", "安代表", "正确的密码-correct", Set.of(Role.SUBMITTER), null, null, null));
        users.create(ADMIN, new UserDraft("clerk", "政府办小李", "正确的密码-correct", Set.of(Role.OFFICE), null, null, null));
        Actor office = new Actor("clerk", Set.of(Role.OFFICE), null);

        assertThat(users.people(office, Role.SUBMITTER))
                .as("in the order of their names (拼音), no one of another role")
                .containsExactly(new Person("an", "安代表", null), new Person("zhao", "赵代表", null));
        assertThatThrownBy(() -> users.people(new Actor("h", Set.of(Role.HANDLER), "edu"), Role.SUBMITTER))
                .isInstanceOf(org.banli.api.BanliException.class);
    }

    @Test
    void theCountySetsTheCostOfNewHashesNeverBelowTheFloorAndOlderHashesStillCheck() throws Exception {
        assertThat(AccountRules.class.getMethod("passwordHashIterations").getDefaultValue())
                .as("without a setting, OWASP's cost")
                .isEqualTo(600_000);
        users.create(ADMIN, new UserDraft("li.si", "李四", "正确的密码-correct", Set.of(Role.OFFICE), null, null, null));

        users.modified(iterations(2_000));
        users.create(ADMIN, new UserDraft("wang.wu", "王五", "正确的密码-correct", Set.of(Role.OFFICE), null, null, null));
        assertThat(directory.hashes.get("wang.wu")).startsWith("pbkdf2-sha256$2000$");
        assertThat(users.authenticate("li.si", "正确的密码-correct".toCharArray(), HERE))
                .as("a hash names its own cost, so changing the setting keeps every password")
                .isPresent();

        users.modified(iterations(999));
        users.create(ADMIN, new UserDraft("zhao.liu", "赵六", "正确的密码-correct", Set.of(Role.OFFICE), null, null, null));
        assertThat(directory.hashes.get("zhao.liu"))
                .as("a cost below the floor is refused and the previous one stays")
                .startsWith("pbkdf2-sha256$2000$");
    }

    private static AccountRules iterations(int iterations) {
        return new AccountRules() {
            @Override
            public int passwordHashIterations() {
                return iterations;
            }

            @Override
            public Class<? extends java.lang.annotation.Annotation> annotationType() {
                return AccountRules.class;
            }
        };
    }

    @Test
    void aPasswordChangeNeedsTheCurrentPasswordAndEndsTheGeneratedMark(@TempDir Path data) {
        new FirstAdminAccount(users, null, data, Clock.systemUTC());
        char[] generated = readPassword(data);
        assertThatThrownBy(
                        () -> users.changePassword(ADMIN, "wrong-password".toCharArray(), "新的管理员密码-2026".toCharArray()))
                .isInstanceOfSatisfying(
                        RuleViolationException.class,
                        e -> assertThat(e.violations())
                                .extracting(Violation::field)
                                .containsExactly("currentPassword"));
        assertThatThrownBy(() -> users.changePassword(ADMIN, generated, "short".toCharArray()))
                .isInstanceOf(RuleViolationException.class);
        assertThat(users.authenticate("admin", generated, HERE)).isPresent();

        assertThat(users.changePassword(ADMIN, generated, "新的管理员密码-2026".toCharArray())
                        .mustChangePassword())
                .isFalse();
        assertThat(users.authenticate("admin", generated, HERE)).isEmpty();
        assertThat(users.authenticate("admin", "新的管理员密码-2026".toCharArray(), HERE))
                .isPresent();
    }

    private static char[] readPassword(Path data) {
        try {
            return Files.readString(data.resolve(FirstAdminAccount.PASSWORD_FILE), StandardCharsets.UTF_8)
                    .strip()
                    .toCharArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void onlyFailuresCountAndOnlyTheClientThatFailsWaitsAGrowingDelay() {
        MovableClock clock = new MovableClock(Instant.parse("2026-11-27T02:00:00Z"));
        UserServiceImpl throttled = new UserServiceImpl(
                directory.userStore,
                directory.unitStore,
                directory.failureStore,
                directory.logins,
                new PasswordHasher(1_000),
                clock);
        throttled.create(
                ADMIN, new UserDraft("li.si", "李四", "the-right-password", Set.of(Role.OFFICE), null, null, null));
        for (int i = 0; i < 20; i++) {
            assertThat(throttled.authenticate("li.si", "the-right-password".toCharArray(), HERE))
                    .as("rights never count")
                    .isPresent();
        }
        for (int i = 0; i < LoginThrottle.FREE_ACCOUNT_FAILURES; i++) {
            assertThat(throttled.authenticate("li.si", "a-wrong-guess".toCharArray(), GUESSER))
                    .isEmpty();
        }
        assertThat(delay(() -> throttled.authenticate("li.si", "the-right-password".toCharArray(), GUESSER)))
                .as("the guesser waits, even with the right password")
                .isEqualTo(Duration.ofSeconds(1));
        assertThat(throttled.authenticate("li.si", "the-right-password".toCharArray(), HERE))
                .as("the real user elsewhere is not locked out")
                .isPresent();

        clock.advance(Duration.ofSeconds(1));
        assertThat(throttled.authenticate("li.si", "a-wrong-guess".toCharArray(), GUESSER))
                .as("checked after the wait")
                .isEmpty();
        assertThat(delay(() -> throttled.authenticate("li.si", "a-wrong-guess".toCharArray(), GUESSER)))
                .as("the delay doubles")
                .isEqualTo(Duration.ofSeconds(2));
        clock.advance(Duration.ofSeconds(2));
        assertThat(throttled.authenticate("li.si", "the-right-password".toCharArray(), GUESSER))
                .isPresent();
        assertThat(throttled.authenticate("li.si", "a-wrong-guess".toCharArray(), GUESSER))
                .as("a right password starts the count afresh")
                .isEmpty();
    }

    @Test
    void aRememberedLoginPastItsTimeIsRenewedWithoutTheSlowHashWhileTheStoredHashIsUnchanged() {
        MovableClock clock = new MovableClock(Instant.parse("2026-11-27T02:00:00Z"));
        AtomicInteger slowChecks = new AtomicInteger();
        PasswordHasher counting = new PasswordHasher(1_000) {
            @Override
            boolean matches(char[] password, String encoded) {
                slowChecks.incrementAndGet();
                return super.matches(password, encoded);
            }
        };
        UserServiceImpl remembering = new UserServiceImpl(
                directory.userStore, directory.unitStore, directory.failureStore, directory.logins, counting, clock);
        remembering.create(
                ADMIN, new UserDraft("li.si", "李四", "the-right-password", Set.of(Role.OFFICE), null, null, null));
        assertThat(remembering.authenticate("li.si", "the-right-password".toCharArray(), HERE))
                .isPresent();
        for (int minute = 0; minute < 5; minute++) {
            clock.advance(UserServiceImpl.REMEMBER.plusSeconds(1));
            assertThat(remembering.authenticate("li.si", "the-right-password".toCharArray(), HERE))
                    .isPresent();
        }
        assertThat(slowChecks.get())
                .as("one slow hash for five minutes of a busy client")
                .isEqualTo(1);
        assertThat(remembering.authenticate("li.si", "a-wrong-password".toCharArray(), HERE))
                .as("another password is still checked in full")
                .isEmpty();
        assertThat(slowChecks.get()).isEqualTo(2);

        // Changed where this service could not forget it (another node): the stored hash tells.
        String newHash = new PasswordHasher(1_000).hash("a-new-password-chosen".toCharArray());
        directory.userStore.updatePassword(
                "li.si", newHash, false, new AccountChange("li.si", "li.si", Instant.now(), Kind.PASSWORD_CHANGED));
        assertThat(remembering.authenticate("li.si", "the-right-password".toCharArray(), HERE))
                .as("the old password at once after the change elsewhere")
                .isEmpty();
        assertThat(remembering.authenticate("li.si", "a-new-password-chosen".toCharArray(), HERE))
                .isPresent();
    }

    @Test
    void twoNodesOnOneDatabaseCountTheSameGuessesAndEndAnOldPasswordAtOnce() {
        MovableClock clock = new MovableClock(Instant.parse("2026-11-27T02:00:00Z"));
        UserServiceImpl nodeA = new UserServiceImpl(
                directory.userStore,
                directory.unitStore,
                directory.failureStore,
                directory.logins,
                new PasswordHasher(1_000),
                clock);
        UserServiceImpl nodeB = new UserServiceImpl(
                directory.userStore,
                directory.unitStore,
                directory.failureStore,
                directory.logins,
                new PasswordHasher(1_000),
                clock);
        nodeA.create(ADMIN, new UserDraft("li.si", "李四", "the-right-password", Set.of(Role.OFFICE), null, null, null));
        assertThat(nodeB.authenticate("li.si", "the-right-password".toCharArray(), HERE))
                .isPresent();
        for (int i = 0; i < LoginThrottle.FREE_ACCOUNT_FAILURES; i++) {
            UserServiceImpl node = i % 2 == 0 ? nodeA : nodeB;
            assertThat(node.authenticate("li.si", ("guess-" + i).toCharArray(), GUESSER))
                    .isEmpty();
        }
        assertThat(delay(() -> nodeA.authenticate("li.si", "guess-5".toCharArray(), GUESSER)))
                .as("the guesses on both nodes counted together")
                .isEqualTo(Duration.ofSeconds(1));
        assertThat(delay(() -> nodeB.authenticate("li.si", "the-right-password".toCharArray(), GUESSER)))
                .as("the node that remembers the right password makes the guesser wait too")
                .isEqualTo(Duration.ofSeconds(1));

        nodeA.changePassword(
                new Actor("li.si", Set.of(Role.OFFICE), null),
                "the-right-password".toCharArray(),
                "a-new-password-chosen".toCharArray());
        assertThat(nodeB.authenticate("li.si", "the-right-password".toCharArray(), HERE))
                .as("the old password, remembered by the other node, ends at once")
                .isEmpty();
        assertThat(nodeB.authenticate("li.si", "a-new-password-chosen".toCharArray(), HERE))
                .isPresent();
    }

    @Test
    void checksRunningAtOnceOnAnyNodeCannotSlipPastTheCount() throws Exception {
        directory.userStore.create(
                new User("li.si", "李四", Set.of(Role.OFFICE), null, null, null, false, Instant.EPOCH),
                new PasswordHasher(1_000).hash("the-right-password".toCharArray()));
        MovableClock clock = new MovableClock(Instant.parse("2026-11-27T02:00:00Z"));
        List<UserServiceImpl> nodes = List.of(
                new UserServiceImpl(
                        directory.userStore,
                        directory.unitStore,
                        directory.failureStore,
                        directory.logins,
                        new PasswordHasher(1_000),
                        clock),
                new UserServiceImpl(
                        directory.userStore,
                        directory.unitStore,
                        directory.failureStore,
                        directory.logins,
                        new PasswordHasher(1_000),
                        clock));
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Future<Boolean>> guesses = new ArrayList<>();
            for (int i = 0; i < 64; i++) {
                UserServiceImpl node = nodes.get(i % 2);
                String guess = "guess-" + i;
                guesses.add(pool.submit(() -> {
                    try {
                        return node.authenticate("li.si", guess.toCharArray(), GUESSER)
                                .isEmpty();
                    } catch (LoginDelayedException e) {
                        return false;
                    }
                }));
            }
            long checked = 0;
            for (Future<Boolean> guess : guesses) {
                checked += guess.get(10, TimeUnit.SECONDS) ? 1 : 0;
            }
            assertThat(checked)
                    .as("64 guesses at once over two nodes: only the free failures are checked")
                    .isEqualTo(LoginThrottle.FREE_ACCOUNT_FAILURES);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void oneClientSprayingGuessesOverManyAccountsIsSlowed() {
        MovableClock clock = new MovableClock(Instant.parse("2026-11-27T02:00:00Z"));
        UserServiceImpl throttled = new UserServiceImpl(
                directory.userStore,
                directory.unitStore,
                directory.failureStore,
                directory.logins,
                new PasswordHasher(1_000),
                clock);
        for (int i = 0; i < LoginThrottle.FREE_CLIENT_FAILURES; i++) {
            throttled.create(
                    ADMIN,
                    new UserDraft("user" + i, "用户" + i, "the-right-password", Set.of(Role.OFFICE), null, null, null));
            assertThat(throttled.authenticate("user" + i, "123456".toCharArray(), GUESSER))
                    .isEmpty();
        }
        assertThat(delay(() -> throttled.authenticate("nobody", "123456".toCharArray(), GUESSER)))
                .as("unknown names count for the client too")
                .isEqualTo(Duration.ofSeconds(1));
        assertThat(throttled.authenticate("user0", "the-right-password".toCharArray(), HERE))
                .isPresent();
        clock.advance(LoginThrottle.FORGET.plusSeconds(1));
        assertThat(throttled.authenticate("user1", "123456".toCharArray(), GUESSER))
                .as("forgotten after a quiet while")
                .isEmpty();
    }

    @Test
    void thirtyTwoLoginsWithTheRightPasswordAtOnceShareOneCheckWhileAGuesserIsSlowed() throws Exception {
        CountDownLatch firstCheckStarted = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger checks = new AtomicInteger();
        UserStore slowStore = new DelegatingUserStore(directory.userStore) {
            @Override
            public Optional<String> passwordHash(String username) {
                if (username.equals("li.si") && checks.incrementAndGet() == 1) {
                    firstCheckStarted.countDown();
                    await(release);
                }
                return super.passwordHash(username);
            }
        };
        UserServiceImpl shared = new UserServiceImpl(
                slowStore,
                directory.unitStore,
                directory.failureStore,
                directory.logins,
                new PasswordHasher(1_000),
                Clock.systemUTC());
        shared.create(ADMIN, new UserDraft("li.si", "李四", "the-right-password", Set.of(Role.OFFICE), null, null, null));
        AtomicInteger threads = new AtomicInteger();
        ExecutorService pool =
                Executors.newFixedThreadPool(32, r -> new Thread(r, "login-" + threads.incrementAndGet()));
        try {
            List<Future<Optional<User>>> logins = new ArrayList<>();
            logins.add(pool.submit(() -> shared.authenticate("li.si", "the-right-password".toCharArray(), HERE)));
            assertThat(firstCheckStarted.await(10, TimeUnit.SECONDS)).isTrue();
            for (int i = 1; i < 32; i++) {
                logins.add(pool.submit(() -> shared.authenticate("li.si", "the-right-password".toCharArray(), HERE)));
            }
            // Another address guesses meanwhile: five failures, then it must wait.
            for (int i = 0; i < LoginThrottle.FREE_ACCOUNT_FAILURES; i++) {
                assertThat(shared.authenticate("li.si", ("guess-" + i).toCharArray(), GUESSER))
                        .isEmpty();
            }
            assertThat(delay(() -> shared.authenticate("li.si", "guess-6".toCharArray(), GUESSER)))
                    .isPositive();
            // Every login is waiting: the first in its check, the others (if they share it) for its outcome.
            Awaitility.await()
                    .atMost(Duration.ofSeconds(10))
                    .until(() -> ((ThreadPoolExecutor) pool).getActiveCount() == 32 && waitingLogins() == 32);
            release.countDown();
            for (Future<Optional<User>> login : logins) {
                assertThat(login.get(10, TimeUnit.SECONDS))
                        .as("every right login succeeds")
                        .isPresent();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(checks.get())
                .as("one check for the 32 logins, one per guess")
                .isEqualTo(1 + LoginThrottle.FREE_ACCOUNT_FAILURES + 1);
    }

    private static long waitingLogins() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().startsWith("login-"))
                .filter(t -> t.getState() == Thread.State.WAITING || t.getState() == Thread.State.TIMED_WAITING)
                .count();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Duration delay(Runnable login) {
        try {
            login.run();
        } catch (LoginDelayedException e) {
            return e.retryAfter();
        }
        throw new AssertionError("the login was not delayed");
    }

    /** A clock the test moves by hand. */
    @Test
    void handlersNeedAnExistingUnitAndOthersNone() {
        directory.unitStore.create(new Unit("edu", "县教育局"));
        assertThatThrownBy(() -> users.create(
                        ADMIN, new UserDraft("h1", "经办人", "long-enough-1", Set.of(Role.HANDLER), null, null, null)))
                .isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> users.create(
                        ADMIN, new UserDraft("h1", "经办人", "long-enough-1", Set.of(Role.HANDLER), "nope", null, null)))
                .isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> users.create(
                        ADMIN, new UserDraft("d1", "代表", "long-enough-1", Set.of(Role.SUBMITTER), "edu", null, null)))
                .isInstanceOf(RuleViolationException.class);
        assertThat(users.create(
                                ADMIN,
                                new UserDraft("h1", "经办人", "long-enough-1", Set.of(Role.HANDLER), "edu", null, null))
                        .unitCode())
                .isEqualTo("edu");
    }

    @Test
    void badAccountDataIsReportedFieldByField() {
        assertThatThrownBy(
                        () -> users.create(ADMIN, new UserDraft("Bad Name", "", "short", Set.of(), null, null, null)))
                .isInstanceOfSatisfying(
                        RuleViolationException.class,
                        e -> assertThat(e.violations())
                                .extracting(Violation::field)
                                .containsExactly("username", "displayName", "password", "roles"));
    }

    @Test
    void theFirstAdminTakesThePasswordFromTheEnvironment(@TempDir Path data) {
        new FirstAdminAccount(users, "from-the-environment", data, Clock.systemUTC());
        assertThat(users.authenticate("admin", "from-the-environment".toCharArray(), HERE))
                .hasValueSatisfying(admin -> {
                    assertThat(admin.roles()).containsExactly(Role.ADMIN);
                    assertThat(admin.mustChangePassword()).isFalse();
                });
        assertThat(data.resolve(FirstAdminAccount.PASSWORD_FILE)).doesNotExist();
    }

    @Test
    void withoutAPasswordTheFirstAdminGetsAGeneratedOneInAnOwnerOnlyFile(@TempDir Path data) throws Exception {
        new FirstAdminAccount(users, null, data, Clock.systemUTC());
        Path file = data.resolve(FirstAdminAccount.PASSWORD_FILE);
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        String password = Files.readString(file, StandardCharsets.UTF_8).strip();
        assertThat(password).hasSizeGreaterThanOrEqualTo(20);
        assertThat(users.authenticate("admin", password.toCharArray(), HERE))
                .hasValueSatisfying(
                        admin -> assertThat(admin.mustChangePassword()).isTrue());
    }

    @Test
    void anExistingAdminIsNeverTouched(@TempDir Path data) {
        new FirstAdminAccount(users, "the-first-password", data, Clock.systemUTC());
        new FirstAdminAccount(users, "a-second-password", data, Clock.systemUTC());
        assertThat(users.authenticate("admin", "the-first-password".toCharArray(), HERE))
                .isPresent();
        assertThat(users.authenticate("admin", "a-second-password".toCharArray(), HERE))
                .isEmpty();
    }

    @Test
    void anAdministratorEditsAnAccountAndTheAuditRecordNamesWhatChangedWithUnitsByName() {
        directory.unitStore.create(new Unit("jtj", "县交通运输局"));
        directory.unitStore.create(new Unit("jyj", "县教育局"));
        users.create(
                ADMIN,
                new UserDraft("wang", "王五", "a-long-password", Set.of(Role.HANDLER), "jtj", "13800000000", null));

        User edited = users.edit(
                ADMIN,
                "wang",
                new AccountEdit("王五一", Set.of(Role.HANDLER, Role.UNIT_HEAD), "jyj", " ", "wang@example.cn"));

        assertThat(edited.displayName()).isEqualTo("王五一");
        assertThat(edited.unitCode()).isEqualTo("jyj");
        assertThat(edited.phone()).as("blank is none").isNull();
        assertThat(edited.mustChangePassword())
                .as("an edit leaves the password alone")
                .isTrue();
        assertThat(users.changes(ADMIN, "wang"))
                .extracting(AccountChange::kind, AccountChange::actor)
                .containsExactly(tuple(Kind.CREATED, "admin"), tuple(Kind.EDITED, "admin"));
        assertThat(users.changes(ADMIN, "wang").get(1).fields())
                .containsExactly(
                        new AccountChange.FieldChange("displayName", "王五", "王五一"),
                        new AccountChange.FieldChange("roles", "HANDLER", "HANDLER,UNIT_HEAD"),
                        new AccountChange.FieldChange("unit", "县交通运输局", "县教育局"),
                        new AccountChange.FieldChange("phone", "13800000000", null),
                        new AccountChange.FieldChange("email", null, "wang@example.cn"));

        users.edit(
                ADMIN,
                "wang",
                new AccountEdit("王五一", Set.of(Role.HANDLER, Role.UNIT_HEAD), "jyj", null, "wang@example.cn"));
        assertThat(users.changes(ADMIN, "wang"))
                .as("an edit that changes nothing is no change")
                .hasSize(2);
    }

    @Test
    void anEditThatBreaksARuleIsRefusedWithEveryReasonAndChangesNothing() {
        directory.unitStore.create(new Unit("jtj", "县交通运输局"));
        users.create(ADMIN, new UserDraft("wang", "王五", "a-long-password", Set.of(Role.HANDLER), "jtj", null, null));
        directory.users.put(
                "admin", new User("admin", "管理员", Set.of(Role.ADMIN), null, null, null, false, Instant.EPOCH));

        assertThatThrownBy(
                        () -> users.edit(ADMIN, "wang", new AccountEdit(" ", Set.of(Role.HANDLER), "nope", null, null)))
                .isInstanceOfSatisfying(
                        RuleViolationException.class,
                        e -> assertThat(e.violations())
                                .extracting(RuleViolationException.Violation::field)
                                .containsExactlyInAnyOrder("displayName", "unitCode"));
        assertThatThrownBy(
                        () -> users.edit(ADMIN, "admin", new AccountEdit("管理员", Set.of(Role.OFFICE), null, null, null)))
                .isInstanceOfSatisfying(
                        RuleViolationException.class,
                        e -> assertThat(e.violations())
                                .extracting(v -> v.text().code())
                                .containsExactly(Text.Code.OWN_ADMIN_ROLE_STAYS));
        assertThatThrownBy(() -> users.edit(
                        new Actor("wang", Set.of(Role.HANDLER), "jtj"),
                        "wang",
                        new AccountEdit("王五", Set.of(Role.ADMIN), null, null, null)))
                .isInstanceOf(BanliException.class);
        assertThatThrownBy(
                        () -> users.edit(ADMIN, "nobody", new AccountEdit("谁", Set.of(Role.OFFICE), null, null, null)))
                .isInstanceOfSatisfying(
                        BanliException.class, e -> assertThat(e.problem()).isEqualTo(BanliException.Problem.NOT_FOUND));
        assertThat(users.find("wang")).map(User::displayName).contains("王五");
        assertThat(users.changes(ADMIN, "wang")).hasSize(1);
    }

    @Test
    void aDisabledAccountCannotLogInItsLoginsEndAndItDropsOutOfThePeopleToChoose() {
        users.create(ADMIN, new UserDraft("zhao", "赵代表", "a-long-password", Set.of(Role.SUBMITTER), null, null, null));
        assertThat(users.authenticate("zhao", "a-long-password".toCharArray(), HERE))
                .isPresent();
        String login = directory
                .logins
                .open("zhao", new LoginSessions.Limits(Duration.ofMinutes(30), Duration.ofHours(8), 5))
                .id();
        Actor office = new Actor("office", Set.of(Role.OFFICE), null);
        assertThat(users.people(office, Role.SUBMITTER))
                .extracting(Person::name)
                .containsExactly("赵代表");

        assertThat(users.setDisabled(ADMIN, "zhao", true).disabled()).isTrue();

        assertThat(users.authenticate("zhao", "a-long-password".toCharArray(), HERE))
                .as("the remembered right password no longer opens it")
                .isEmpty();
        assertThat(directory.logins.find(
                        login, new LoginSessions.Limits(Duration.ofMinutes(30), Duration.ofHours(8), 5)))
                .as("its web login ended at once")
                .isEmpty();
        assertThat(users.people(office, Role.SUBMITTER)).isEmpty();
        users.setDisabled(ADMIN, "zhao", true);
        assertThatThrownBy(() -> users.setDisabled(ADMIN, "admin", true))
                .isInstanceOfSatisfying(
                        RuleViolationException.class,
                        e -> assertThat(e.violations().get(0).text().code())
                                .isEqualTo(Text.Code.OWN_ACCOUNT_STAYS_ENABLED));

        users.setDisabled(ADMIN, "zhao", false);
        assertThat(users.authenticate("zhao", "a-long-password".toCharArray(), HERE))
                .isPresent();
        assertThat(users.changes(ADMIN, "zhao"))
                .extracting(AccountChange::kind)
                .as("disabling twice is one change")
                .containsExactly(Kind.CREATED, Kind.DISABLED, Kind.ENABLED);
    }

    @Test
    void aResetGivesATemporaryPasswordThatMustBeChangedAndEndsTheOldOne() {
        users.create(ADMIN, new UserDraft("zhao", "赵代表", "a-long-password", Set.of(Role.SUBMITTER), null, null, null));
        Actor zhao = new Actor("zhao", Set.of(Role.SUBMITTER), null);
        users.changePassword(zhao, "a-long-password".toCharArray(), "my-own-password".toCharArray());
        assertThat(users.find("zhao")).map(User::mustChangePassword).contains(false);

        PasswordReset reset = users.resetPassword(ADMIN, "zhao");

        assertThat(reset.temporaryPassword()).hasSize(20).doesNotContain("0", "O", "l", "1", "I");
        assertThat(reset.user().mustChangePassword()).isTrue();
        assertThat(users.authenticate("zhao", "my-own-password".toCharArray(), HERE))
                .isEmpty();
        assertThat(users.authenticate("zhao", reset.temporaryPassword().toCharArray(), HERE))
                .map(User::mustChangePassword)
                .contains(true);
        assertThat(users.changes(ADMIN, "zhao"))
                .extracting(AccountChange::kind, AccountChange::actor)
                .containsExactly(
                        tuple(Kind.CREATED, "admin"),
                        tuple(Kind.PASSWORD_CHANGED, "zhao"),
                        tuple(Kind.PASSWORD_RESET, "admin"));
        assertThatThrownBy(() -> users.resetPassword(zhao, "zhao")).isInstanceOf(BanliException.class);
        assertThatThrownBy(() -> users.changes(zhao, "zhao")).isInstanceOf(BanliException.class);
    }
}
