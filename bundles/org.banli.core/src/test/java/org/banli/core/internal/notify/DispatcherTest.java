package org.banli.core.internal.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.banli.api.MovableClock;
import org.banli.api.Page;
import org.banli.api.notify.Delivery;
import org.banli.api.notify.Message;
import org.banli.api.notify.NewMessage;
import org.banli.api.notify.Notification;
import org.banli.api.notify.NotificationChannel;
import org.banli.api.notify.Recipient;
import org.banli.core.internal.InMemoryDirectory;
import org.banli.store.spi.OutboxStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The dispatcher against a hand-written outbox and channels that work, fail, hang or go away. */
class DispatcherTest {

    private static final Instant START = Instant.parse("2026-03-02T02:00:00Z");

    private final MovableClock clock = new MovableClock(START);
    private final MemoryOutbox outbox = new MemoryOutbox();
    private final InMemoryDirectory directory = new InMemoryDirectory();
    private final Dispatcher dispatcher = new Dispatcher(outbox, directory.userStore, rules(), clock);

    private static OutboxRules rules() {
        return rules(Map.of());
    }

    private static OutboxRules rules(Map<String, Object> settings) {
        return (OutboxRules) java.lang.reflect.Proxy.newProxyInstance(
                OutboxRules.class.getClassLoader(),
                new Class<?>[] {OutboxRules.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "deliveryTimeoutSeconds" -> 1;
                    case "maxAttempts" -> 3;
                    case "annotationType" -> OutboxRules.class;
                    default -> settings.getOrDefault(method.getName(), method.getDefaultValue());
                });
    }

    @AfterEach
    void stop() {
        dispatcher.stop();
    }

    private void round() {
        dispatcher.round();
        await().atMost(Duration.ofSeconds(10)).until(dispatcher::idle);
    }

    /** A channel that answers what it is told to, counting its calls. */
    private static final class Channel implements NotificationChannel {
        final String id;
        volatile Delivery answer = Delivery.delivered();
        final AtomicInteger calls = new AtomicInteger();
        final List<String> received = new ArrayList<>();

        Channel(String id) {
            this.id = id;
        }

        @Override
        public String id() {
            return id;
        }

        @Override
        public synchronized Delivery deliver(Notification notification, Recipient recipient) {
            calls.incrementAndGet();
            if (answer.outcome() == Delivery.Outcome.DELIVERED) {
                received.add(recipient.username() + ": " + notification.subject());
            }
            return answer;
        }
    }

    @Test
    void aDeliveredMessageIsDeliveredOnceAndAMissingChannelsMessagesWait() {
        Channel inbox = new Channel("inbox");
        dispatcher.addChannel(inbox, Map.of(NotificationChannel.CHANNEL_PROPERTY, inbox.id()));
        long toInbox = outbox.queue("inbox", "deputy", "【交办】2026年建议第1号");
        long toEmail = outbox.queue("email", "deputy", "【交办】邮件");
        round();
        round();
        assertThat(inbox.received).containsExactly("deputy: 【交办】2026年建议第1号");
        assertThat(outbox.get(toInbox).status()).isEqualTo(Message.Status.DELIVERED);
        assertThat(outbox.get(toEmail).status())
                .as("no e-mail channel installed: it waits")
                .isEqualTo(Message.Status.PENDING);

        Channel email = new Channel("email");
        dispatcher.addChannel(email, Map.of(NotificationChannel.CHANNEL_PROPERTY, email.id()));
        round();
        assertThat(email.received).containsExactly("deputy: 【交办】邮件");
        dispatcher.removeChannel(email);
        long later = outbox.queue("email", "deputy", "之后的邮件");
        round();
        assertThat(outbox.get(later).status()).isEqualTo(Message.Status.PENDING);
    }

