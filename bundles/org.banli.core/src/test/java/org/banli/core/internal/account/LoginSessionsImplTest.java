package org.banli.core.internal.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.banli.api.MovableClock;
import org.banli.api.user.LoginSession;
import org.banli.api.user.LoginSessions;
import org.banli.core.internal.InMemoryDirectory;
import org.junit.jupiter.api.Test;

class LoginSessionsImplTest {

    private final MovableClock clock = new MovableClock(Instant.parse("2026-03-02T01:00:00Z"));
    private final InMemoryDirectory.Logins stored = new InMemoryDirectory.Logins();
    private final Sessions sessions = new Sessions(new LoginSessionsImpl(stored, clock));

    @Test
    void aSessionLivesWhileUsedAndEndsAfterItsIdleTimeOrItsMaximum() {
        LoginSession session = sessions.open("zhang");
        assertThat(session.id()).isNotEqualTo(session.csrfToken()).hasSizeGreaterThanOrEqualTo(43);
        for (int i = 0; i < 3; i++) {
            clock.advance(Duration.ofMinutes(29));
            assertThat(sessions.find(session.id())).map(LoginSession::username).contains("zhang");
        }
        clock.advance(Duration.ofMinutes(30));
        assertThat(sessions.find(session.id())).as("idle for 30 minutes").isEmpty();

        LoginSession busy = sessions.open("zhang");
        for (int i = 0; i < 4; i++) {
            clock.advance(Duration.ofMinutes(29));
            assertThat(sessions.find(busy.id())).isPresent();
        }
        clock.advance(Duration.ofMinutes(5));
        assertThat(sessions.find(busy.id()))
                .as("two hours after login, however busy")
                .isEmpty();
    }

    @Test
    void anAccountHoldsTenLoginsAtMostAndANewOneEndsTheLeastRecentlyUsed() {
        LoginSession other = sessions.open("office");
        java.util.List<LoginSession> opened = new java.util.ArrayList<>();
        for (int i = 0; i < 12; i++) {
            opened.add(sessions.open("deputy"));
            clock.advance(Duration.ofMinutes(1));
        }
        assertThat(opened.subList(0, 2))
                .allSatisfy(s -> assertThat(sessions.find(s.id())).isEmpty());
        assertThat(opened.subList(2, 12))
                .allSatisfy(s -> assertThat(sessions.find(s.id())).isPresent());
        assertThat(sessions.find(other.id()))
                .as("another account's login is not touched")
                .isPresent();
    }

    @Test
    void loggingOutOrChangingThePasswordEndsSessions() {
        LoginSession phone = sessions.open("li");
        LoginSession desktop = sessions.open("li");
        LoginSession other = sessions.open("wang");
        assertThat(phone.id()).isNotEqualTo(desktop.id());
        sessions.closeAll("li", desktop.id());
        assertThat(sessions.find(phone.id())).isEmpty();
        assertThat(sessions.find(desktop.id())).isPresent();
        assertThat(sessions.find(other.id())).isPresent();
        sessions.close(desktop.id());
        assertThat(sessions.find(desktop.id())).isEmpty();
        assertThat(sessions.find("made-up")).isEmpty();
        assertThat(sessions.find(null)).isEmpty();
    }

    @Test
    void theStoreKeepsADigestOfTheIdAndALoginIsReadWithoutAWriteWithinAMinute() {
        LoginSession login = sessions.open("zhao");
        assertThat(stored.logins).doesNotContainKey(login.id()).hasSize(1);
        assertThat(stored.logins.values().iterator().next().id()).hasSize(64);
        clock.advance(Duration.ofSeconds(30));
        sessions.find(login.id());
        assertThat(stored.seen).as("used again within the minute").isZero();
        clock.advance(Duration.ofSeconds(31));
        sessions.find(login.id());
        assertThat(stored.seen).isEqualTo(1);
    }

    /** The service with this test's limits. */
    private record Sessions(LoginSessionsImpl logins, LoginSessions.Limits limits) {
        Sessions(LoginSessionsImpl logins) {
            this(logins, new LoginSessions.Limits(Duration.ofMinutes(30), Duration.ofHours(2), 10));
        }

        LoginSession open(String username) {
            return logins.open(username, limits);
        }

        Optional<LoginSession> find(String id) {
            return logins.find(id, limits);
        }

        void close(String id) {
            logins.close(id);
        }

        void closeAll(String username, String keep) {
            logins.closeAll(username, keep);
        }
    }
}
