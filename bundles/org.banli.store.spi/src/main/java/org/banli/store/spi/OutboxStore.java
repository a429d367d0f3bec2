package org.banli.store.spi;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.banli.api.Page;
import org.banli.api.notify.Delivery;
import org.banli.api.notify.Message;
import org.banli.api.notify.NewMessage;

/**
 * The durable outbox. Messages are written by {@link ItemStore#apply} in the step's own
 * transaction; the dispatcher reads what is due and records every attempt.
 */
public interface OutboxStore {

    /** Queues a message outside any step (a test message from an administrator). */
    Message queue(NewMessage message, Instant at);

    /**
     * Claims pending messages of these channels whose next attempt is due, oldest first, at most {@code limit}
     * per channel, for {@code node} until {@code until}: no other node gets them before then, so that each
     * message is delivered once however many nodes dispatch. Recording the attempt ends the claim; a node that
     * died holding one leaves its messages to the others once it runs out.
     */
    List<Message> claim(Set<String> channels, String node, Instant now, Instant until, int limit);

    /**
     * Records one attempt and its outcome. A retryable failure with {@code retryAt} waits until
     * then; without it (the attempts are used up) or a permanent failure, the message fails.
     */
    void attempted(long id, Instant at, Delivery delivery, Instant retryAt);

    /** The delivered messages of one recipient on one channel, newest first. */
    Page<Message> inbox(String username, String channel, int page, int size);

    long unread(String username, String channel);

    Optional<Message> markRead(String username, String channel, long id, Instant at);

    /** Marks every unread delivered message of one recipient on one channel read; how many were unread. */
    int markAllRead(String username, String channel, Instant at);

    Map<String, Map<Message.Status, Long>> counts();

    Page<Message> failed(int page, int size);

    /** A failed message back to pending, due now, its attempts counted afresh. */
    Optional<Message> resend(long id, Instant now);
}
