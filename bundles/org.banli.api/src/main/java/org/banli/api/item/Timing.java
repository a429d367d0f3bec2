package org.banli.api.item;

import java.time.LocalDate;
import java.util.List;
import org.banli.api.Text;

/**
 * An item's deadlines by the county's rules and calendar (DESIGN.md §3). Dates are
 * {@code null} where they do not apply yet.
 *
 * @param deadline        the reply deadline in force
 * @param daysLeft        calendar days until {@code deadline} (negative when missed), while a reply is owed
 * @param overdue         a reply is owed and the deadline has passed
 * @param atRisk          a reply is owed and the deadline is near
 * @param returnUntil     last day for a return request
 * @param firstContactBy  first contact with the submitter due by
 * @param coUnitOpinionsBy co-unit opinions due by
 * @param latestExtension the latest deadline an extension may reach
 * @param ratingBy        the rating is expected by
 * @param disclosureBy    the reply is to be disclosed by (public items)
 * @param warnings        early warnings for the unit and supervisors
 */
public record Timing(
        LocalDate deadline,
        Long daysLeft,
        boolean overdue,
        boolean atRisk,
        LocalDate returnUntil,
        LocalDate firstContactBy,
        LocalDate coUnitOpinionsBy,
        LocalDate latestExtension,
        LocalDate ratingBy,
        LocalDate disclosureBy,
        List<Warning> warnings) {

    public Timing {
        warnings = List.copyOf(warnings);
    }

    /** An early warning (预警), in words each reader gets in their language. */
    public record Warning(Kind kind, Text text) {}

    public enum Kind {
        /** No contact with the submitter by the first-contact deadline. */
        NO_CONTACT("未按期联系提出人", "no contact yet"),
        /** No draft reply this close to the reply deadline. */
        NO_DRAFT("答复稿未拟", "no draft yet"),
        /** A co-unit's opinion is missing after its deadline. */
        MISSING_CO_UNIT_OPINION("协办意见未交", "co-unit opinion missing"),
        /** A class-B commitment is past its due date and not kept. */
        OVERDUE_COMMITMENT("承诺逾期", "commitment overdue"),
        /** The submitter has not rated within the rating window. */
        RATING_OVERDUE("测评逾期", "rating overdue");

        private final String chinese;
        private final String english;

        Kind(String chinese, String english) {
            this.chinese = chinese;
            this.english = english;
        }

        /** The warning's short name, as a tag shows it. */
        public String chinese() {
            return chinese;
        }

        public String english() {
            return english;
        }
    }
}
