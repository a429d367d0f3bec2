package org.banli.core.internal.notify;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** When reminders go out (etc/org.banli.reminders.cfg). */
@ObjectClassDefinition(name = "Banli 提醒 (reminders)")
public @interface ReminderRules {

    String PID = "org.banli.reminders";

    @AttributeDefinition(
            name = "提前提醒（天） Remind this many days before a reply deadline",
            description = "如 7,1 (e.g. 7,1)")
    String[] daysBefore() default {"7", "1"};

    @AttributeDefinition(name = "检查间隔（分钟） How often the scheduler looks for reminders to send")
    int everyMinutes() default 60;
}
