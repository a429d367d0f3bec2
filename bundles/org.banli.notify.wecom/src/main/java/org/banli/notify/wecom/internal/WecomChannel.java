package org.banli.notify.wecom.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.banli.api.notify.Delivery;
import org.banli.api.notify.Notification;
import org.banli.api.notify.NotificationChannel;
import org.banli.api.notify.Recipient;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.metatype.annotations.Designate;

/**
 * Posts each message to the county's WeCom group robot as a text message that names its
 * recipient. The robot answers {@code {"errcode":0}} when it took the message; its rate limit
 * (45009) and server errors are retried, any other error code is not.
 */
@Component(
        configurationPid = WecomSettings.PID,
        configurationPolicy = ConfigurationPolicy.REQUIRE,
        property = NotificationChannel.CHANNEL_PROPERTY + "=" + WecomChannel.ID)
@Designate(ocd = WecomSettings.class)
public class WecomChannel implements NotificationChannel {

    static final String ID = "wecom";
    /** The robot takes at most 2048 bytes of UTF-8 text. */
    static final int MAX_BYTES = 2048;

    private static final int RATE_LIMITED = 45009;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI url;
    private final Duration timeout;
    private final HttpClient http;

    @Activate
    public WecomChannel(WecomSettings settings) {
        if (settings.url() == null || !settings.url().matches("https?://.+")) {
            throw new IllegalArgumentException("企业微信机器人地址应为 http(s) 地址 (url must be an http or https address)");
        }
        this.url = URI.create(settings.url());
        this.timeout = Duration.ofSeconds(Math.max(1, settings.timeoutSeconds()));
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Delivery deliver(Notification notification, Recipient recipient) {
        String name = recipient.displayName() == null ? recipient.username() : recipient.displayName();
        String content = fit("@" + name + " " + notification.subject() + "\n" + notification.body());
        ObjectNode message = JSON.createObjectNode().put("msgtype", "text");
        message.putObject("text").put("content", content);
        String body = message.toString();
        HttpRequest request = HttpRequest.newBuilder(url)
                .timeout(timeout)
                .header("Content-Type", "application/json; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        try {
            HttpResponse<String> response =
                    http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() / 100 != 2) {
                String detail = "HTTP " + response.statusCode();
                return response.statusCode() >= 500 ? Delivery.retryLater(detail) : Delivery.failed(detail);
            }
            JsonNode code = answer(response.body()).path("errcode");
            if (!code.isIntegralNumber()) {
                return Delivery.retryLater("unexpected answer: " + response.body());
            }
            int errcode = code.intValue();
            if (errcode == 0) {
                return Delivery.delivered();
            }
            String detail = "errcode " + errcode + ": " + response.body();
            return errcode == RATE_LIMITED || errcode == -1 ? Delivery.retryLater(detail) : Delivery.failed(detail);
        } catch (IOException e) {
            return Delivery.retryLater(e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Delivery.retryLater("interrupted");
        }
    }

    /** The robot's JSON answer, or an empty object when it answered something else. */
    private static JsonNode answer(String body) {
        try {
            return JSON.readTree(body);
        } catch (JsonProcessingException e) {
            return JSON.createObjectNode();
        }
    }

    /** Cuts the text at a character boundary so that it fits the robot's limit, marking the cut. */
    static String fit(String text) {
        if (text.getBytes(StandardCharsets.UTF_8).length <= MAX_BYTES) {
            return text;
        }
        String mark = "…";
        int budget = MAX_BYTES - mark.getBytes(StandardCharsets.UTF_8).length;
        StringBuilder fitted = new StringBuilder();
        int used = 0;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            int bytes = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (used + bytes > budget) {
                break;
            }
            fitted.appendCodePoint(codePoint);
            used += bytes;
            i += Character.charCount(codePoint);
        }
        return fitted.append(mark).toString();
    }
}