    @Test
    void aBacklogDrainsBatchAfterBatchWithoutWaitingForTheNextPoll() {
        Dispatcher hourly =
                new Dispatcher(outbox, directory.userStore, rules(Map.of("pollSeconds", 3600, "batchSize", 5)), clock);
        try {
            Channel inbox = new Channel("inbox");
            Channel sms = new Channel("sms");
            hourly.addChannel(inbox, Map.of(NotificationChannel.CHANNEL_PROPERTY, inbox.id()));
            hourly.addChannel(sms, Map.of(NotificationChannel.CHANNEL_PROPERTY, sms.id()));
            for (int i = 1; i <= 23; i++) {
                outbox.queue("inbox", "deputy", "【交办】第" + i + "号");
            }
            outbox.queue("sms", "deputy", "【交办】短信");
            hourly.round(); // the one round the test starts; the next scheduled one is an hour away
            await().atMost(Duration.ofSeconds(10)).until(() -> inbox.calls.get() == 23);
            assertThat(inbox.received)
                    .as("oldest first, each once")
                    .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, 23)
                            .mapToObj(i -> "deputy: 【交办】第" + i + "号")
                            .toList());
            assertThat(sms.received)
                    .as("a busy channel does not crowd out another")
                    .containsExactly("deputy: 【交办】短信");
        } finally {
            hourly.stop();
        }
    }

    @Test
    void failuresAreRetriedWithGrowingWaitsUntilTheLimitAndPermanentFailuresStopAtOnce() {
        Channel sms = new Channel("sms");
        sms.answer = Delivery.retryLater("网关 503");
        dispatcher.addChannel(sms, Map.of(NotificationChannel.CHANNEL_PROPERTY, sms.id()));
        long id = outbox.queue("sms", "deputy", "短信");
        round();
        assertThat(outbox.get(id).nextAttemptAt()).isEqualTo(START.plusSeconds(30));
        round();
        assertThat(sms.calls).as("not due yet").hasValue(1);
        clock.advance(Duration.ofSeconds(30));
        round();
        assertThat(outbox.get(id).nextAttemptAt()).isEqualTo(START.plusSeconds(30 + 60));
        clock.advance(Duration.ofSeconds(60));
        round();
        Message failed = outbox.get(id);
        assertThat(failed.status()).as("three attempts, then given up").isEqualTo(Message.Status.FAILED);
        assertThat(failed.attempts()).isEqualTo(3);
        assertThat(failed.lastError()).isEqualTo("网关 503");

        outbox.resend(id, clock.instant());
        sms.answer = Delivery.delivered();
        round();
        assertThat(outbox.get(id).status()).isEqualTo(Message.Status.DELIVERED);

        sms.answer = Delivery.failed("号码无效");
        long wrong = outbox.queue("sms", "nobody", "短信");
        round();
        assertThat(outbox.get(wrong).status()).isEqualTo(Message.Status.FAILED);
        assertThat(outbox.get(wrong).attempts()).isEqualTo(1);
    }

    @Test
    void aHangingOrThrowingChannelDelaysOnlyItsOwnMessages() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        NotificationChannel hanging = new NotificationChannel() {
            @Override
            public String id() {
                return "webhook";
            }

            @Override
            public Delivery deliver(Notification notification, Recipient recipient) {
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return Delivery.delivered();
            }
        };
        NotificationChannel throwing = new NotificationChannel() {
            @Override
            public String id() {
                return "wecom";
            }

            @Override
            public Delivery deliver(Notification notification, Recipient recipient) {
                throw new IllegalStateException("机器人地址错误");
            }
        };
        Channel inbox = new Channel("inbox");
        dispatcher.addChannel(hanging, Map.of(NotificationChannel.CHANNEL_PROPERTY, hanging.id()));
        dispatcher.addChannel(throwing, Map.of(NotificationChannel.CHANNEL_PROPERTY, throwing.id()));
        dispatcher.addChannel(inbox, Map.of(NotificationChannel.CHANNEL_PROPERTY, inbox.id()));
        long slow = outbox.queue("webhook", "deputy", "慢");
        long broken = outbox.queue("wecom", "deputy", "坏");
        long fine = outbox.queue("inbox", "deputy", "好");
        dispatcher.round();
        await().atMost(Duration.ofSeconds(5)).until(() -> outbox.get(fine).status() == Message.Status.DELIVERED);
        await().atMost(Duration.ofSeconds(5)).until(() -> outbox.get(slow).attempts() == 1);
        assertThat(outbox.get(slow).status()).isEqualTo(Message.Status.PENDING);
        assertThat(outbox.get(slow).lastError()).contains("timed out");
        assertThat(outbox.get(broken).lastError()).contains("机器人地址错误");
        assertThat(outbox.get(broken).status()).isEqualTo(Message.Status.PENDING);
        release.countDown();
    }

    /** A hand-written outbox with the store's rules. */
    private static final class MemoryOutbox implements OutboxStore {
        private final Map<Long, Message> messages = new LinkedHashMap<>();
        private long next = 1;

        long queue(String channel, String recipient, String subject) {
            return queue(new NewMessage(channel, recipient, "item.assigned", subject, subject, Map.of()), START)
                    .id();
        }

        @Override
        public synchronized Message queue(NewMessage message, Instant at) {
            long id = next++;
            messages.put(
                    id,
                    new Message(
                            id,
                            message.channel(),
                            message.recipient(),
                            message.event(),
                            message.subject(),
                            message.body(),
                            message.data(),
                            at,
                            Message.Status.PENDING,
                            0,
                            at,
                            null,
                            null,
                            null));
            return messages.get(id);
        }

        synchronized Message get(long id) {
            return messages.get(id);
        }

        /** One node dispatches here: every due message is its to claim. */
        @Override
        public synchronized List<Message> claim(
                Set<String> channels, String node, Instant now, Instant until, int limit) {
            return channels.stream()
                    .flatMap(channel -> messages.values().stream()
                            .filter(m -> m.status() == Message.Status.PENDING
                                    && m.channel().equals(channel))
                            .filter(m -> !m.nextAttemptAt().isAfter(now))
                            .limit(limit))
                    .toList();
        }

        @Override
        public synchronized void attempted(long id, Instant at, Delivery delivery, Instant retryAt) {
            Message m = messages.get(id);
            boolean delivered = delivery.outcome() == Delivery.Outcome.DELIVERED;
            boolean retry = delivery.outcome() == Delivery.Outcome.RETRYABLE_FAILURE && retryAt != null;
            Message.Status status =
                    delivered ? Message.Status.DELIVERED : retry ? Message.Status.PENDING : Message.Status.FAILED;
            messages.put(
                    id,
                    new Message(
                            id,
                            m.channel(),
                            m.recipient(),
                            m.event(),
                            m.subject(),
                            m.body(),
                            m.data(),
                            m.createdAt(),
                            status,
                            m.attempts() + 1,
                            retry ? retryAt : null,
                            delivered ? null : delivery.detail(),
                            delivered ? at : null,
                            null));
        }

        @Override
        public synchronized Optional<Message> resend(long id, Instant now) {
            Message m = messages.get(id);
            messages.put(
                    id,
                    new Message(
                            id,
                            m.channel(),
                            m.recipient(),
                            m.event(),
                            m.subject(),
                            m.body(),
                            m.data(),
                            m.createdAt(),
                            Message.Status.PENDING,
                            0,
                            now,
                            m.lastError(),
                            null,
                            null));
            return Optional.of(messages.get(id));
        }

        @Override
        public Page<Message> inbox(String username, String channel, int page, int size) {
            throw new UnsupportedOperationException();
        }

        @Override
        public long unread(String username, String channel) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<Message> markRead(String username, String channel, long id, Instant at) {
            throw new UnsupportedOperationException();
        }

        @Override
        public int markAllRead(String username, String channel, Instant at) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Map<String, Map<Message.Status, Long>> counts() {
            throw new UnsupportedOperationException();
        }

        @Override
        public Page<Message> failed(int page, int size) {
            throw new UnsupportedOperationException();
        }
    }
}
