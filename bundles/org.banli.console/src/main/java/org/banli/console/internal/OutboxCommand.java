package org.banli.console.internal;

import java.util.Map;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
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
            ShellTable table = new ShellTable();
            table.column("ID").alignRight();
            table.column("渠道 Channel");
            table.column("收件人 Recipient");
            table.column("尝试 Attempts").alignRight();
            table.column("原因 Last error").maxSize(60);
            table.column("主题 Subject").maxSize(40);
            for (Message m : notifications.failed(actor(), 0, 200).items()) {
                table.addRow().addContent(m.id(), m.channel(), m.recipient(), m.attempts(), m.lastError(), m.subject());
            }
            table.print(out());
            return null;
        }
        ShellTable table = new ShellTable();
        table.column("渠道 Channel");
        for (Message.Status status : Message.Status.values()) {
            table.column(status.name()).alignRight();
        }
        for (Map.Entry<String, Map<Message.Status, Long>> channel :
                notifications.outbox(actor()).entrySet()) {
            var row = table.addRow();
            row.addContent(channel.getKey());
            for (Message.Status status : Message.Status.values()) {
                row.addContent(channel.getValue().getOrDefault(status, 0L));
            }
        }
        table.print(out());
        return null;
    }
}
