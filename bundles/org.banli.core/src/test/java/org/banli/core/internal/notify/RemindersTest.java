package org.banli.core.internal.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.banli.api.Actor;
import org.banli.api.BanliException;
import org.banli.api.item.ContactMethod;
import org.banli.api.item.ContactPhase;
import org.banli.api.item.Item;
import org.banli.api.item.ReplyClass;
import org.banli.api.item.Step;
import org.banli.api.notify.NewMessage;
import org.banli.api.user.Role;
import org.banli.api.user.User;
import org.banli.core.internal.WorkflowFixture;
import org.banli.store.spi.ReminderStore;
import org.banli.store.spi.ScheduleStore;
import org.junit.jupiter.api.Test;

/** Reminders on the workflow's own data, with a clock the test moves: each goes out once per deadline. */
class RemindersTest extends WorkflowFixture {

    /** What went out, by item and key; a key sent before is refused, as the database's unique key does. */
    private final Map<String, List<NewMessage>> sent = new LinkedHashMap<>();

    /** How often a reminder was offered to the store, sent or refused: how many times anyone looked. */
    private int offered;

    private final ReminderStore store = (itemId, key, messages) -> {
        offered++;
        return sent.putIfAbsent(itemId + " " + key, messages) == null;
    };

    private Reminders reminders() {
        return new Reminders(service, store, directory.userStore, List.of(7, 1));
    }

    private List<String> keysSince(int from) {
        return new ArrayList<>(sent.keySet()).subList(from, sent.size());
    }

    @Test
    void eachReminderGoesOutOncePerItemAndDeadlineWhateverRunsAndRestarts() {
        directory.userStore.create(
                new User("duban", "督查室", Set.of(Role.SUPERVISOR), null, null, null, false, START), "h");
        directory.channels.put("head-edu", Set.of("email"));
        Item item = accepted();
        step(
                EDU,
                item,
                new Step.RecordContact(ContactPhase.BEFORE, ContactMethod.VISIT, date(2026, 3, 2), "赵代表", "登门拜访"));
        Reminders reminders = reminders();
        assertThat(reminders.run()).as("nothing due on the first day").isZero();

        clock.advance(Duration.ofDays(86)); // 2026-05-27: the deadline 06-02 is 6 days away, no draft yet
        assertThat(reminders.run()).isEqualTo(2);
        long id = item.id();
        assertThat(sent.keySet()).containsExactly(id + " due-7:2026-06-02", id + " NO_DRAFT:2026-06-02");
        assertThat(sent.get(id + " due-7:2026-06-02"))
                .extracting(m -> m.recipient() + " " + m.channel())
                .containsExactly("head-edu email", "head-edu inbox");
        assertThat(sent.get(id + " due-7:2026-06-02").get(0).subject()).contains("【期限提醒】2026年建议第1号");
        assertThat(reminders.run()).as("a second run sends nothing again").isZero();
        assertThat(reminders().run()).as("nor does a restarted scheduler").isZero();

        clock.advance(Duration.ofDays(5)); // 06-01: one day left
        assertThat(reminders.run()).isEqualTo(1);
        assertThat(keysSince(2)).containsExactly(id + " due-1:2026-06-02");

        clock.advance(Duration.ofDays(2)); // 06-03: missed
        assertThat(reminders.run()).isEqualTo(1);
        assertThat(keysSince(3)).containsExactly(id + " overdue:2026-06-02");
        assertThat(sent.get(id + " overdue:2026-06-02"))
                .extracting(NewMessage::recipient)
                .containsExactly("duban", "head-edu", "head-edu");

        // An extension sets a new deadline: its reminders come again, once.
        step(EDU, item, new Step.RequestExtension(date(2026, 7, 31), "需要省级批复"));
        step(OFFICE, item, new Step.DecideExtension(true, null, null));
        clock.advance(Duration.ofDays(52)); // 07-25
        reminders.run();
        reminders.run();
        assertThat(keysSince(4)).containsExactly(id + " due-7:2026-07-31", id + " NO_DRAFT:2026-07-31");
    }

