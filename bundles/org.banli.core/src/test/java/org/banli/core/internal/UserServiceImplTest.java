package org.banli.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import org.banli.api.Actor;
import org.banli.api.BanliException;
import org.banli.api.MovableClock;
import org.banli.api.RuleViolationException;
import org.banli.api.RuleViolationException.Violation;
import org.banli.api.unit.Unit;
import org.banli.api.user.Role;
import org.banli.api.user.UserDraft;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UserServiceImplTest {

    private static final Actor ADMIN = new Actor("admin", Set.of(Role.ADMIN), null);

    private final InMemoryDirectory directory = new InMemoryDirectory();
    /** A low cost keeps the tests fast; the algorithm is the same. */
    private final UserServiceImpl users = new UserServiceImpl(directory.userStore, directory.unitStore,
            new PasswordHasher(1_000), Clock.systemUTC());

    @Test
    void passwordsAreStoredSaltedAndHashedAndChecked() {
        users.create(ADMIN, new UserDraft("li.si", "李四", "正确的密码-correct", Set.of(Role.OFFICE), null, null, null));
        String hash = directory.hashes.get("li.si");
        assertThat(hash).startsWith("pbkdf2-sha256$1000$").doesNotContain("correct");
        assertThat(users.authenticate("li.si", "正确的密码-correct".toCharArray())).isPresent();
        assertThat(users.authenticate("li.si", "正确的密码-wrong".toCharArray())).isEmpty();
        assertThat(users.authenticate("nobody", "正确的密码-correct".toCharArray())).isEmpty();

        users.create(ADMIN, new UserDraft("wang.wu", "王五", "正确的密码-correct", Set.of(Role.OFFICE), null, null, null));
        assertThat(directory.hashes.get("wang.wu")).as("same password, different salt").isNotEqualTo(hash);
    }

    @Test
    void aPasswordChangeNeedsTheCurrentPasswordAndEndsTheGeneratedMark(@TempDir Path data) {
        new FirstAdminAccount(users, null, data, Clock.systemUTC());
        char[] generated = readPassword(data);
        assertThatThrownBy(() -> users.changePassword(ADMIN, "wrong-password".toCharArray(), "新的管理员密码-2026".toCharArray()))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.violations()).extracting(Violation::field).containsExactly("currentPassword"));
        assertThatThrownBy(() -> users.changePassword(ADMIN, generated, "short".toCharArray()))
                .isInstanceOf(RuleViolationException.class);
        assertThat(users.authenticate("admin", generated)).isPresent();

        assertThat(users.changePassword(ADMIN, generated, "新的管理员密码-2026".toCharArray()).mustChangePassword()).isFalse();
        assertThat(users.authenticate("admin", generated)).isEmpty();
        assertThat(users.authenticate("admin", "新的管理员密码-2026".toCharArray())).isPresent();
    }

    private static char[] readPassword(Path data) {
        try {
            return Files.readString(data.resolve(FirstAdminAccount.PASSWORD_FILE), StandardCharsets.UTF_8).strip()
                    .toCharArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void fiveWrongPasswordsLockTheAccountForAMinute() {
        MovableClock clock = new MovableClock(Instant.parse("2026-11-27T02:00:00Z"));
        UserServiceImpl throttled = new UserServiceImpl(directory.userStore, directory.unitStore,
                new PasswordHasher(1_000), clock);
        throttled.create(ADMIN, new UserDraft("li.si", "李四", "the-right-password", Set.of(Role.OFFICE), null, null,
                null));
        for (int i = 0; i < LoginThrottle.ALLOWED_FAILURES - 1; i++) {
            assertThat(throttled.authenticate("li.si", "a-wrong-guess".toCharArray())).isEmpty();
        }
        assertThat(throttled.authenticate("li.si", "the-right-password".toCharArray())).as("four are forgiven")
                .isPresent();
        for (int i = 0; i < LoginThrottle.ALLOWED_FAILURES; i++) {
            throttled.authenticate("li.si", "a-wrong-guess".toCharArray());
        }
        assertThat(throttled.authenticate("li.si", "the-right-password".toCharArray())).as("locked").isEmpty();
        clock.advance(LoginThrottle.LOCK.plusSeconds(1));
        assertThat(throttled.authenticate("li.si", "the-right-password".toCharArray())).isPresent();
    }

    /** A clock the test moves by hand. */
    @Test
    void handlersNeedAnExistingUnitAndOthersNone() {
        directory.unitStore.create(new Unit("edu", "县教育局"));
        assertThatThrownBy(() -> users.create(ADMIN, new UserDraft("h1", "经办人", "long-enough-1",
                Set.of(Role.HANDLER), null, null, null))).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> users.create(ADMIN, new UserDraft("h1", "经办人", "long-enough-1",
                Set.of(Role.HANDLER), "nope", null, null))).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> users.create(ADMIN, new UserDraft("d1", "代表", "long-enough-1",
                Set.of(Role.SUBMITTER), "edu", null, null))).isInstanceOf(RuleViolationException.class);
        assertThat(users.create(ADMIN, new UserDraft("h1", "经办人", "long-enough-1", Set.of(Role.HANDLER), "edu", null,
                null)).unitCode()).isEqualTo("edu");
    }

    @Test
    void badAccountDataIsReportedFieldByField() {
        assertThatThrownBy(() -> users.create(ADMIN, new UserDraft("Bad Name", "", "short", Set.of(), null, null, null)))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field).containsExactly("username", "displayName", "password", "roles"));
    }

    @Test
    void theFirstAdminTakesThePasswordFromTheEnvironment(@TempDir Path data) {
        new FirstAdminAccount(users, "from-the-environment", data, Clock.systemUTC());
        assertThat(users.authenticate("admin", "from-the-environment".toCharArray())).hasValueSatisfying(admin -> {
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
        assertThat(users.authenticate("admin", password.toCharArray())).hasValueSatisfying(
                admin -> assertThat(admin.mustChangePassword()).isTrue());
    }

    @Test
    void anExistingAdminIsNeverTouched(@TempDir Path data) {
        new FirstAdminAccount(users, "the-first-password", data, Clock.systemUTC());
        new FirstAdminAccount(users, "a-second-password", data, Clock.systemUTC());
        assertThat(users.authenticate("admin", "the-first-password".toCharArray())).isPresent();
        assertThat(users.authenticate("admin", "a-second-password".toCharArray())).isEmpty();
    }
}
