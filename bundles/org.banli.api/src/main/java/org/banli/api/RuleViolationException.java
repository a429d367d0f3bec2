package org.banli.api;

import java.util.List;
import java.util.stream.Collectors;

/** One or more values break a rule; each violation names its field. */
public class RuleViolationException extends BanliException {

    private static final long serialVersionUID = 1L;

    private final transient List<Violation> violations;

    public RuleViolationException(List<Violation> violations) {
        super(
                Problem.RULE_VIOLATION,
                violations.stream().map(v -> v.text().bilingual()).collect(Collectors.joining("; ")));
        this.violations = List.copyOf(violations);
    }

    public static RuleViolationException of(String field, Text text) {
        return new RuleViolationException(List.of(new Violation(field, text)));
    }

    public List<Violation> violations() {
        return violations;
    }

    /** A rule a field's value breaks, in words each reader gets in their language. */
    public record Violation(String field, Text text) {}
}
