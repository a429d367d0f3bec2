package org.banli.core.internal.notify;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.banli.api.Actor;
import org.banli.api.Page;
import org.banli.api.Text;
import org.banli.api.item.Item;
import org.banli.api.item.ItemQuery;
import org.banli.api.item.ItemService;
import org.banli.api.item.Timing;
import org.banli.api.notify.NewMessage;
import org.banli.api.notify.ReminderService;
import org.banli.api.user.Role;
import org.banli.core.internal.Access;
import org.banli.store.spi.ReminderStore;
import org.banli.store.spi.ScheduleStore;
import org.banli.store.spi.UserStore;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reminders before reply deadlines, notices of missed ones and the workflow's early warnings,
 * each once per item and deadline: the store remembers what went out, so running twice, after
 * a restart or on two nodes sends nothing twice. One run at a time per node, and of several nodes one
 * does each period's scheduled run.
 */
@Component(immediate = true, configurationPid = ReminderRules.PID)
@Designate(ocd = ReminderRules.class)
public class Reminders implements ReminderService {

    private static final Logger LOG = LoggerFactory.getLogger(Reminders.class);
    /** Reads the whole county to find what is due; it is nobody's account. */
    static final Actor SCHEDULER = new Actor("banli-scheduler", Set.of(Role.SUPERVISOR), null);

    private static final int PAGE = 200;
    static final String JOB = "reminders";

    private final ItemService items;
    private final ReminderStore reminders;
    private final UserStore users;
    private final List<Integer> daysBefore;
    private final ReentrantLock running = new ReentrantLock();
    private final ScheduledExecutorService schedule;
    /** Of the nodes that run this schedule, the one that claims a period's run does it; null without a schedule. */
    private final ScheduleStore schedules;

    private final Duration period;
    private final String node = UUID.randomUUID().toString();

    @Activate
    public Reminders(
            @Reference ItemService items,
            @Reference ReminderStore reminders,
            @Reference UserStore users,
            @Reference ScheduleStore schedules,
            ReminderRules rules) {
        this(
                items,
                reminders,
                users,
                Arrays.stream(rules.daysBefore())
                        .flatMap(v -> Arrays.stream(v.split(",")))
                        .map(String::strip)
                        .filter(v -> !v.isEmpty())
                        .map(Integer::valueOf)
                        .toList(),
                schedules,
                Duration.ofMinutes(Math.max(1, rules.everyMinutes())));
        schedule.scheduleWithFixedDelay(() -> scheduledRun(Instant.now()), 1, period.toMinutes(), TimeUnit.MINUTES);
    }

    /** Without a schedule: whoever makes it so calls {@link #run()}. */
    public Reminders(ItemService items, ReminderStore reminders, UserStore users, List<Integer> daysBefore) {
        this(items, reminders, users, daysBefore, null, null);
    }

    Reminders(
            ItemService items,
            ReminderStore reminders,
            UserStore users,
            List<Integer> daysBefore,
            ScheduleStore schedules,
            Duration period) {
        this.items = items;
        this.reminders = reminders;
        this.users = users;
        this.daysBefore = daysBefore.stream().sorted().toList();
        this.schedules = schedules;
        this.period = period;
        this.schedule = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "banli-reminders");
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * The schedule's run at {@code now}: of the nodes whose schedules fall in the same period (every node runs
     * one), the first to claim the period's run does it and the others let it pass. @return reminders sent
     */
    int scheduledRun(Instant now) {
        long seconds = period.toSeconds();
        Instant due = Instant.ofEpochSecond(Math.floorDiv(now.getEpochSecond(), seconds) * seconds);
        try {
            if (!schedules.claimRun(JOB, due, node)) {
                LOG.debug("Reminder run due {} taken by another node", due);
                return 0;
            }
        } catch (RuntimeException e) {
            LOG.warn("Reminder run due {} not claimed; the next period tries again: {}", due, e.toString());
            return 0;
        }
        return run();
    }

    @Deactivate
    void stop() {
        schedule.shutdownNow();
    }

    @Override
    public int remindNow(Actor actor) {
        Access.requireRole(actor, Role.ADMIN, Text.Label.RUN_REMINDERS);
        running.lock();
        try {
            return run();
        } finally {
            running.unlock();
        }
    }

    /** One scheduled run; a run already under way makes this one return at once. @return reminders sent */
    int run() {
        if (!running.tryLock()) {
            return 0;
        }
        try {
            int sent = 0;
            People people = new People(users);
            List<String> supervisors = people.supervisors();
            // Nearest reminder first: an item due in 1 day gets the 1-day reminder, not a late 7-day one.
            for (int days : daysBefore) {
                for (Item item : all(ItemQuery.page(0, PAGE).withDueWithinDays(days))) {
                    if (!alreadyNearer(item, days)) {
                        sent += send(
                                item, "due-" + days, "due", Map.of("days", Integer.toString(days)), people, List.of());
                    }
                }
            }
            for (Item item : all(ItemQuery.page(0, PAGE).withOverdue(true))) {
                sent += send(item, "overdue", "overdue", Map.of(), people, supervisors);
            }
            for (Timing.Kind kind : Timing.Kind.values()) {
                for (Item item : all(ItemQuery.page(0, PAGE).withWarning(kind))) {
                    sent += send(
                            item,
                            kind.name(),
                            kind.name().toLowerCase(),
                            Map.of(),
                            people,
                            kind == Timing.Kind.OVERDUE_COMMITMENT ? supervisors : List.of());
                }
            }
            if (sent > 0) {
                LOG.info("Reminders: {} sent", sent);
            }
            return sent;
        } catch (RuntimeException e) {
            LOG.warn("Reminder run failed; the next run tries again: {}", e.toString());
            return 0;
        } finally {
            running.unlock();
        }
    }

    /** An item already within a nearer reminder's days gets that one instead. */
    private boolean alreadyNearer(Item item, int days) {
        Long left = items.timing(item).daysLeft();
        return left != null && daysBefore.stream().anyMatch(d -> d < days && left <= d);
    }

    /** Sends one reminder to the unit (and whoever else) unless it went out before for this deadline. */
    private int send(
            Item item, String what, String template, Map<String, String> values, People people, List<String> alsoTo) {
        Set<String> recipients = new TreeSet<>(people.staff(item.hostUnit()));
        recipients.addAll(alsoTo);
        MessageTemplates.Text text =
                MessageTemplates.render("item.reminder." + template, Notifier.values(item, values));
        List<NewMessage> messages = new ArrayList<>();
        for (String username : recipients) {
            messages.addAll(Notifier.compose(
                    item, "item.reminder." + what.toLowerCase(), text, username, people.channels(username)));
        }
        return reminders.remindOnce(item.id(), what + ":" + item.deadline(), messages) ? 1 : 0;
    }

    private List<Item> all(ItemQuery first) {
        List<Item> found = new ArrayList<>();
        for (ItemQuery query = first.withoutTotal(); ; query = query.withPage(query.page() + 1)) {
            Page<Item> page = items.list(SCHEDULER, query);
            found.addAll(page.items());
            if (!page.more()) {
                return found;
            }
        }
    }
}
