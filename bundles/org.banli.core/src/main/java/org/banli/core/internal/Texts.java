package org.banli.core.internal;

import java.util.ArrayList;
import java.util.List;
import org.banli.api.RuleViolationException;
import org.banli.api.Text;

/** Small checks shared by the services; each failure names its field and says what is wrong, as a coded text. */
public final class Texts {

    private Texts() {}

    public static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    public static String orEmpty(String value) {
        return value == null ? "" : value.strip();
    }

    /** Blank becomes {@code null}, anything else loses surrounding spaces. */
    public static String stripped(String value) {
        return isBlank(value) ? null : value.strip();
    }

    /** Adds a violation when a required text is missing or longer than {@code max} characters. */
    public static void require(Violations violations, String field, Text.Label label, String value, int max) {
        if (isBlank(value)) {
            violations.add(field, Text.Code.REQUIRED, "label", label);
        } else {
            limit(violations, field, label, value, max);
        }
    }

    /** Adds a violation when an optional text is longer than {@code max} characters. */
    public static void limit(Violations violations, String field, Text.Label label, String value, int max) {
        // Database columns count UTF-16 units, so a rare character or emoji counts as two here too.
        if (value != null && value.length() > max) {
            violations.add(field, Text.Code.TOO_LONG, "label", label, "max", max);
        }
    }

    /** Collects every rule a request breaks, so the user sees all of them at once. */
    public static final class Violations {
        private final List<RuleViolationException.Violation> list = new ArrayList<>();

        /** @param namesAndValues as in {@link Text#of} */
        public void add(String field, Text.Code code, Object... namesAndValues) {
            list.add(new RuleViolationException.Violation(field, Text.of(code, namesAndValues)));
        }

        public boolean isEmpty() {
            return list.isEmpty();
        }

        public List<RuleViolationException.Violation> list() {
            return List.copyOf(list);
        }

        public void throwIfAny() {
            if (!list.isEmpty()) {
                throw new RuleViolationException(list);
            }
        }
    }
}
