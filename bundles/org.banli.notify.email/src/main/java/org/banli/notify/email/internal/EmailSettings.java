package org.banli.notify.email.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** The county's SMTP server (etc/org.banli.notify.email.cfg); without it the channel is not offered. */
@ObjectClassDefinition(name = "Banli 消息渠道：电子邮件 (e-mail channel)")
public @interface EmailSettings {

    String PID = "org.banli.notify.email";

    /** How the connection is protected. */
    enum Security {
        /** Plain SMTP, only for a relay on the same machine or a closed network. */
        NONE,
        /** SMTP upgraded with STARTTLS; refused if the server does not offer it. */
        STARTTLS,
        /** SMTP over TLS from the first byte (SMTPS, usually port 465). */
        SSL
    }

    @AttributeDefinition(name = "SMTP 服务器 SMTP server host")
    String host();

    @AttributeDefinition(name = "端口 Port (25, 587 for STARTTLS, 465 for SSL)")
    int port() default 587;

    @AttributeDefinition(name = "加密方式 Connection security: NONE, STARTTLS or SSL")
    Security security() default Security.STARTTLS;

    @AttributeDefinition(name = "用户名 Login name; empty for a server without login", required = false)
    String username() default "";

    @AttributeDefinition(name = "密码 Password", type = AttributeType.PASSWORD, required = false)
    String password() default "";

    @AttributeDefinition(name = "发件地址 Sender address")
    String from();

    @AttributeDefinition(name = "发件人名称 Sender name shown to recipients")
    String fromName() default "建议提案办理平台";

    @AttributeDefinition(
            name = "信任的服务器 Hosts whose certificate is accepted without a CA (a county's own server); * for any",
            required = false)
    String trustedHosts() default "";

    @AttributeDefinition(name = "超时（秒） Timeout for connecting and for each reply of the server, in seconds")
    int timeoutSeconds() default 30;
}
