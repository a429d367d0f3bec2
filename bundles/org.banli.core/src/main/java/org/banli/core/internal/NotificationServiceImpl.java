package org.banli.core.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;

import org.banli.api.Actor;
import org.banli.api.BanliException;
import org.banli.api.Page;
import org.banli.api.RuleViolationException;
import org.banli.api.notify.Message;
import org.banli.api.notify.NotificationService;
import org.banli.api.store.OutboxStore;
import org.banli.api.user.Role;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Each user's inbox (the messages of the inbox channel), and the outbox for administrators. */
@Component(service = NotificationService.class)
public class NotificationServiceImpl implements NotificationService {

    private static final Logger LOG = LoggerFactory.getLogger(NotificationServiceImpl.class);

    private final OutboxStore outbox;
    private final Clock clock;

    @Activate
    public NotificationServiceImpl(@Reference OutboxStore outbox) {
        this(outbox, Clock.systemUTC());
    }

    NotificationServiceImpl(OutboxStore outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    @Override
    public Page<Message> inbox(Actor actor, int page, int size) {
        checkPage(page, size);
        return outbox.inbox(actor.username(), Notifier.INBOX, page, size);
    }

    @Override
    public long unread(Actor actor) {
        return outbox.unread(actor.username(), Notifier.INBOX);
    }

    @Override
    public Message markRead(Actor actor, long id) {
        return outbox.markRead(actor.username(), Notifier.INBOX, id, Instant.now(clock)).orElseThrow(
                () -> BanliException.notFound("消息 " + id + " 不存在 (message " + id + " not found)"));
    }

    @Override
    public Map<String, Map<Message.Status, Long>> outbox(Actor actor) {
        Access.requireRole(actor, Role.ADMIN, "查看发件箱", "read the outbox");
        return outbox.counts();
    }

    @Override
    public Page<Message> failed(Actor actor, int page, int size) {
        Access.requireRole(actor, Role.ADMIN, "查看发送失败的消息", "read failed messages");
        checkPage(page, size);
        return outbox.failed(page, size);
    }

    @Override
    public Message resend(Actor actor, long id) {
        Access.requireRole(actor, Role.ADMIN, "重发消息", "resend messages");
        Message message = outbox.resend(id, Instant.now(clock)).orElseThrow(() -> BanliException
                .conflict("消息 " + id + " 不存在或未失败 (message " + id + " does not exist or has not failed)"));
        LOG.info("Message {} to {} through {} queued again by {}", id, message.recipient(), message.channel(),
                actor.username());
        return message;
    }

    private static void checkPage(int page, int size) {
        if (page < 0 || size < 1 || size > ItemServiceImpl.MAX_PAGE_SIZE) {
            throw RuleViolationException.of("size", "页码不能为负，每页1–" + ItemServiceImpl.MAX_PAGE_SIZE
                    + "条 (page must not be negative, size 1–" + ItemServiceImpl.MAX_PAGE_SIZE + ")");
        }
    }
}
