package org.banli.core.internal.notify;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.banli.api.notify.Delivery;
import org.banli.api.notify.Message;
import org.banli.api.notify.NotificationChannel;
import org.banli.api.notify.Recipient;
import org.banli.core.internal.Installed;
import org.banli.store.spi.OutboxStore;
import org.banli.store.spi.UserStore;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers the outbox through the installed channels, after the steps have committed. Each
 * channel has its own worker, so a channel that fails, hangs or is uninstalled delays only its
 * own messages; they wait in the outbox, are retried with growing intervals and go out when
 * the channel is back.
 */
@Component(immediate = true, configurationPid = OutboxRules.PID)
@Designate(ocd = OutboxRules.class)
public class Dispatcher {

    private static final Logger LOG = LoggerFactory.getLogger(Dispatcher.class);

    private final OutboxStore outbox;
    private final UserStore users;
    private final Clock clock;
    /** This node, as its claims on the outbox name it: a new one at every start. */
    private final String node = UUID.randomUUID().toString();

    private final Installed<NotificationChannel> channels =
            new Installed<>("notification channel", NotificationChannel.CHANNEL_PROPERTY, NotificationChannel::id);
    /** One delivery thread per installed channel. */
    private final Map<String, Worker> workers = new ConcurrentHashMap<>();

    private final ScheduledExecutorService rounds = Executors.newSingleThreadScheduledExecutor(named("banli-outbox"));
    private final AtomicReference<Future<?>> schedule = new AtomicReference<>();
    private volatile OutboxRules rules;

    @Activate
    public Dispatcher(@Reference OutboxStore outbox, @Reference UserStore users, OutboxRules rules) {
        this(outbox, users, rules, Clock.systemUTC());
        reschedule();
    }

    public Dispatcher(OutboxStore outbox, UserStore users, OutboxRules rules, Clock clock) {
        this.outbox = outbox;
        this.users = users;
        this.rules = rules;
        this.clock = clock;
    }

    @Modified
    void modified(OutboxRules changed) {
        rules = changed;
        reschedule();
    }

    private void reschedule() {
        int seconds = Math.max(1, rules.pollSeconds());
        Future<?> previous =
                schedule.getAndSet(rounds.scheduleWithFixedDelay(this::round, seconds, seconds, TimeUnit.SECONDS));
        if (previous != null) {
            previous.cancel(false);
        }
    }

    @Deactivate
    void stop() {
        rounds.shutdownNow();
        workers.values().forEach(Worker::stop);
        workers.clear();
    }

    @Reference(
            service = NotificationChannel.class,
            cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC)
    void addChannel(NotificationChannel channel, Map<String, Object> properties) {
        if (!channels.add(channel, properties)) {
            return;
        }
        Worker previous = workers.put(channel.id(), new Worker(channel));
        if (previous != null) {
            previous.stop();
        }
        LOG.info("Notification channel {} installed", channel.id());
    }

    void removeChannel(NotificationChannel channel) {
        if (channels.remove(channel)) {
            Worker worker = workers.remove(channel.id());
            if (worker != null) {
                worker.stop();
            }
            LOG.info("Notification channel {} removed; its messages wait in the outbox", channel.id());
        }
    }

    /** One round: hands each idle channel's due messages to its worker. Never throws, so the schedule goes on. */
    void round() {
        try {
            Set<String> idle = workers.entrySet().stream()
                    .filter(e -> e.getValue().idle())
                    .map(Map.Entry::getKey)
                    .collect(Collectors.toSet());
            if (idle.isEmpty()) {
                return;
            }
            Instant now = clock.instant();
            // Held for as long as a whole batch may take, delivered one after another, and a minute more.
            Instant until = now.plusSeconds((long) rules.deliveryTimeoutSeconds() * rules.batchSize() + 60);
            Map<String, List<Message>> due = outbox.claim(idle, node, now, until, rules.batchSize()).stream()
                    .collect(Collectors.groupingBy(Message::channel));
            due.forEach((channel, messages) -> {
                Worker worker = workers.get(channel);
                if (worker != null) {
                    worker.deliver(messages);
                }
            });
        } catch (RuntimeException e) {
            LOG.warn("Outbox round failed, trying again next round: {}", e.toString());
        }
    }

    private void nextRoundNow() {
        try {
            rounds.execute(this::round);
        } catch (RejectedExecutionException stopping) {
            // The dispatcher is stopping: the backlog waits in the outbox for the next start.
        }
    }

    /** No channel is delivering right now. */
    boolean idle() {
        return workers.values().stream().allMatch(Worker::idle);
    }

    private Instant retryAt(Message message, Instant now) {
        int attempts = message.attempts() + 1;
        if (attempts >= rules.maxAttempts()) {
            return null;
        }
        long wait = Math.min((long) rules.firstRetrySeconds() << Math.min(attempts - 1, 30), rules.maxRetrySeconds());
        return now.plusSeconds(wait);
    }

    private Recipient recipient(String username) {
        return users.find(username)
                .map(u -> new Recipient(u.username(), u.displayName(), u.email(), u.phone()))
                .orElse(new Recipient(username, username, null, null));
    }

    private static java.util.concurrent.ThreadFactory named(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    /** One channel's deliveries: a batch at a time, each delivery bounded by the configured timeout. */
    private final class Worker {
        private final NotificationChannel channel;
        private final ExecutorService batches;
        private final ExecutorService calls;
        private volatile Future<?> current;

        Worker(NotificationChannel channel) {
            this.channel = channel;
            this.batches = Executors.newSingleThreadExecutor(named("banli-outbox-" + channel.id()));
            this.calls = Executors.newSingleThreadExecutor(named("banli-channel-" + channel.id()));
        }

        boolean idle() {
            Future<?> running = current;
            return running == null || running.isDone();
        }

        void deliver(List<Message> messages) {
            CompletableFuture<Void> batch =
                    CompletableFuture.runAsync(() -> messages.forEach(this::deliverOne), batches);
            current = batch;
            if (messages.size() >= rules.batchSize()) {
                // A full batch means a backlog: the next round comes as soon as this one is done, not a poll later.
                batch.whenComplete((done, failed) -> nextRoundNow());
            }
        }

        private void deliverOne(Message message) {
            Delivery delivery;
            Future<Delivery> call =
                    calls.submit(() -> channel.deliver(message.notification(), recipient(message.recipient())));
            try {
                delivery = call.get(rules.deliveryTimeoutSeconds(), TimeUnit.SECONDS);
                if (delivery == null) {
                    delivery = Delivery.retryLater("channel answered nothing");
                }
            } catch (TimeoutException e) {
                call.cancel(true);
                delivery = Delivery.retryLater("超时 (timed out after " + rules.deliveryTimeoutSeconds() + " s)");
            } catch (ExecutionException e) {
                delivery = Delivery.retryLater(String.valueOf(e.getCause()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return; // stopping: the message stays pending
            }
            Instant now = clock.instant();
            Instant retry = delivery.outcome() == Delivery.Outcome.RETRYABLE_FAILURE ? retryAt(message, now) : null;
            outbox.attempted(message.id(), now, delivery, retry);
            if (delivery.outcome() != Delivery.Outcome.DELIVERED) {
                LOG.warn(
                        "Message {} through {} to {}: {} {}{}",
                        message.id(),
                        channel.id(),
                        message.recipient(),
                        delivery.outcome(),
                        delivery.detail(),
                        retry == null ? ", given up" : ", retry at " + retry);
            }
        }

        void stop() {
            batches.shutdownNow();
            calls.shutdownNow();
        }
    }
}
