package org.banli.rest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuthenticationTest {

    private static String basic(String credentials) {
        return "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void basicCredentialsAreUtf8AndThePasswordMayContainColons() {
        assertThat(Authentication.CredentialsFilter.credentials(basic("zhang.san:密码:含冒号")))
                .contains(List.of("zhang.san", "密码:含冒号"));
        assertThat(Authentication.CredentialsFilter.credentials(
                        "basic " + Base64.getEncoder().encodeToString("a:b".getBytes(StandardCharsets.UTF_8))))
                .contains(List.of("a", "b"));
    }

    @Test
    void malformedHeadersAuthenticateNobody() {
        assertThat(Authentication.CredentialsFilter.credentials(null)).isEmpty();
        assertThat(Authentication.CredentialsFilter.credentials("Bearer abc")).isEmpty();
        assertThat(Authentication.CredentialsFilter.credentials("Basic not-base64!"))
                .isEmpty();
        assertThat(Authentication.CredentialsFilter.credentials(basic("no-colon")))
                .isEmpty();
        assertThat(Authentication.CredentialsFilter.credentials(basic(":password-only")))
                .isEmpty();
    }
}
