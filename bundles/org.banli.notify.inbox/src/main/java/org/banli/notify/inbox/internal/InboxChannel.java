package org.banli.notify.inbox.internal;

import org.banli.api.notify.Delivery;
import org.banli.api.notify.Notification;
import org.banli.api.notify.NotificationChannel;
import org.banli.api.notify.Recipient;
import org.osgi.service.component.annotations.Component;

/**
 * The inbox: the outbox already keeps every message with its recipient, so delivering one to
 * the inbox is making it visible there. The inbox shows a message once this channel has
 * delivered it; while the channel is not installed, messages wait like any other channel's.
 */
@Component(property = NotificationChannel.CHANNEL_PROPERTY + "=" + InboxChannel.ID)
public class InboxChannel implements NotificationChannel {

    static final String ID = "inbox";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Delivery deliver(Notification notification, Recipient recipient) {
        return Delivery.delivered();
    }
}
