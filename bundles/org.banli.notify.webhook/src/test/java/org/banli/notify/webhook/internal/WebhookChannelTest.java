package org.banli.notify.webhook.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.banli.api.notify.Delivery;
import org.banli.api.notify.Notification;
import org.banli.api.notify.Recipient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The webhook channel against a real HTTP server that checks what arrives. */
class WebhookChannelTest {

    private static final String SECRET = "county-secret-0123456789";
    private static final Instant NOW = Instant.parse("2026-11-27T02:00:00Z");

    private HttpServer server;
    private final List<String[]> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger answer = new AtomicInteger(200);
    private volatile long delayMillis;

    @BeforeEach
    void startReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/hook", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            received.add(new String[] {
                new String(body, StandardCharsets.UTF_8),
                exchange.getRequestHeaders().getFirst("X-Banli-Timestamp"),
                exchange.getRequestHeaders().getFirst("X-Banli-Signature"),
                exchange.getRequestHeaders().getFirst("X-Banli-Message-Id"),
                exchange.getRequestHeaders().getFirst("Content-Type")
            });
            if (delayMillis > 0) {
                try {
                    Thread.sleep(delayMillis); // the receiver is slow, not the test
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            exchange.sendResponseHeaders(answer.get(), -1);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stopReceiver() {
        server.stop(0);
    }

    private WebhookChannel channel(String url, String secret, int timeoutSeconds) {
        return new WebhookChannel(
                new WebhookSettings() {
                    @Override
                    public Class<? extends Annotation> annotationType() {
                        return WebhookSettings.class;
                    }

                    @Override
                    public String url() {
                        return url;
                    }

                    @Override
                    public String secret() {
                        return secret;
                    }

                    @Override
                    public int timeoutSeconds() {
                        return timeoutSeconds;
                    }
                },
                Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private WebhookChannel channel() {
        return channel("http://127.0.0.1:" + server.getAddress().getPort() + "/hook", SECRET, 2);
    }

    private static Notification notification() {
        return new Notification(
                42,
                "item.assigned",
                "【交办】2026年建议第1号 关于\"午餐\"的建议",
                "您单位收到交办件。\n(assigned to your unit)",
                Map.of("itemId", "7", "label", "2026年建议第1号"),
                NOW);
    }

    @Test
    void postsSignedJsonWithChineseIntact() {
        assertThat(channel().deliver(notification(), new Recipient("h-edu", "张经办", null, null)))
                .isEqualTo(Delivery.delivered());
        assertThat(received).hasSize(1);
        String[] request = received.get(0);
        String body = request[0];
        assertThat(body)
                .contains("\"subject\":\"【交办】2026年建议第1号 关于\\\"午餐\\\"的建议\"")
                .contains("\"body\":\"您单位收到交办件。\\n(assigned to your unit)\"")
                .contains("\"label\":\"2026年建议第1号\"")
                .contains("\"displayName\":\"张经办\"")
                .contains("\"id\":42");
        assertThat(request[1]).isEqualTo(Long.toString(NOW.getEpochSecond()));
        assertThat(request[2]).isEqualTo("sha256=" + channel().sign(request[1] + "." + body));
        assertThat(request[2])
                .as("another secret signs differently")
                .isNotEqualTo("sha256="
                        + channel("http://x/", "another-secret-0123456", 1).sign(request[1] + "." + body));
        assertThat(request[3]).isEqualTo("42");
        assertThat(request[4]).isEqualTo("application/json; charset=utf-8");
    }

    @Test
    void serverErrorsAndTimeoutsAreRetriedClientErrorsAreNot() {
        answer.set(503);
        assertThat(channel()
                        .deliver(notification(), new Recipient("a", null, null, null))
                        .outcome())
                .isEqualTo(Delivery.Outcome.RETRYABLE_FAILURE);
        answer.set(429);
        assertThat(channel()
                        .deliver(notification(), new Recipient("a", null, null, null))
                        .outcome())
                .isEqualTo(Delivery.Outcome.RETRYABLE_FAILURE);
        answer.set(400);
        assertThat(channel().deliver(notification(), new Recipient("a", null, null, null)))
                .satisfies(d -> {
                    assertThat(d.outcome()).isEqualTo(Delivery.Outcome.PERMANENT_FAILURE);
                    assertThat(d.detail()).contains("HTTP 400");
                });
        answer.set(200);
        delayMillis = 3000;
        assertThat(channel()
                        .deliver(notification(), new Recipient("a", null, null, null))
                        .outcome())
                .isEqualTo(Delivery.Outcome.RETRYABLE_FAILURE);
        delayMillis = 0;
        assertThat(channel("http://127.0.0.1:1/hook", SECRET, 1)
                        .deliver(notification(), new Recipient("a", null, null, null))
                        .outcome())
                .isEqualTo(Delivery.Outcome.RETRYABLE_FAILURE);
    }

    @Test
    void aWrongConfigurationIsRefusedWithItsReason() {
        assertThatThrownBy(() -> channel("ftp://x", SECRET, 1)).hasMessageContaining("http");
        assertThatThrownBy(() -> channel("https://x/hook", "short", 1)).hasMessageContaining("16");
    }
}
