package org.banli.notify.email.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.lang.annotation.Annotation;
import java.time.Instant;
import java.util.Map;
import org.banli.api.notify.Delivery;
import org.banli.api.notify.Notification;
import org.banli.api.notify.Recipient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The e-mail channel against a real SMTP server (GreenMail), reading back what arrived. */
class EmailChannelTest {

    private static final String SUBJECT = "【交办】2026年建议第1号 关于\"学生午餐\"的建议";
    private static final String BODY = "张经办：您单位收到交办件，请于2027年3月1日前答复。\n(An item was assigned to your unit.)";

    private GreenMail server;

    @BeforeEach
    void startServer() {
        server = new GreenMail(new com.icegreen.greenmail.util.ServerSetup[] {
            ServerSetupTest.SMTP.dynamicPort(), ServerSetupTest.SMTPS.dynamicPort()
        });
        server.start();
        server.setUser("banli@county.gov.cn", "banli", "smtp-secret-1");
    }

    @AfterEach
    void stopServer() {
        server.stop();
    }

    private static Notification notification() {
        return new Notification(
                42, "item.assigned", SUBJECT, BODY, Map.of("itemId", "7"), Instant.parse("2026-11-27T02:00:00Z"));
    }

    private static Recipient zhang() {
        return new Recipient("h-edu", "张经办", "zhang@jyj.county.gov.cn", null);
    }

    @Test
    void aChineseMessageArrivesIntactAndEncoded() throws Exception {
        EmailChannel channel = new EmailChannel(
                settings(server.getSmtp().getPort(), EmailSettings.Security.NONE, "banli", "smtp-secret-1", ""));

        assertThat(channel.deliver(notification(), zhang())).isEqualTo(Delivery.delivered());

        assertThat(server.waitForIncomingEmail(5000, 1)).isTrue();
        MimeMessage mail = server.getReceivedMessages()[0];
        assertThat(mail.getSubject()).isEqualTo(SUBJECT);
        assertThat(((String) mail.getContent()).replace("\r\n", "\n")).isEqualTo(BODY);
        assertThat(mail.getContentType()).containsIgnoringCase("charset=UTF-8");
        InternetAddress from = (InternetAddress) mail.getFrom()[0];
        assertThat(from.getAddress()).isEqualTo("banli@county.gov.cn");
        assertThat(from.getPersonal()).isEqualTo("某某县人民政府办公室");
        InternetAddress to = (InternetAddress) mail.getAllRecipients()[0];
        assertThat(to.getAddress()).isEqualTo("zhang@jyj.county.gov.cn");
        assertThat(to.getPersonal()).isEqualTo("张经办");
        String raw = GreenMailUtil.getWholeMessage(mail);
        assertThat(raw)
                .as("Chinese travels as RFC 2047 words, never as raw bytes in a header")
                .containsPattern("(?m)^Subject: =\\?UTF-8\\?[BQ]\\?")
                .doesNotContain("Subject: 【");
        assertThat(mail.getMessageID()).isEqualTo("<banli.42@county.gov.cn>");
        assertThat(mail.getHeader("X-Banli-Event")[0]).isEqualTo("item.assigned");
    }

    @Test
    void overTlsTheServerIsTrustedOnlyWhenTheCountySaysSo() throws Exception {
        int port = server.getSmtps().getPort();
        EmailChannel untrusting = new EmailChannel(settings(port, EmailSettings.Security.SSL, "", "", ""));
        Delivery refused = untrusting.deliver(notification(), zhang());
        assertThat(refused.outcome())
                .as("a self-signed certificate is not accepted by default")
                .isEqualTo(Delivery.Outcome.RETRYABLE_FAILURE);
        assertThat(server.getReceivedMessages()).isEmpty();

        EmailChannel trusting = new EmailChannel(settings(port, EmailSettings.Security.SSL, "", "", "*"));
        assertThat(trusting.deliver(notification(), zhang())).isEqualTo(Delivery.delivered());
        assertThat(server.waitForIncomingEmail(5000, 1)).isTrue();
        assertThat(server.getReceivedMessages()[0].getSubject()).isEqualTo(SUBJECT);
    }

    @Test
    void aFailedLoginOrAnUnreachableServerIsRetriedAMissingAddressIsNot() {
        Delivery wrongPassword = new EmailChannel(settings(
                        server.getSmtp().getPort(), EmailSettings.Security.NONE, "banli", "wrong-password", ""))
                .deliver(notification(), zhang());
        assertThat(wrongPassword.outcome()).isEqualTo(Delivery.Outcome.RETRYABLE_FAILURE);
        assertThat(wrongPassword.detail()).contains("登录失败");

        Delivery unreachable =
                new EmailChannel(settings(1, EmailSettings.Security.NONE, "", "", "")).deliver(notification(), zhang());
        assertThat(unreachable.outcome()).isEqualTo(Delivery.Outcome.RETRYABLE_FAILURE);

        EmailChannel channel =
                new EmailChannel(settings(server.getSmtp().getPort(), EmailSettings.Security.NONE, "", "", ""));
        Delivery noAddress = channel.deliver(notification(), new Recipient("deputy", "代表", null, "13800000000"));
        assertThat(noAddress.outcome()).isEqualTo(Delivery.Outcome.PERMANENT_FAILURE);
        assertThat(noAddress.detail()).contains("deputy").contains("未填写电子邮箱");
        Delivery badAddress = channel.deliver(notification(), new Recipient("deputy", "代表", "not an address", null));
        assertThat(badAddress.outcome()).isEqualTo(Delivery.Outcome.PERMANENT_FAILURE);
        assertThat(server.getReceivedMessages()).isEmpty();
    }

    @Test
    void aWrongConfigurationIsRefusedWithItsReason() {
        assertThatThrownBy(() -> new EmailChannel(settings(0, EmailSettings.Security.NONE, "", "", "")))
                .hasMessageContaining("port");
        assertThatThrownBy(() -> new EmailChannel(new Settings(
                        "smtp.county.gov.cn", 25, EmailSettings.Security.NONE, "", "", "not-an-address", "县政府办", "")))
                .hasMessageContaining("from");
        assertThatThrownBy(() -> new EmailChannel(
                        new Settings(" ", 25, EmailSettings.Security.NONE, "", "", "banli@county.gov.cn", "", "")))
                .hasMessageContaining("host");
    }

    private static EmailSettings settings(
            int port, EmailSettings.Security security, String username, String password, String trustedHosts) {
        return new Settings(
                "127.0.0.1", port, security, username, password, "banli@county.gov.cn", "某某县人民政府办公室", trustedHosts);
    }

    private record Settings(
            String host,
            int port,
            Security security,
            String username,
            String password,
            String from,
            String fromName,
            String trustedHosts)
            implements EmailSettings {

        @Override
        public int timeoutSeconds() {
            return 5;
        }

        @Override
        public Class<? extends Annotation> annotationType() {
            return EmailSettings.class;
        }
    }
}
