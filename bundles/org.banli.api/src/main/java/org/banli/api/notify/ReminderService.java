package org.banli.api.notify;

import org.banli.api.Actor;

/** The reminder scheduler, for an administrator who wants its run now rather than at its next turn. */
public interface ReminderService {

    /**
     * Sends the reminders, overdue notices and warnings due now that have not gone out before
     * (administrators); waits for a run already under way instead of starting a second one.
     *
     * @return how many reminders this run sent
     */
    int remindNow(Actor actor);
}
