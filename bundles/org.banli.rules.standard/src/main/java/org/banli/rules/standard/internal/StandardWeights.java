package org.banli.rules.standard.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Weights of the standard rule (etc/org.banli.rules.standard.cfg); re-read when the file changes. */
@ObjectClassDefinition(name = "Banli 考评规则：标准加权 (standard weighted rule)")
public @interface StandardWeights {

    String PID = "org.banli.rules.standard";

    @AttributeDefinition(name = "满意率 Weight of the satisfaction rate")
    double satisfaction() default 25;

    @AttributeDefinition(name = "办结率 Weight of the completion rate")
    double completion() default 15;

    @AttributeDefinition(name = "办结效果 Weight of the effect (share of class-A replies)")
    double effect() default 15;

    @AttributeDefinition(name = "办理数量 Weight of the quantity (hosted items against the unit hosting most)")
    double quantity() default 5;

    @AttributeDefinition(name = "重点件 Weight of key items (their satisfaction rate)")
    double keyItems() default 10;

    @AttributeDefinition(name = "办复率 Weight of the reply rate")
    double replyRate() default 10;

    @AttributeDefinition(name = "见面率 Weight of the meeting rate")
    double meetingRate() default 10;

    @AttributeDefinition(name = "规范化 Weight of standardization (replies accepted at first submission)")
    double standardization() default 10;

    @AttributeDefinition(name = "满意率底线 Below this satisfaction rate (0–1) the satisfaction part scores nothing")
    double satisfactionFloor() default 0.8;
}
