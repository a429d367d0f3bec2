package org.banli.notify.wecom.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** The county's group robot (etc/org.banli.notify.wecom.cfg); without it the channel is not offered. */
@ObjectClassDefinition(name = "Banli 消息渠道：企业微信群机器人 (WeCom group robot)")
public @interface WecomSettings {

    String PID = "org.banli.notify.wecom";

    @AttributeDefinition(
            name = "机器人地址 The robot's webhook address, with its key",
            description = "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=…",
            type = AttributeType.PASSWORD)
    String url();

    @AttributeDefinition(name = "超时（秒） Timeout of one post, in seconds")
    int timeoutSeconds() default 10;
}
