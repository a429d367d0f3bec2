package org.banli.console.internal;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.banli.api.notify.ReminderService;

@Command(
        scope = "banli",
        name = "remind",
        description = "立即发送到期提醒、逾期通知和预警，已发过的不再发 (send the due reminders now; none is sent twice)")
@Service
public class RemindCommand extends BanliCommand {

    @Reference
    ReminderService reminders;

    @Override
    public Object execute() {
        int sent = reminders.remindNow(actor());
        out().println("已发送提醒 " + sent + " 条 (reminders sent: " + sent + ")");
        return null;
    }
}
