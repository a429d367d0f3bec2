package org.banli.core.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** What a county sets about handling (etc/org.banli.handling.cfg); DESIGN.md §3. */
@ObjectClassDefinition(name = "Banli 办理规则 (handling rules)")
public @interface HandlingRules {

    String PID = "org.banli.handling";

    @AttributeDefinition(name = "答复期限（月） Reply deadline in months after assignment")
    int replyMonths() default 3;

    @AttributeDefinition(name = "紧急件答复期限（月） Reply deadline of urgent items, in months")
    int urgentReplyMonths() default 1;

    @AttributeDefinition(name = "重新办理期限（月） Rehandling deadline after an unsatisfied rating, in months")
    int rehandlingMonths() default 1;

    @AttributeDefinition(name = "答复类别 Reply classes the county uses", description = "A、B、C，可加 D (A, B, C and optionally D)")
    String[] replyClasses() default { "A", "B", "C" };

    @AttributeDefinition(name = "时区 Time zone of the county's calendar")
    String timeZone() default "Asia/Shanghai";
}
