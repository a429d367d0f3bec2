package org.banli.core.internal.similarity;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** How similar items are found (etc/org.banli.similarity.cfg). */
@ObjectClassDefinition(name = "Banli 相似件 (similar items)")
public @interface SimilaritySettings {

    String PID = "org.banli.similarity";

    @AttributeDefinition(
            name = "引擎优先顺序 Engines in the order of preference",
            description = "装有多个时用排在前面的；都未列出时按名称取第一个 (the first installed one of the list; else the"
                    + " first installed by name)")
    String[] engines() default {"blend", "semantic", "lexical"};

    @AttributeDefinition(
            name = "同步间隔（秒） How often a node takes newly registered items into its index",
            description = "查询相似件时也先补入 (a query for similar items takes them in first too)")
    int refreshSeconds() default 10;
}
