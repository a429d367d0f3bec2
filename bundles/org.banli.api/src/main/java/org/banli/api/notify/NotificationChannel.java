package org.banli.api.notify;

/**
 * A way to reach a person: inbox, e-mail, SMS, webhook, … A plugin registers one as a DS
 * service with the property {@value #CHANNEL_PROPERTY} naming it. The core's outbox calls
 * {@link #deliver} from its dispatcher, never from a workflow step, so a slow or broken
 * channel delays only its own messages.
 */
public interface NotificationChannel {

    /** Service property naming the channel, e.g. {@code email}. */
    String CHANNEL_PROPERTY = "banli.channel";

    /** The channel's name, equal to its {@value #CHANNEL_PROPERTY} property. */
    String id();

    /** Delivers one message to one recipient. Must not block indefinitely. */
    Delivery deliver(Notification notification, Recipient recipient);
}
