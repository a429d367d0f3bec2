package org.banli.notify.webhook.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.banli.api.notify.Delivery;
import org.banli.api.notify.Notification;
import org.banli.api.notify.NotificationChannel;
import org.banli.api.notify.Recipient;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts each message as JSON to the county's URL. The receiver checks
 * {@code X-Banli-Signature: sha256=<hex of HMAC-SHA256(secret, timestamp + "." + body)>} with
 * {@code X-Banli-Timestamp} (seconds), and may use {@code X-Banli-Message-Id} to ignore
 * repeats. 2xx is delivered; 5xx, 408, 429 and network errors are retried; other 4xx are not.
 */
@Component(
        configurationPid = WebhookSettings.PID,
        configurationPolicy = ConfigurationPolicy.REQUIRE,
        property = NotificationChannel.CHANNEL_PROPERTY + "=" + WebhookChannel.ID)
@Designate(ocd = WebhookSettings.class)
public class WebhookChannel implements NotificationChannel {

    static final String ID = "webhook";
    private static final Logger LOG = LoggerFactory.getLogger(WebhookChannel.class);
    private static final ObjectMapper JSON =
            new ObjectMapper().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

    private final URI url;
    private final byte[] secret;
    private final Duration timeout;
    private final Clock clock;
    private final HttpClient http;

    @Activate
    public WebhookChannel(WebhookSettings settings) {
        this(settings, Clock.systemUTC());
    }

    WebhookChannel(WebhookSettings settings, Clock clock) {
        if (settings.url() == null || !settings.url().matches("https?://.+")) {
            throw new IllegalArgumentException(
                    "webhook url 应为 http(s) 地址 (url must be an http or https address): " + settings.url());
        }
        if (settings.secret() == null || settings.secret().length() < 16) {
            throw new IllegalArgumentException("webhook secret 至少16个字符 (secret needs at least 16 characters)");
        }
        this.url = URI.create(settings.url());
        this.secret = settings.secret().getBytes(StandardCharsets.UTF_8);
        this.timeout = Duration.ofSeconds(Math.max(1, settings.timeoutSeconds()));
        this.clock = clock;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
        LOG.info("Webhook channel posts to {}", url);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Delivery deliver(Notification notification, Recipient recipient) {
        String body = json(Map.of(
                "id",
                notification.id(),
                "event",
                notification.event(),
                "subject",
                notification.subject(),
                "body",
                notification.body(),
                "data",
                notification.data(),
                "createdAt",
                notification.createdAt().toString(),
                "recipient",
                Map.of(
                        "username",
                        recipient.username(),
                        "displayName",
                        recipient.displayName() == null ? "" : recipient.displayName())));
        String timestamp = Long.toString(clock.instant().getEpochSecond());
        HttpRequest request = HttpRequest.newBuilder(url)
                .timeout(timeout)
                .header("Content-Type", "application/json; charset=utf-8")
                .header("X-Banli-Timestamp", timestamp)
                .header("X-Banli-Signature", "sha256=" + sign(timestamp + "." + body))
                .header("X-Banli-Message-Id", Long.toString(notification.id()))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        try {
            int status =
                    http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status / 100 == 2) {
                return Delivery.delivered();
            }
            String detail = "HTTP " + status + " from " + url;
            return status >= 500 || status == 408 || status == 429
                    ? Delivery.retryLater(detail)
                    : Delivery.failed(detail);
        } catch (IOException e) {
            return Delivery.retryLater(e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Delivery.retryLater("interrupted");
        }
    }

    /** The message as JSON, keys sorted at every level so the signed text is stable. */
    private static String json(Map<String, Object> fields) {
        try {
            return JSON.writeValueAsString(fields);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("strings, numbers and maps always make JSON", e);
        }
    }

    String sign(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
