package org.banli.rest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.servlet.http.HttpServletRequest;
import org.junit.jupiter.api.Test;

class ProxiedRequestTest {

    private static final Set<String> PROXIES = Set.of("10.0.0.5", "10.0.0.6");

    @Test
    void fromATrustedProxyTheClientIsTheNearestAddressNotAProxyAndItsHttpsCounts() {
        HttpServletRequest seen = ProxiedRequest.of(
                request(
                        "10.0.0.5",
                        Map.of(
                                "X-Forwarded-For",
                                List.of("198.51.100.1, 203.0.113.7", "10.0.0.6"),
                                "X-Forwarded-Proto",
                                List.of("https"))),
                PROXIES);
        assertThat(seen.getRemoteAddr())
                .as("the address the outer proxy saw; what the client wrote before it is not believed")
                .isEqualTo("203.0.113.7");
        assertThat(seen.isSecure()).isTrue();
    }

    @Test
    void fromAnyoneElseTheHeadersAreIgnored() {
        HttpServletRequest direct = request(
                "192.0.2.9", Map.of("X-Forwarded-For", List.of("203.0.113.7"), "X-Forwarded-Proto", List.of("https")));
        HttpServletRequest seen = ProxiedRequest.of(direct, PROXIES);
        assertThat(seen.getRemoteAddr()).isEqualTo("192.0.2.9");
        assertThat(seen.isSecure()).isFalse();
        assertThat(ProxiedRequest.of(direct, Set.of()).getRemoteAddr()).isEqualTo("192.0.2.9");
    }

    @Test
    void aHopNoProxyCouldHaveWrittenEndsTheWalk() {
        assertThat(ProxiedRequest.of(
                                request("10.0.0.5", Map.of("X-Forwarded-For", List.of("203.0.113.7, 攻击者' OR 1=1"))),
                                PROXIES)
                        .getRemoteAddr())
                .isEqualTo("10.0.0.5");
        assertThat(ProxiedRequest.of(request("10.0.0.5", Map.of()), PROXIES).getRemoteAddr())
                .as("no header: the proxy itself")
                .isEqualTo("10.0.0.5");
        assertThat(ProxiedRequest.of(request("10.0.0.5", Map.of("X-Forwarded-For", List.of("2001:db8::7"))), PROXIES)
                        .getRemoteAddr())
                .isEqualTo("2001:db8::7");
    }

    /** A request from {@code remote} with {@code headers}; nothing else of it is asked. */
    private static HttpServletRequest request(String remote, Map<String, List<String>> headers) {
        return (HttpServletRequest) Proxy.newProxyInstance(
                ProxiedRequestTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class},
                (self, method, args) -> switch (method.getName()) {
                    case "getRemoteAddr" -> remote;
                    case "isSecure" -> false;
                    case "getHeaders" -> Collections.enumeration(headers.getOrDefault((String) args[0], List.of()));
                    case "getHeader" ->
                        headers.getOrDefault((String) args[0], List.of()).stream()
                                .findFirst()
                                .orElse(null);
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
