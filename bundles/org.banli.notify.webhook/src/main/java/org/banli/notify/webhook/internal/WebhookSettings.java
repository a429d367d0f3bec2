package org.banli.notify.webhook.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Where and how the webhook posts (etc/org.banli.notify.webhook.cfg); without it the channel is not offered. */
@ObjectClassDefinition(name = "Banli 消息渠道：Webhook (webhook channel)")
public @interface WebhookSettings {

    String PID = "org.banli.notify.webhook";

    @AttributeDefinition(name = "地址 URL the messages are posted to (http or https)")
    String url();

    @AttributeDefinition(name = "签名密钥 Secret for the HMAC-SHA256 signature", type = AttributeType.PASSWORD)
    String secret();

    @AttributeDefinition(name = "超时（秒） Timeout of one post, in seconds")
    int timeoutSeconds() default 10;
}
