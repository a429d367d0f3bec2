package org.banli.notify.sms.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.banli.api.notify.Delivery;
import org.banli.api.notify.Notification;
import org.banli.api.notify.Recipient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The SMS channel against a real HTTP server playing the gateway, decoding what arrives. */
class SmsChannelTest {

    private static final String SECRET = "gateway-secret-0123";
    private static final Instant NOW = Instant.parse("2026-11-27T02:00:00Z");

    private HttpServer gateway;
    private final List<Map<String, String>> received = new CopyOnWriteArrayList<>();
    private final List<String> methods = new CopyOnWriteArrayList<>();
    private final AtomicInteger status = new AtomicInteger(200);
    private final AtomicReference<String> answer = new AtomicReference<>("{\"code\":0,\"msg\":\"成功\"}");

    @BeforeEach
    void startGateway() throws IOException {
        gateway = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        gateway.createContext("/sms/send", exchange -> {
            methods.add(exchange.getRequestMethod() + " "
                    + exchange.getRequestHeaders().getFirst("Content-Type"));
            String form = "GET".equals(exchange.getRequestMethod())
                    ? exchange.getRequestURI().getRawQuery()
                    : new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            received.add(decode(form));
            byte[] body = answer.get().getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status.get(), body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        gateway.start();
    }

    @AfterEach
    void stopGateway() {
        gateway.stop(0);
    }

    private static Map<String, String> decode(String form) {
        Map<String, String> fields = new LinkedHashMap<>();
        Arrays.stream(form.split("&"))
                .map(pair -> pair.split("=", 2))
                .forEach(pair -> fields.put(
                        URLDecoder.decode(pair[0], StandardCharsets.UTF_8),
                        URLDecoder.decode(pair[1], StandardCharsets.UTF_8)));
        return fields;
    }

    private String url() {
        return "http://127.0.0.1:" + gateway.getAddress().getPort() + "/sms/send";
    }

    private static Notification notification(String subject) {
        return new Notification(42, "item.assigned", subject, "您单位收到交办件。", Map.of("itemId", "7"), NOW);
    }

    private static Recipient zhang() {
        return new Recipient("h-edu", "张经办", null, "138 0013 8000");
    }

    @Test
    void aSignedFormArrivesWithChineseIntact() {
        SmsChannel channel = channel(new Settings(
                url(),
                SmsSettings.Method.POST,
                new String[] {"account=county01, mobile=${phone}", "content=${text}", "serial=${messageId}"},
                "【县政府办】${name}：${subject}",
                SECRET,
                70,
                "\"code\":0"));

        assertThat(channel.deliver(notification("2026年建议第1号已交办您单位"), zhang())).isEqualTo(Delivery.delivered());

        assertThat(received).hasSize(1);
        Map<String, String> form = received.get(0);
        assertThat(form)
                .containsEntry("account", "county01")
                .containsEntry("mobile", "13800138000")
                .containsEntry("content", "【县政府办】张经办：2026年建议第1号已交办您单位")
                .containsEntry("serial", "42")
                .containsEntry("timestamp", Long.toString(NOW.getEpochSecond()));
        assertThat(form.get("sign"))
                .as("the gateway can check the signature over the sorted parameters")
                .isEqualTo(hmac("account=county01&content=【县政府办】张经办：2026年建议第1号已交办您单位&mobile=13800138000&serial=42"
                        + "&timestamp=" + NOW.getEpochSecond()));
        assertThat(methods).containsExactly("POST application/x-www-form-urlencoded; charset=UTF-8");
    }

    @Test
    void aLongTextGoesOutInNumberedPartsEachWithinTheLimit() {
        SmsChannel channel = channel(new Settings(
                url(),
                SmsSettings.Method.GET,
                new String[] {"to=${phone}", "msg=${text}", "n=${part}/${parts}"},
                "${subject}",
                "",
                30,
                ""));
        String subject = "县教育局：您单位承办的2026年建议第12号《关于加强学生午餐管理的建议》将于7日后到期，请及时答复。";

        assertThat(channel.deliver(notification(subject), zhang())).isEqualTo(Delivery.delivered());

        assertThat(received).hasSizeGreaterThan(1).allSatisfy(form -> {
            assertThat(form.get("msg").codePointCount(0, form.get("msg").length()))
                    .isLessThanOrEqualTo(30);
            assertThat(form).doesNotContainKey("sign");
        });
        assertThat(received.get(0).get("n")).isEqualTo("1/" + received.size());
        assertThat(String.join(
                        "",
                        received.stream()
                                .map(f -> f.get("msg").replaceAll("\\(\\d+/\\d+\\)$", ""))
                                .toList()))
                .isEqualTo(subject);
        assertThat(methods).allMatch(m -> m.startsWith("GET"));
    }

    @Test
    void gatewayAnswersDecideBetweenRetryAndGivingUp() {
        SmsChannel channel = channel(new Settings(
                url(),
                SmsSettings.Method.POST,
                new String[] {"mobile=${phone}", "content=${text}"},
                "${subject}",
                "",
                70,
                "\"code\":0"));
        status.set(503);
        assertThat(channel.deliver(notification("交办"), zhang()).outcome())
                .isEqualTo(Delivery.Outcome.RETRYABLE_FAILURE);
        status.set(400);
        assertThat(channel.deliver(notification("交办"), zhang())).satisfies(d -> {
            assertThat(d.outcome()).isEqualTo(Delivery.Outcome.PERMANENT_FAILURE);
            assertThat(d.detail()).contains("HTTP 400");
        });
        status.set(200);
        answer.set("{\"code\":17,\"msg\":\"余额不足\"}");
        assertThat(channel.deliver(notification("交办"), zhang())).satisfies(d -> {
            assertThat(d.outcome()).isEqualTo(Delivery.Outcome.RETRYABLE_FAILURE);
            assertThat(d.detail()).contains("余额不足");
        });
        int requests = received.size();
        assertThat(channel.deliver(notification("交办"), new Recipient("deputy", "代表", "d@x.cn", null)))
                .satisfies(d -> {
                    assertThat(d.outcome()).isEqualTo(Delivery.Outcome.PERMANENT_FAILURE);
                    assertThat(d.detail()).contains("未填写手机号");
                });
        assertThat(received).as("no request without a phone").hasSize(requests);
        assertThat(channel(new Settings(
                                "http://127.0.0.1:1/sms",
                                SmsSettings.Method.POST,
                                new String[] {"mobile=${phone}", "content=${text}"},
                                "${subject}",
                                "",
                                70,
                                ""))
                        .deliver(notification("交办"), zhang())
                        .outcome())
                .isEqualTo(Delivery.Outcome.RETRYABLE_FAILURE);
    }

    @Test
    void aWrongConfigurationIsRefusedWithItsReason() {
        String[] parameters = {"mobile=${phone}", "content=${text}"};
        assertThatThrownBy(() ->
                        channel(new Settings("ftp://x", SmsSettings.Method.POST, parameters, "${subject}", "", 70, "")))
                .hasMessageContaining("http");
        assertThatThrownBy(() ->
                        channel(new Settings(url(), SmsSettings.Method.POST, parameters, "${subjet}", "", 70, "")))
                .hasMessageContaining("${subjet}");
        assertThatThrownBy(() -> channel(new Settings(
                        url(), SmsSettings.Method.POST, new String[] {"mobile=${phone}"}, "${subject}", "", 70, "")))
                .hasMessageContaining("${text}");
        assertThatThrownBy(() ->
                        channel(new Settings(url(), SmsSettings.Method.POST, parameters, "${subject}", "", 5, "")))
                .hasMessageContaining("maxLength");
        assertThatThrownBy(() -> channel(
                        new Settings(url(), SmsSettings.Method.POST, parameters, "${subject}", "", 70, "(unclosed")))
                .hasMessageContaining("successPattern");
    }

    private static SmsChannel channel(Settings settings) {
        return new SmsChannel(settings, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private static String hmac(String text) {
        try {
            javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
            mac.init(new javax.crypto.spec.SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return java.util.HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Settings(
            String url,
            Method method,
            String[] parameters,
            String template,
            String secret,
            int maxLength,
            String successPattern)
            implements SmsSettings {

        @Override
        public String signatureParameter() {
            return "sign";
        }

        @Override
        public String timestampParameter() {
            return "timestamp";
        }

        @Override
        public int timeoutSeconds() {
            return 2;
        }

        @Override
        public Class<? extends Annotation> annotationType() {
            return SmsSettings.class;
        }
    }
}
