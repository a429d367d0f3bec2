package org.banli.api.assessment;

import java.util.List;

/**
 * Turns units' figures into scores with explanations. A plugin registers one as a DS
 * service with the property {@value #RULE_PROPERTY}; the core ranks units by score.
 */
public interface AssessmentRule {

    /** Service property naming the rule, e.g. {@code standard}. */
    String RULE_PROPERTY = "banli.rule";

    String id();

    /** The rule's name as shown to people, in Chinese. */
    String displayName();

    List<UnitScore> score(List<UnitMetrics> units);
}
