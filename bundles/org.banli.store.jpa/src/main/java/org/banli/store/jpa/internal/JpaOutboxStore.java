package org.banli.store.jpa.internal;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import javax.persistence.EntityManager;
import org.banli.api.Page;
import org.banli.api.notify.Delivery;
import org.banli.api.notify.Message;
import org.banli.api.notify.NewMessage;
import org.banli.store.spi.OutboxStore;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = OutboxStore.class)
public class JpaOutboxStore implements OutboxStore {

    private static final InstantConverter TIMESTAMPS = new InstantConverter();

    private final Database database;
    /** Numbers this node's claims, so that each finds its own messages by its mark. */
    private final AtomicLong claims = new AtomicLong();

    @Activate
    public JpaOutboxStore(@Reference Database database) {
        this.database = database;
    }

    @Override
    public Message queue(NewMessage message, Instant at) {
        return database.inTransaction(em -> {
            MessageEntity entity = MessageEntity.queued(message, at);
            em.persist(entity);
            em.flush();
            return entity.toMessage();
        });
    }

    @Override
    public List<Message> claim(Set<String> channels, String node, Instant now, Instant until, int limit) {
        return database.postgresql()
                ? claimSkippingLocked(channels, node, now, until, limit)
                : claimRowByRow(channels, node, now, until, limit);
    }

    /**
     * PostgreSQL: each channel's due messages claimed in one statement, rows another node is claiming at that
     * moment skipped rather than waited for ({@code FOR UPDATE SKIP LOCKED}), so that nodes never queue on one
     * another. The claim's own mark finds what it won.
     */
    private List<Message> claimSkippingLocked(
            Set<String> channels, String node, Instant now, Instant until, int limit) {
        String claim = node + "#" + claims.incrementAndGet();
        return database.inTransaction(em -> {
            for (String channel : new java.util.TreeSet<>(channels)) {
                em.createNativeQuery("UPDATE BANLI_MESSAGE SET CLAIMEDBY = ?1, CLAIMEDUNTIL = ?2 WHERE ID IN"
                                + " (SELECT ID FROM BANLI_MESSAGE WHERE STATUS = ?3 AND CHANNEL = ?4"
                                + " AND NEXTATTEMPTAT <= ?5 AND (CLAIMEDUNTIL IS NULL OR CLAIMEDUNTIL <= ?5)"
                                + " ORDER BY NEXTATTEMPTAT, ID LIMIT ?6 FOR UPDATE SKIP LOCKED)")
                        .setParameter(1, claim)
                        .setParameter(2, TIMESTAMPS.convertToDatabaseColumn(until))
                        .setParameter(3, Message.Status.PENDING.name())
                        .setParameter(4, channel)
                        .setParameter(5, TIMESTAMPS.convertToDatabaseColumn(now))
                        .setParameter(6, limit)
                        .executeUpdate();
            }
            return em.createQuery(
                            "SELECT m FROM MessageEntity m WHERE m.claimedBy = :claim ORDER BY m.channel,"
                                    + " m.nextAttemptAt, m.id",
                            MessageEntity.class)
                    .setParameter("claim", claim)
                    .getResultStream()
                    .map(MessageEntity::toMessage)
                    .toList();
        });
    }

    private List<Message> claimRowByRow(Set<String> channels, String node, Instant now, Instant until, int limit) {
        // One channel at a time, so that the index gives the order: over several channels, or without the index,
        // the database sorted the whole backlog, bodies and all, in every round (a quarter of a loaded server).
        return database.inTransaction(em -> channels.stream()
                .sorted()
                .flatMap(channel -> em
                        .createQuery(
                                "SELECT m FROM MessageEntity m WHERE m.status = :pending AND m.channel = :channel"
                                        + " AND m.nextAttemptAt <= :now AND (m.claimedUntil IS NULL OR m.claimedUntil <= :now)"
                                        + " ORDER BY m.nextAttemptAt, m.id",
                                MessageEntity.class)
                        .setParameter("pending", Message.Status.PENDING)
                        .setParameter("channel", channel)
                        .setParameter("now", now)
                        .setMaxResults(limit)
                        .getResultList()
                        .stream())
                // A claim is won by the one update that finds the message still unclaimed: of two nodes
                // updating the same row, the database lets the second see the first's claim.
                .filter(m -> em.createQuery("UPDATE MessageEntity m SET m.claimedBy = :node, m.claimedUntil = :until"
                                        + " WHERE m.id = :id AND m.status = :pending"
                                        + " AND (m.claimedUntil IS NULL OR m.claimedUntil <= :now)")
                                .setParameter("node", node)
                                .setParameter("until", until)
                                .setParameter("id", m.id)
                                .setParameter("pending", Message.Status.PENDING)
                                .setParameter("now", now)
                                .executeUpdate()
                        == 1)
                .map(MessageEntity::toMessage)
                .toList());
    }

