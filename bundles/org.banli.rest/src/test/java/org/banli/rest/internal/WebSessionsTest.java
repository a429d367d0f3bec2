package org.banli.rest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.banli.api.MovableClock;
import org.junit.jupiter.api.Test;

class WebSessionsTest {

    private final MovableClock clock = new MovableClock(Instant.parse("2026-03-02T01:00:00Z"));
    private final WebSessions sessions = new WebSessions(clock, Duration.ofMinutes(30), Duration.ofHours(2));

    @Test
    void aSessionLivesWhileUsedAndEndsAfterItsIdleTimeOrItsMaximum() {
        WebSessions.Session session = sessions.open("zhang");
        assertThat(session.id()).isNotEqualTo(session.csrfToken()).hasSizeGreaterThanOrEqualTo(43);
        for (int i = 0; i < 3; i++) {
            clock.advance(Duration.ofMinutes(29));
            assertThat(sessions.find(session.id()))
                    .map(WebSessions.Session::username)
                    .contains("zhang");
        }
        clock.advance(Duration.ofMinutes(30));
        assertThat(sessions.find(session.id())).as("idle for 30 minutes").isEmpty();

        WebSessions.Session busy = sessions.open("zhang");
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
        WebSessions.Session other = sessions.open("office");
        java.util.List<WebSessions.Session> opened = new java.util.ArrayList<>();
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
        WebSessions.Session phone = sessions.open("li");
        WebSessions.Session desktop = sessions.open("li");
        WebSessions.Session other = sessions.open("wang");
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
    void theCookieIsOutOfScriptsReachAndNeverSentCrossSite() {
        assertThat(WebSessions.cookie("abc", false)).isEqualTo("banli_session=abc; Path=/; HttpOnly; SameSite=Strict");
        assertThat(WebSessions.cookie("abc", true)).endsWith("; Secure");
        assertThat(WebSessions.cookie(null, false)).contains("banli_session=;").contains("Max-Age=0");
    }

    @Test
    void stateChangingRequestsFromAnotherOriginAreRecognised() {
        assertThat(Authentication.crossOrigin(null, "banli.county.gov.cn")).isFalse();
        assertThat(Authentication.crossOrigin("http://localhost:8181", "localhost:8181"))
                .isFalse();
        assertThat(Authentication.crossOrigin("https://banli.county.gov.cn", "banli.county.gov.cn"))
                .isFalse();
        assertThat(Authentication.crossOrigin("https://banli.county.gov.cn", "banli.county.gov.cn:443"))
                .isFalse();
        assertThat(Authentication.crossOrigin("http://[::1]:8181", "[::1]:8181"))
                .isFalse();
        assertThat(Authentication.crossOrigin("http://evil.example", "localhost:8181"))
                .isTrue();
        assertThat(Authentication.crossOrigin("http://localhost:9999", "localhost:8181"))
                .isTrue();
        assertThat(Authentication.crossOrigin("null", "localhost:8181")).isTrue();
        assertThat(Authentication.crossOrigin("http://localhost:8181", null)).isTrue();
        assertThat(Authentication.changesState("GET")).isFalse();
        assertThat(Authentication.changesState("DELETE")).isTrue();
    }
}
