package org.banli.core.internal.notify;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** How the outbox delivers (etc/org.banli.notify.cfg). */
@ObjectClassDefinition(name = "Banli 消息发送 (notification delivery)")
public @interface OutboxRules {

    String PID = "org.banli.notify";

    @AttributeDefinition(name = "轮询间隔（秒） How often the dispatcher looks for due messages")
    int pollSeconds() default 2;

    @AttributeDefinition(name = "最多尝试次数 Attempts before a message is given up (an admin may resend it)")
    int maxAttempts() default 8;

    @AttributeDefinition(name = "首次重试（秒） Wait before the first retry; doubled after each failure")
    int firstRetrySeconds() default 30;

    @AttributeDefinition(name = "最长重试间隔（秒） Longest wait between retries")
    int maxRetrySeconds() default 3600;

    @AttributeDefinition(name = "发送超时（秒） A delivery taking longer counts as a retryable failure")
    int deliveryTimeoutSeconds() default 20;

    @AttributeDefinition(name = "每批条数 Messages fetched per channel and round")
    int batchSize() default 50;
}
