package org.banli.console.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.banli.api.notify.Message;
import org.banli.api.notify.NotificationService;

@Command(
        scope = "banli",
        name = "outbox",
        description = "发件箱：各渠道消息数与发送失败的消息 (the outbox: messages per channel and the failures)")
@Service
public class OutboxCommand extends BanliCommand {

    @Option(name = "--failed", description = "列出发送失败的消息 (list the messages given up on)")
    boolean failed;

    @Reference
    NotificationService notifications;

    @Override
    public Object execute() {
        if (failed) {
            // The id is what banli:resend takes.
            ConsoleTable table = new ConsoleTable()
                    .numbers("ID")
                    .column("渠道 Channel")
                    .column("收件人 Recipient")
                    .numbers("尝试 Attempts")
                    .column("原因 Last error", 60)
                    .column("主题 Subject", 40);
            for (Message m : notifications.failed(actor(), 0, 200).items()) {
                table.row(
                        m.id(),
                        m.channel(),
                        Consoles.personName(users, m.recipient()),
                        m.attempts(),
                        m.lastError(),
                        m.subject());
            }
            table.print(out());
            return null;
        }
        ConsoleTable table = new ConsoleTable().column("渠道 Channel");
        for (Message.Status status : Message.Status.values()) {
            table.numbers(status.name());
        }
        for (Map.Entry<String, Map<Message.Status, Long>> channel :
                notifications.outbox(actor()).entrySet()) {
            List<Object> row = new ArrayList<>(List.of(channel.getKey()));
            for (Message.Status status : Message.Status.values()) {
                row.add(channel.getValue().getOrDefault(status, 0L));
            }
            table.row(row.toArray());
        }
        table.print(out());
        return null;
    }
}
