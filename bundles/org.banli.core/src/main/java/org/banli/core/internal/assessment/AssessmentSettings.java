package org.banli.core.internal.assessment;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Which assessment rules a county runs (etc/org.banli.assessment.cfg). */
@ObjectClassDefinition(name = "Banli 绩效考评 (unit assessment)")
public @interface AssessmentSettings {

    String PID = "org.banli.assessment";

    @AttributeDefinition(
            name = "启用的规则 Rules in use, e.g. standard,formula; empty: every installed rule",
            required = false)
    String[] active() default {};

    @AttributeDefinition(name = "主规则 The primary rule, used when none is named")
    String primary() default "standard";
}
