package org.banli.notify.wecom.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.banli.api.notify.Delivery;
import org.banli.api.notify.Notification;
import org.banli.api.notify.Recipient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The WeCom channel against a real HTTP server answering as the group robot does. */
class WecomChannelTest {

    private HttpServer robot;
    private final List<String> received = new CopyOnWriteArrayList<>();
    private volatile int status = 200;
    private volatile String answer = "{\"errcode\":0,\"errmsg\":\"ok\"}";

    @BeforeEach
    void startRobot() throws IOException {
        robot = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        robot.createContext("/cgi-bin/webhook/send", exchange -> {
            received.add(exchange.getRequestURI().getQuery() + " "
                    + new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            byte[] body = answer.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        robot.start();
    }

    @AfterEach
    void stopRobot() {
        robot.stop(0);
    }

    private WecomChannel channel(String url) {
        return new WecomChannel(new WecomSettings() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return WecomSettings.class;
            }

            @Override
            public String url() {
                return url;
            }

            @Override
            public int timeoutSeconds() {
                return 2;
            }
        });
    }

    private WecomChannel channel() {
        return channel("http://127.0.0.1:" + robot.getAddress().getPort() + "/cgi-bin/webhook/send?key=k-123");
    }

    private static Notification notification(String body) {
        return new Notification(7, "item.assigned", "【交办】2026年建议第1号", body, Map.of(), Instant.now());
    }

    @Test
    void postsATextMessageNamingTheRecipientWithChineseIntact() {
        Delivery delivery =
                channel().deliver(notification("您单位收到交办件。\n(assigned)"), new Recipient("h-edu", "张经办", null, null));
        assertThat(delivery).isEqualTo(Delivery.delivered());
        assertThat(received)
                .singleElement()
                .isEqualTo("key=k-123 {\"msgtype\":\"text\",\"text\":{\"content\":"
                        + "\"@张经办 【交办】2026年建议第1号\\n您单位收到交办件。\\n(assigned)\"}}");
    }

    @Test
    void theRobotsRateLimitAndServerErrorsAreRetriedOtherErrorsAreNot() {
        Recipient someone = new Recipient("a", null, null, null);
        answer = "{\"errcode\":45009,\"errmsg\":\"api freq out of limit\"}";
        assertThat(channel().deliver(notification("x"), someone).outcome())
                .isEqualTo(Delivery.Outcome.RETRYABLE_FAILURE);
        answer = "{\"errcode\":93000,\"errmsg\":\"invalid webhook url\"}";
        assertThat(channel().deliver(notification("x"), someone)).satisfies(d -> {
            assertThat(d.outcome()).isEqualTo(Delivery.Outcome.PERMANENT_FAILURE);
            assertThat(d.detail()).contains("93000");
        });
        status = 502;
        assertThat(channel().deliver(notification("x"), someone).outcome())
                .isEqualTo(Delivery.Outcome.RETRYABLE_FAILURE);
        assertThat(channel("http://127.0.0.1:1/cgi-bin/webhook/send?key=k")
                        .deliver(notification("x"), someone)
                        .outcome())
                .isEqualTo(Delivery.Outcome.RETRYABLE_FAILURE);
    }

    @Test
    void aLongMessageIsCutToTheRobotsLimitWithoutBreakingACharacter() {
        // 680 × 3 bytes, then 4-byte emoji: the cut falls after the first emoji, never inside one.
        String text = "办".repeat(680) + "🍚".repeat(20);
        String fitted = WecomChannel.fit(text);
        assertThat(fitted).isEqualTo("办".repeat(680) + "🍚" + "…");
        assertThat(fitted.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(WecomChannel.MAX_BYTES);
        assertThat(WecomChannel.fit("短消息")).isEqualTo("短消息");
        assertThatThrownBy(() -> channel("ftp://x")).hasMessageContaining("http");
    }
}
