package org.banli.api.assessment;

import java.util.List;
import org.banli.api.Actor;

/** Unit assessment (绩效考评) under the rules a county runs. */
public interface AssessmentService {

    /**
     * A rule that is installed and active, whether it is the county's primary rule, and what is
     * wrong with its settings (refused, the previous ones in force).
     */
    record RuleInfo(String id, String name, boolean primary, List<String> problems) {}

    /** The active rules installed now, the primary first. */
    List<RuleInfo> rules();

    /**
     * Ranks the units of the year under a rule ({@code null}: the primary rule). Everyone who
     * reads assessment figures gets the ranking; a unit's staff get their own unit's place.
     *
     * @throws org.banli.api.BanliException not found for a rule that is not installed or not active
     */
    Assessment assess(Actor actor, int year, String rule);
}
