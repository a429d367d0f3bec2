package org.banli.core.internal.notify;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.banli.api.Actor;
import org.banli.api.BanliException;
import org.banli.api.Page;
import org.banli.api.PluginInfo;
import org.banli.api.PluginService;
import org.banli.api.RuleViolationException;
import org.banli.api.Text;
import org.banli.api.notify.Message;
import org.banli.api.notify.NewMessage;
import org.banli.api.notify.NotificationService;
import org.banli.api.user.Role;
import org.banli.core.internal.Access;
import org.banli.core.internal.workflow.ItemServiceImpl;
import org.banli.store.spi.OutboxStore;
import org.banli.store.spi.UserStore;
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
    private final UserStore users;
    private final PluginService plugins;
    private final Clock clock;

    @Activate
    public NotificationServiceImpl(
            @Reference OutboxStore outbox, @Reference UserStore users, @Reference PluginService plugins) {
        this(outbox, users, plugins, Clock.systemUTC());
    }

    public NotificationServiceImpl(OutboxStore outbox, UserStore users, PluginService plugins, Clock clock) {
        this.outbox = outbox;
        this.users = users;
        this.plugins = plugins;
        this.clock = clock;
    }

    @Override
    public Set<String> channels(Actor actor) {
        return users.channels(actor.username());
    }

    @Override
    public Set<String> chooseChannels(Actor actor, Set<String> channels) {
        Set<String> installed = plugins.plugins().stream()
                .filter(p -> p.kind().equals("channel"))
                .map(PluginInfo::name)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> chosen = new TreeSet<>(channels == null ? Set.of() : channels);
        chosen.remove(Notifier.INBOX); // always on
        Set<String> unknown = new TreeSet<>(chosen);
        unknown.removeAll(installed);
        if (!unknown.isEmpty()) {
            throw RuleViolationException.of(
                    "channels", Text.of(Text.Code.CHANNELS_NOT_INSTALLED, "unknown", unknown, "installed", installed));
        }
        users.setChannels(actor.username(), chosen);
        LOG.info("Account {} chose the channels {} besides the inbox", actor.username(), chosen);
        return chosen;
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
        return outbox.markRead(actor.username(), Notifier.INBOX, id, Instant.now(clock))
                .orElseThrow(() -> BanliException.notFound(Text.of(Text.Code.MESSAGE_NOT_FOUND, "id", id)));
    }

    @Override
    public int markAllRead(Actor actor) {
        return outbox.markAllRead(actor.username(), Notifier.INBOX, Instant.now(clock));
    }

    @Override
    public Map<String, Map<Message.Status, Long>> outbox(Actor actor) {
        Access.requireRole(actor, Role.ADMIN, Text.Label.READ_OUTBOX);
        return outbox.counts();
    }

    @Override
    public Page<Message> failed(Actor actor, int page, int size) {
        Access.requireRole(actor, Role.ADMIN, Text.Label.READ_FAILED_MESSAGES);
        checkPage(page, size);
        return outbox.failed(page, size);
    }

    @Override
    public Message resend(Actor actor, long id) {
        Access.requireRole(actor, Role.ADMIN, Text.Label.RESEND_MESSAGES);
        Message message = outbox.resend(id, Instant.now(clock))
                .orElseThrow(() -> BanliException.conflict(Text.of(Text.Code.MESSAGE_NOT_FAILED, "id", id)));
        LOG.info(
                "Message {} to {} through {} queued again by {}",
                id,
                message.recipient(),
                message.channel(),
                actor.username());
        return message;
    }

    @Override
    public Message test(Actor actor, String channel, String username) {
        Access.requireRole(actor, Role.ADMIN, Text.Label.SEND_TEST_MESSAGES);
        if (users.find(username).isEmpty()) {
            throw RuleViolationException.of("user", Text.of(Text.Code.ACCOUNT_NOT_FOUND, "username", username));
        }
        Message queued = outbox.queue(
                new NewMessage(
                        channel,
                        username,
                        "test",
                        "【测试】Banli 测试消息",
                        "这是一条测试消息，收到即说明渠道可用。",
                        Map.of("sentBy", actor.username())),
                Instant.now(clock));
        LOG.info("Test message {} to {} through {} queued by {}", queued.id(), username, channel, actor.username());
        return queued;
    }

    private static void checkPage(int page, int size) {
        if (page < 0 || size < 1 || size > ItemServiceImpl.MAX_PAGE_SIZE) {
            throw RuleViolationException.of(
                    "size", Text.of(Text.Code.PAGE_AND_SIZE, "max", ItemServiceImpl.MAX_PAGE_SIZE));
        }
    }
}
