package org.banli.store.jpa.internal;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Table;
import org.banli.api.notify.Message;
import org.banli.api.notify.NewMessage;

/** One message of the outbox; for the inbox channel also an inbox entry. */
@Entity
@Table(
        name = "BANLI_MESSAGE",
        indexes = {
            @Index(name = "BANLI_MESSAGE_DUE_ORDER", columnList = "STATUS,CHANNEL,NEXTATTEMPTAT,ID"),
            @Index(name = "BANLI_MESSAGE_INBOX", columnList = "RECIPIENT,CHANNEL")
        })
public class MessageEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE)
    Long id;

    @Column(nullable = false, length = 40)
    String channel;

    @Column(nullable = false, length = 64)
    String recipient;

    @Column(nullable = false, length = 60)
    String event;

    @Column(nullable = false, length = 300)
    String subject;

    @Column(nullable = false, length = 4000)
    String body;

    /** The event's facts as key=value lines: a handful of short values, read only with their message. */
    @Column(name = "EVENT_DATA", length = 2000)
    String data;

    @Column(nullable = false)
    Instant createdAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    Message.Status status;

    int attempts;

    Instant nextAttemptAt;

    @Column(length = 1000)
    String lastError;

    Instant deliveredAt;

    Instant readAt;

    /** The node delivering it now, and until when no other may (see {@link org.banli.store.spi.OutboxStore#claim}). */
    @Column(length = 64)
    String claimedBy;

    Instant claimedUntil;

    static MessageEntity queued(NewMessage message, Instant at) {
        MessageEntity entity = new MessageEntity();
        entity.channel = message.channel();
        entity.recipient = message.recipient();
        entity.event = message.event();
        entity.subject = clip(message.subject(), 300);
        entity.body = clip(message.body(), 4000);
        StringBuilder data = new StringBuilder();
        message.data()
                .forEach((key, value) -> data.append(key)
                        .append('=')
                        .append(value.replace('\n', ' '))
                        .append('\n'));
        entity.data = clip(data.toString(), 2000);
        entity.createdAt = at;
        entity.status = Message.Status.PENDING;
        entity.nextAttemptAt = at;
        return entity;
    }

    static String clip(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    Message toMessage() {
        Map<String, String> facts = new LinkedHashMap<>();
        if (data != null) {
            for (String line : data.split("\n")) {
                int equals = line.indexOf('=');
                if (equals > 0) {
                    facts.put(line.substring(0, equals), line.substring(equals + 1));
                }
            }
        }
        return new Message(
                id,
                channel,
                recipient,
                event,
                subject,
                body,
                facts,
                createdAt,
                status,
                attempts,
                nextAttemptAt,
                lastError,
                deliveredAt,
                readAt);
    }
}
