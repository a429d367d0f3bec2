package org.banli.notify.sms.internal;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Collectors;
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
 * Sends each message through the county's HTTP SMS gateway, one request per part. With a
 * secret, the request carries the time in seconds and
 * {@code hex(HMAC-SHA256(secret, "k1=v1&k2=v2…"))} over all other parameters sorted by name,
 * values not URL-encoded. A 2xx answer (containing the success pattern, if one is set) is
 * sent; 5xx, 408, 429, an answer without the success pattern and network errors are retried;
 * other 4xx are not. A retry sends every part again: {@code ${messageId}} and {@code ${part}}
 * let a gateway recognise repeats.
 */
@Component(
        configurationPid = SmsSettings.PID,
        configurationPolicy = ConfigurationPolicy.REQUIRE,
        property = NotificationChannel.CHANNEL_PROPERTY + "=" + SmsChannel.ID)
@Designate(ocd = SmsSettings.class)
public class SmsChannel implements NotificationChannel {

    static final String ID = "sms";
    private static final Logger LOG = LoggerFactory.getLogger(SmsChannel.class);
    private static final Set<String> TEXT_VALUES = Set.of("subject", "body", "name");
    private static final Set<String> PARAMETER_VALUES = Set.of("phone", "text", "part", "parts", "messageId");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9]{5,20}");

    private final SmsSettings settings;
    private final URI url;
    private final Map<String, String> parameters = new LinkedHashMap<>();
    private final Pattern success;
    private final Duration timeout;
    private final Clock clock;
    private final HttpClient http;

    @Activate
    public SmsChannel(SmsSettings settings) {
        this(settings, Clock.systemUTC());
    }

    SmsChannel(SmsSettings settings, Clock clock) {
        if (settings.url() == null || !settings.url().matches("https?://.+")) {
            throw new IllegalArgumentException(
                    "sms url 应为 http(s) 地址 (url must be an http or https address): " + settings.url());
        }
        if (settings.maxLength() < SmsText.MIN_LENGTH) {
            throw new IllegalArgumentException("sms maxLength 至少" + SmsText.MIN_LENGTH + " (maxLength must be at least "
                    + SmsText.MIN_LENGTH + "): " + settings.maxLength());
        }
        // A .cfg file gives the list as one comma-separated value.
        for (String parameter : Arrays.stream(settings.parameters())
                .flatMap(v -> Arrays.stream(v.split(",")))
                .map(String::strip)
                .filter(v -> !v.isEmpty())
                .toList()) {
            int equals = parameter.indexOf('=');
            if (equals < 1) {
                throw new IllegalArgumentException(
                        "sms parameters 每项应为 名称=模板 (each parameter is name=template): " + parameter);
            }
            String template = parameter.substring(equals + 1).strip();
            SmsText.check(template, PARAMETER_VALUES, "parameters");
            parameters.put(parameter.substring(0, equals).strip(), template);
        }
        if (parameters.values().stream().noneMatch(t -> t.contains("${phone}"))
                || parameters.values().stream().noneMatch(t -> t.contains("${text}"))) {
            throw new IllegalArgumentException(
                    "sms parameters 须含 ${phone} 和 ${text} (must carry ${phone} and ${text})");
        }
        SmsText.check(settings.template(), TEXT_VALUES, "template");
        try {
            success = settings.successPattern() == null
                            || settings.successPattern().isBlank()
                    ? null
                    : Pattern.compile(settings.successPattern());
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException(
                    "sms successPattern 不是有效的正则表达式 (not a valid regular expression): " + e.getMessage(), e);
        }
        this.settings = settings;
        this.url = URI.create(settings.url());
        this.timeout = Duration.ofSeconds(Math.max(1, settings.timeoutSeconds()));
        this.clock = clock;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
        LOG.info("SMS channel sends through {}", url);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Delivery deliver(Notification notification, Recipient recipient) {
        String phone = recipient.phone() == null ? "" : recipient.phone().replaceAll("[\\s-]", "");
        if (!PHONE.matcher(phone).matches()) {
            return Delivery.failed("账号 " + recipient.username()
                    + (phone.isEmpty()
                            ? " 未填写手机号 (the account has no phone)"
                            : " 的手机号无效 (invalid phone): " + recipient.phone()));
        }
        String text = SmsText.fill(
                settings.template(),
                Map.of(
                        "subject",
                        notification.subject(),
                        "body",
                        notification.body(),
                        "name",
                        recipient.displayName() == null ? "" : recipient.displayName()));
        List<String> parts = SmsText.split(text, settings.maxLength());
        for (int part = 1; part <= parts.size(); part++) {
            Delivery sent = send(request(Map.of(
                    "phone",
                    phone,
                    "text",
                    parts.get(part - 1),
                    "part",
                    Integer.toString(part),
                    "parts",
                    Integer.toString(parts.size()),
                    "messageId",
                    Long.toString(notification.id()))));
            if (sent.outcome() != Delivery.Outcome.DELIVERED) {
                return parts.size() == 1
                        ? sent
                        : new Delivery(
                                sent.outcome(),
                                "第" + part + "/" + parts.size() + "条 (part " + part + "): " + sent.detail());
            }
        }
        return Delivery.delivered();
    }

    /** The gateway's parameters for one part, signed when there is a secret. */
    Map<String, String> request(Map<String, String> values) {
        Map<String, String> filled = new LinkedHashMap<>();
        parameters.forEach((name, template) -> filled.put(name, SmsText.fill(template, values)));
        if (!settings.secret().isEmpty()) {
            filled.put(
                    settings.timestampParameter(), Long.toString(clock.instant().getEpochSecond()));
            filled.put(settings.signatureParameter(), sign(filled));
        }
        return filled;
    }

    String sign(Map<String, String> unsigned) {
        String canonical = new TreeMap<>(unsigned)
                .entrySet().stream()
                        .filter(e -> !e.getKey().equals(settings.signatureParameter()))
                        .map(e -> e.getKey() + "=" + e.getValue())
                        .collect(Collectors.joining("&"));
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(settings.secret().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    private Delivery send(Map<String, String> request) {
        String form = request.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder builder = settings.method() == SmsSettings.Method.GET
                ? HttpRequest.newBuilder(URI.create(url + (url.getRawQuery() == null ? "?" : "&") + form))
                        .GET()
                : HttpRequest.newBuilder(url)
                        .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                        .POST(HttpRequest.BodyPublishers.ofString(form, StandardCharsets.UTF_8));
        try {
            HttpResponse<String> response = http.send(
                    builder.timeout(timeout).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            int status = response.statusCode();
            String answer = "HTTP " + status + " from " + url + ": " + abbreviate(response.body());
            if (status / 100 == 2) {
                return success == null || success.matcher(response.body()).find()
                        ? Delivery.delivered()
                        : Delivery.retryLater("网关未确认发送 (the gateway did not confirm) " + answer);
            }
            return status >= 500 || status == 408 || status == 429
                    ? Delivery.retryLater(answer)
                    : Delivery.failed(answer);
        } catch (IOException e) {
            return Delivery.retryLater(e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Delivery.retryLater("interrupted");
        }
    }

    private static String abbreviate(String text) {
        String line = text.strip().replaceAll("\\s+", " ");
        return line.length() <= 200 ? line : line.substring(0, 200) + "…";
    }
}
