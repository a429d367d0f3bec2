package org.banli.notify.sms.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** The county's HTTP SMS gateway (etc/org.banli.notify.sms.cfg); without it the channel is not offered. */
@ObjectClassDefinition(name = "Banli 消息渠道：短信 (SMS channel through an HTTP gateway)")
public @interface SmsSettings {

    String PID = "org.banli.notify.sms";

    /** How the parameters travel. */
    enum Method {
        /** An HTML-form body (application/x-www-form-urlencoded; charset=UTF-8). */
        POST,
        /** The query string of the URL. */
        GET
    }

    @AttributeDefinition(name = "网关地址 Gateway URL (http or https)")
    String url();

    @AttributeDefinition(name = "请求方式 POST (form body) or GET (query string)")
    Method method() default Method.POST;

    @AttributeDefinition(
            name = "请求参数 Parameters as name=template; ${phone}, ${text}, ${part}, ${parts}, ${messageId} are filled in",
            description = "如 account=county01, mobile=${phone}, content=${text}")
    String[] parameters() default {"mobile=${phone}", "content=${text}"};

    @AttributeDefinition(name = "短信内容 Text of the SMS; ${subject}, ${body}, ${name} are filled in")
    String template() default "${subject}";

    @AttributeDefinition(
            name = "签名密钥 Secret for the HMAC-SHA256 signature; empty for a gateway without signing",
            type = AttributeType.PASSWORD,
            required = false)
    String secret() default "";

    @AttributeDefinition(name = "签名参数名 Name of the parameter that carries the signature")
    String signatureParameter() default "sign";

    @AttributeDefinition(name = "时间戳参数名 Name of the parameter that carries the time (seconds) when signing")
    String timestampParameter() default "timestamp";

    @AttributeDefinition(name = "每条最多字数 Characters per SMS; a longer text is sent in numbered parts")
    int maxLength() default 70;

    @AttributeDefinition(
            name = "成功标志 Regular expression the gateway's answer must contain to count as sent; empty: any 2xx",
            required = false)
    String successPattern() default "";

    @AttributeDefinition(name = "超时（秒） Timeout of one request, in seconds")
    int timeoutSeconds() default 10;
}
