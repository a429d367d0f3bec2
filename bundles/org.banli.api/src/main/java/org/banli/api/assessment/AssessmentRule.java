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

    /** What is wrong with the rule's settings now (refused and not in force), empty when nothing is. */
    default List<String> problems() {
        return List.of();
    }

    /** Scores the units of the input; a unit the rule has nothing to say about may be left out. */
    List<UnitScore> score(AssessmentInput input);
}
