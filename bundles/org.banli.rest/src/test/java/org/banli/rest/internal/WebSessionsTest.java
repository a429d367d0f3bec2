package org.banli.rest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.banli.api.user.LoginSessions;
import org.junit.jupiter.api.Test;

class WebSessionsTest {

    @Test
    void sessionSettingsThatContradictThemselvesFallBackToThirtyMinutesAndTwelveHours() {
        assertThat(WebSessions.limits(Duration.ofMinutes(30), Duration.ofMinutes(10), 0))
                .isEqualTo(new LoginSessions.Limits(Duration.ofMinutes(30), Duration.ofHours(12), 1));
        assertThat(WebSessions.limits(Duration.ZERO, Duration.ofHours(2), 5).idle())
                .isEqualTo(Duration.ofMinutes(30));
        assertThat(WebSessions.limits(Duration.ofMinutes(20), Duration.ofHours(2), 5))
                .isEqualTo(new LoginSessions.Limits(Duration.ofMinutes(20), Duration.ofHours(2), 5));
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
