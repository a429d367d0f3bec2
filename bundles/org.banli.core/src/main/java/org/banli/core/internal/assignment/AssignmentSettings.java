package org.banli.core.internal.assignment;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** What a county sets about the assignment meeting (etc/org.banli.assignment.cfg). */
@ObjectClassDefinition(name = "Banli 交办 (assignment)")
public @interface AssignmentSettings {

    String PID = "org.banli.assignment";

    @AttributeDefinition(
            name = "答复最后时限（月-日） The latest reply date of the year's batch, as month-day",
            description = "今年建议、提案答复的最后时限，如 06-30；空 = 只按答复期限 (e.g. 06-30; empty = by the reply" + " deadline alone)")
    String replyBy() default "";

    @AttributeDefinition(
            name = "类别与单位对照表 Category → unit table",
            description = "空 = etc/banli-category-units.txt (empty = etc/banli-category-units.txt)")
    String categoryUnitsFile() default "";
}