    @Test
    void ofTwoNodesWhoseSchedulesFallInTheSamePeriodOneRunsAndTheOtherLetsItPass() {
        Item item = accepted();
        step(
                EDU,
                item,
                new Step.RecordContact(ContactPhase.BEFORE, ContactMethod.VISIT, date(2026, 3, 2), "赵代表", "登门拜访"));
        clock.advance(Duration.ofDays(86)); // a reminder is due
        Map<String, String> claimed = new LinkedHashMap<>(); // the database's key: a run claimed once
        ScheduleStore schedules = (job, due, node) -> claimed.putIfAbsent(job + "@" + due, node) == null;
        Duration hourly = Duration.ofMinutes(60);
        Reminders first = new Reminders(service, store, directory.userStore, List.of(7, 1), schedules, hourly);
        Reminders second = new Reminders(service, store, directory.userStore, List.of(7, 1), schedules, hourly);
        Instant hour = clock.instant().truncatedTo(ChronoUnit.HOURS);

        assertThat(first.scheduledRun(hour.plusSeconds(17 * 60))).isEqualTo(2);
        int looked = offered;
        assertThat(second.scheduledRun(hour.plusSeconds(43 * 60))).isZero();
        assertThat(offered)
                .as("the other node's run in the same hour did not even look")
                .isEqualTo(looked);
        assertThat(claimed).containsOnlyKeys("reminders@" + hour);

        // Each node's schedule keeps its minute: the first's at :17, the second's at :43.
        assertThat(first.scheduledRun(hour.plusSeconds(77 * 60)))
                .as("nothing new to send")
                .isZero();
        assertThat(offered)
                .as("but the first node looked again in the next hour")
                .isGreaterThan(looked);
        looked = offered;
        assertThat(second.scheduledRun(hour.plusSeconds(103 * 60))).isZero();
        assertThat(offered).isEqualTo(looked);
        assertThat(claimed).hasSize(2);
    }

    @Test
    void onlyAnAdministratorRunsTheRemindersOnDemandAndNothingGoesOutTwice() {
        Item item = accepted();
        clock.advance(Duration.ofDays(86));
        Reminders reminders = reminders();
        assertThatThrownBy(() -> reminders.remindNow(OFFICE))
                .isInstanceOf(BanliException.class)
                .hasMessageContaining("立即发送提醒");
        assertThat(sent).isEmpty();
        Actor admin = new Actor("admin", Set.of(Role.ADMIN), null);
        assertThat(reminders.remindNow(admin))
                .as("due in 6 days, no contact, no draft")
                .isEqualTo(3)
                .isEqualTo(sent.size());
        assertThat(reminders.remindNow(admin)).isZero();
        assertThat(reminders.run()).isZero();
        assertThat(sent.keySet()).allMatch(key -> key.startsWith(item.id() + " "));
    }

    @Test
    void promisesAndRatingsLeftUndoneAreRemindedToo() {
        directory.userStore.create(
                new User("duban", "督查室", Set.of(Role.SUPERVISOR), null, null, null, false, START), "h");
        Item promised = accepted();
        replied(promised, draft(ReplyClass.B, promise("改造食堂", date(2026, 4, 30))));
        Reminders reminders = reminders();
        clock.advance(Duration.ofDays(60)); // 05-01: the promise is overdue and the rating too
        reminders.run();
        assertThat(sent.keySet())
                .contains(
                        promised.id() + " OVERDUE_COMMITMENT:2026-06-02", promised.id() + " RATING_OVERDUE:2026-06-02");
        assertThat(sent.get(promised.id() + " OVERDUE_COMMITMENT:2026-06-02"))
                .extracting(NewMessage::recipient)
                .contains("duban");
    }
}