    @Override
    public void attempted(long id, Instant at, Delivery delivery, Instant retryAt) {
        database.inTransaction(em -> {
            MessageEntity message = em.find(MessageEntity.class, id);
            if (message == null || message.status != Message.Status.PENDING) {
                return null; // resent or decided meanwhile: the newer state stands
            }
            DeliveryAttemptEntity attempt = new DeliveryAttemptEntity();
            attempt.message = message;
            attempt.at = at;
            attempt.outcome = delivery.outcome();
            attempt.detail = MessageEntity.clip(delivery.detail(), 1000);
            em.persist(attempt);
            message.attempts++;
            message.claimedBy = null;
            message.claimedUntil = null;
            message.lastError = delivery.outcome() == Delivery.Outcome.DELIVERED ? null : attempt.detail;
            if (delivery.outcome() == Delivery.Outcome.DELIVERED) {
                message.status = Message.Status.DELIVERED;
                message.deliveredAt = at;
                message.nextAttemptAt = null;
            } else if (delivery.outcome() == Delivery.Outcome.RETRYABLE_FAILURE && retryAt != null) {
                message.nextAttemptAt = retryAt;
            } else {
                message.status = Message.Status.FAILED;
                message.nextAttemptAt = null;
            }
            return null;
        });
    }

    @Override
    public Page<Message> inbox(String username, String channel, int page, int size) {
        return database.read(em -> page(
                em,
                " WHERE e.recipient = :who AND e.channel = :channel AND e.status =" + " :delivered",
                Map.of("who", username, "channel", channel, "delivered", Message.Status.DELIVERED),
                page,
                size));
    }

    @Override
    public long unread(String username, String channel) {
        return database.read(em -> em.createQuery(
                        "SELECT COUNT(m) FROM MessageEntity m WHERE m.recipient = :who"
                                + " AND m.channel = :channel AND m.status = :delivered AND m.readAt IS NULL",
                        Long.class)
                .setParameter("who", username)
                .setParameter("channel", channel)
                .setParameter("delivered", Message.Status.DELIVERED)
                .getSingleResult());
    }

    @Override
    public Optional<Message> markRead(String username, String channel, long id, Instant at) {
        return database.inTransaction(em -> {
            MessageEntity message = em.find(MessageEntity.class, id);
            if (message == null
                    || !message.recipient.equals(username)
                    || !message.channel.equals(channel)
                    || message.status != Message.Status.DELIVERED) {
                return Optional.empty();
            }
            if (message.readAt == null) {
                message.readAt = at;
            }
            return Optional.of(message.toMessage());
        });
    }

    @Override
    public int markAllRead(String username, String channel, Instant at) {
        return database.inTransaction(
                em -> em.createQuery("UPDATE MessageEntity m SET m.readAt = :at WHERE m.recipient = :who"
                                + " AND m.channel = :channel AND m.status = :delivered AND m.readAt IS NULL")
                        .setParameter("at", at)
                        .setParameter("who", username)
                        .setParameter("channel", channel)
                        .setParameter("delivered", Message.Status.DELIVERED)
                        .executeUpdate());
    }

    @Override
    public Map<String, Map<Message.Status, Long>> counts() {
        return database.read(em -> {
            Map<String, Map<Message.Status, Long>> counts = new TreeMap<>();
            em.createQuery(
                            "SELECT m.channel, m.status, COUNT(m) FROM MessageEntity m GROUP BY m.channel, m.status",
                            Object[].class)
                    .getResultStream()
                    .forEach(row -> counts.computeIfAbsent((String) row[0], c -> new LinkedHashMap<>())
                            .put((Message.Status) row[1], (Long) row[2]));
            return counts;
        });
    }

    @Override
    public Page<Message> failed(int page, int size) {
        return database.read(
                em -> page(em, " WHERE e.status = :status", Map.of("status", Message.Status.FAILED), page, size));
    }

    @Override
    public Optional<Message> resend(long id, Instant now) {
        return database.inTransaction(em -> {
            MessageEntity message = em.find(MessageEntity.class, id);
            if (message == null || message.status != Message.Status.FAILED) {
                return Optional.empty();
            }
            message.status = Message.Status.PENDING;
            message.attempts = 0;
            message.nextAttemptAt = now;
            return Optional.of(message.toMessage());
        });
    }

    private Page<Message> page(EntityManager em, String where, Map<String, Object> params, int page, int size) {
        return Pages.of(
                em,
                database.pages(),
                MessageEntity.class,
                where,
                params,
                "e.createdAt DESC, e.id DESC",
                MessageEntity::toMessage,
                page,
                size);
    }
}
