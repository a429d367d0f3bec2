package org.banli.console.internal;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.banli.api.notify.Message;
import org.banli.api.notify.NotificationService;

@Command(
        scope = "banli",
        name = "notify-test",
        description = "经某渠道给某账号发测试消息 (send a test message to an account through a channel)")
@Service
public class NotifyTestCommand extends BanliCommand {

    @Argument(index = 0, name = "channel", required = true, description = "渠道 (channel), e.g. email")
    @Completion(ChannelCompleter.class)
    String channel;

    @Argument(index = 1, name = "user", required = true, description = "账号 (username)")
    String username;

    @Reference
    NotificationService notifications;

    @Override
    public Object execute() {
        Message queued = notifications.test(actor(), channel, username);
        out().println("测试消息 " + queued.id() + " 已排队，用 banli:outbox 查看结果 (test message " + queued.id()
                + " queued; see banli:outbox for the outcome)");
        return null;
    }
}
