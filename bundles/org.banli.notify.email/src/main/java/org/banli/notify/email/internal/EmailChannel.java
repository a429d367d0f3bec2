package org.banli.notify.email.internal;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Properties;
import java.util.function.Supplier;
import org.banli.api.notify.Delivery;
import org.banli.api.notify.Notification;
import org.banli.api.notify.NotificationChannel;
import org.banli.api.notify.Recipient;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends each message as a plain-text mail in UTF-8 (subject and names as RFC 2047 words). The
 * Message-ID is derived from the outbox id, so a retried message is recognisably the same
 * mail. A rejected address or a 5xx answer is final; no connection, a failed login or a 4xx
 * answer is retried (an administrator may fix the server settings meanwhile).
 */
@Component(
        configurationPid = EmailSettings.PID,
        configurationPolicy = ConfigurationPolicy.REQUIRE,
        property = NotificationChannel.CHANNEL_PROPERTY + "=" + EmailChannel.ID)
@Designate(ocd = EmailSettings.class)
public class EmailChannel implements NotificationChannel {

    static final String ID = "email";
    private static final Logger LOG = LoggerFactory.getLogger(EmailChannel.class);
    private static final String UTF_8 = StandardCharsets.UTF_8.name();

    private final EmailSettings settings;
    private final InternetAddress sender;
    private final Session session;

    @Activate
    public EmailChannel(EmailSettings settings) {
        if (settings.host() == null || settings.host().isBlank()) {
            throw new IllegalArgumentException("email host 未填写 (the SMTP server host is missing)");
        }
        if (settings.port() < 1 || settings.port() > 65535) {
            throw new IllegalArgumentException("email port 应在 1–65535 之间 (port must be 1–65535): " + settings.port());
        }
        this.settings = settings;
        this.sender = withMailClassLoader(() -> address(settings.from(), settings.fromName(), "from"));
        this.session = withMailClassLoader(() -> Session.getInstance(properties(settings)));
        LOG.info(
                "E-mail channel sends through {}:{} ({}) as {}",
                settings.host(),
                settings.port(),
                settings.security(),
                sender.getAddress());
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Delivery deliver(Notification notification, Recipient recipient) {
        if (recipient.email() == null || recipient.email().isBlank()) {
            return Delivery.failed("账号 " + recipient.username() + " 未填写电子邮箱 (the account has no e-mail address)");
        }
        return withMailClassLoader(() -> send(notification, recipient));
    }

    private Delivery send(Notification notification, Recipient recipient) {
        InternetAddress to;
        try {
            to = address(recipient.email(), recipient.displayName(), "recipient");
        } catch (IllegalArgumentException e) {
            return Delivery.failed(e.getMessage());
        }
        try {
            MimeMessage mail = new StableIdMessage(
                    session,
                    "<banli." + notification.id() + "@"
                            + sender.getAddress().substring(sender.getAddress().indexOf('@') + 1) + ">");
            mail.setFrom(sender);
            mail.setRecipient(RecipientType.TO, to);
            mail.setSubject(notification.subject(), UTF_8);
            mail.setText(notification.body(), UTF_8);
            mail.setSentDate(Date.from(notification.createdAt()));
            mail.setHeader("X-Banli-Event", notification.event());
            if (settings.username().isBlank()) {
                Transport.send(mail);
            } else {
                Transport.send(mail, settings.username(), settings.password());
            }
            return Delivery.delivered();
        } catch (AuthenticationFailedException e) {
            return Delivery.retryLater("SMTP 登录失败，请检查用户名和密码 (login refused): " + e.getMessage());
        } catch (SendFailedException e) {
            return refused(e);
        } catch (MessagingException e) {
            return Delivery.retryLater(describe(e));
        }
    }

    /** 5xx is the server's last word on this message; 4xx and anything without a code may pass later. */
    private static Delivery refused(SendFailedException e) {
        int code = e instanceof SMTPSendFailedException sendFailed
                ? sendFailed.getReturnCode()
                : e.getNextException() instanceof SMTPAddressFailedException addressFailed
                        ? addressFailed.getReturnCode()
                        : -1;
        String detail = "SMTP " + (code > 0 ? code + " " : "") + describe(e);
        return code >= 500 ? Delivery.failed(detail) : Delivery.retryLater(detail);
    }

    private static String describe(MessagingException e) {
        String text = e.getMessage() == null
                ? e.getClass().getSimpleName()
                : e.getMessage().strip();
        Exception next = e.getNextException();
        if (next != null && !(next instanceof IOException && text.contains(String.valueOf(next.getMessage())))) {
            text += " (" + next + ")";
        }
        return text;
    }

    private static InternetAddress address(String address, String name, String what) {
        try {
            InternetAddress parsed = new InternetAddress(address, true);
            if (name != null && !name.isBlank()) {
                parsed.setPersonal(name, UTF_8);
            }
            return parsed;
        } catch (AddressException | UnsupportedEncodingException | RuntimeException e) {
            throw new IllegalArgumentException("电子邮箱地址无效 (invalid " + what + " address): " + address, e);
        }
    }

    private static Properties properties(EmailSettings settings) {
        String timeout = Long.toString(Math.max(1, settings.timeoutSeconds()) * 1000L);
        // Transport.send picks the transport by address type (smtp); SSL is a setting of it.
        String prefix = "mail.smtp.";
        Properties properties = new Properties();
        properties.setProperty(prefix + "host", settings.host());
        properties.setProperty(prefix + "port", Integer.toString(settings.port()));
        properties.setProperty(prefix + "connectiontimeout", timeout);
        properties.setProperty(prefix + "timeout", timeout);
        properties.setProperty(prefix + "writetimeout", timeout);
        properties.setProperty(
                prefix + "auth", Boolean.toString(!settings.username().isBlank()));
        if (settings.security() == EmailSettings.Security.SSL) {
            properties.setProperty(prefix + "ssl.enable", "true");
        } else if (settings.security() == EmailSettings.Security.STARTTLS) {
            properties.setProperty(prefix + "starttls.enable", "true");
            properties.setProperty(prefix + "starttls.required", "true");
        }
        String trusted = settings.trustedHosts().strip();
        if (!trusted.isEmpty()) {
            properties.setProperty(prefix + "ssl.trust", trusted.replace(',', ' '));
        }
        // A certificate accepted without a CA is also accepted without checking its name.
        properties.setProperty(prefix + "ssl.checkserveridentity", Boolean.toString(trusted.isEmpty()));
        properties.setProperty("mail.mime.charset", UTF_8);
        return properties;
    }

    /**
     * Jakarta Mail finds its transport and content handlers through the context class loader;
     * inside OSGi that has to be this bundle's, which carries them.
     */
    private static <T> T withMailClassLoader(Supplier<T> work) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(EmailChannel.class.getClassLoader());
        try {
            return work.get();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    /** Keeps the Message-ID it was given instead of making a new one on every attempt. */
    private static final class StableIdMessage extends MimeMessage {

        private final String messageId;

        StableIdMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
