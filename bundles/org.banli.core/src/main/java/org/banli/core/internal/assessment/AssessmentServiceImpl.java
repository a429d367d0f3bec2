package org.banli.core.internal.assessment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.banli.api.Actor;
import org.banli.api.BanliException;
import org.banli.api.Text;
import org.banli.api.assessment.Assessment;
import org.banli.api.assessment.AssessmentInput;
import org.banli.api.assessment.AssessmentRule;
import org.banli.api.assessment.AssessmentService;
import org.banli.api.assessment.CoHandlingFacts;
import org.banli.api.assessment.ItemFacts;
import org.banli.api.assessment.MetricsService;
import org.banli.api.assessment.UnitMetrics;
import org.banli.api.assessment.UnitScore;
import org.banli.api.user.Role;
import org.banli.core.internal.Access;
import org.banli.core.internal.Installed;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.metatype.annotations.Designate;

/**
 * Ranks the units of a year under the rules installed and chosen in etc/. A rule sees every
 * unit (a ranking is county-wide); who reads the result decides how much of it they get.
 */
@Component(configurationPid = AssessmentSettings.PID)
@Designate(ocd = AssessmentSettings.class)
public class AssessmentServiceImpl implements AssessmentService {

    /** Reads the whole county's figures for a ranking; it is nobody's account. */
    static final Actor ASSESSOR = new Actor("banli-assessment", Set.of(Role.SUPERVISOR), null);

    private final MetricsService metrics;
    private final Installed<AssessmentRule> installed =
            new Installed<>("assessment rule", AssessmentRule.RULE_PROPERTY, AssessmentRule::id);
    private volatile Set<String> active;
    private volatile String primary;

    @Activate
    public AssessmentServiceImpl(@Reference MetricsService metrics, AssessmentSettings settings) {
        this(metrics);
        modified(settings);
    }

    public AssessmentServiceImpl(MetricsService metrics) {
        this.metrics = metrics;
        this.active = Set.of();
        this.primary = "standard";
    }

    @Modified
    void modified(AssessmentSettings settings) {
        active = Arrays.stream(settings.active())
                .flatMap(v -> Arrays.stream(v.split(",")))
                .map(String::strip)
                .filter(v -> !v.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
        primary = settings.primary() == null ? "standard" : settings.primary().strip();
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    public void addRule(AssessmentRule rule, Map<String, Object> properties) {
        installed.add(rule, properties);
    }

    void removeRule(AssessmentRule rule) {
        installed.remove(rule);
    }

    @Override
    public List<RuleInfo> rules() {
        return installed.all().stream()
                .filter(r -> active.isEmpty() || active.contains(r.id()))
                .map(r -> new RuleInfo(r.id(), r.displayName(), r.id().equals(primary), r.problems()))
                .sorted(Comparator.comparing((RuleInfo r) -> !r.primary()).thenComparing(RuleInfo::id))
                .toList();
    }

    @Override
    public Assessment assess(Actor actor, int year, String ruleId) {
        // Refuses those who may not read figures at all; a liaison's ranking is of its own kind's items
        // (through the same rule as every list), everyone else's of all, unit staff then seeing their own line.
        Actor scope = MetricsServiceImpl.kindFor(actor, null) == null ? ASSESSOR : actor;
        List<RuleInfo> available = rules();
        String wanted = ruleId == null || ruleId.isBlank() ? primary : ruleId.strip();
        AssessmentRule rule = available.stream().anyMatch(r -> r.id().equals(wanted))
                ? installed.get(wanted).orElse(null)
                : null;
        if (rule == null) {
            throw BanliException.notFound(Text.of(
                    Text.Code.RULE_NOT_IN_USE,
                    "rule",
                    wanted,
                    "available",
                    available.stream().map(RuleInfo::id).toList()));
        }
        List<UnitMetrics> units = metrics.metrics(scope, year, null);
        Map<String, UnitMetrics> byCode =
                units.stream().collect(Collectors.toMap(UnitMetrics::unitCode, Function.identity()));
        List<UnitScore> scores;
        try {
            scores = new ArrayList<>(rule.score(new Input(year, units, scope)));
        } catch (RuntimeException e) {
            throw BanliException.conflict(
                    Text.of(Text.Code.RULE_CANNOT_SCORE, "rule", rule.id(), "reason", e.getMessage()));
        }
        scores.removeIf(score -> !byCode.containsKey(score.unitCode()));
        scores.sort(Comparator.comparing(UnitScore::score).reversed().thenComparing(UnitScore::unitCode));
        List<Assessment.Ranked> ranking = new ArrayList<>();
        for (int i = 0; i < scores.size(); i++) {
            UnitScore score = scores.get(i);
            int rank = i > 0 && score.score().compareTo(scores.get(i - 1).score()) == 0
                    ? ranking.get(i - 1).rank()
                    : i + 1;
            UnitMetrics unit = byCode.get(score.unitCode());
            ranking.add(new Assessment.Ranked(
                    rank, unit.unitCode(), unit.unitName(), score.score(), score.explanation(), unit));
        }
        if (!Access.readsEverything(actor) && Access.inUnit(actor)) {
            ranking.removeIf(r -> !r.unitCode().equals(actor.unitCode()));
        }
        return new Assessment(year, rule.id(), rule.displayName(), ranking);
    }

    /** The year's figures, and each unit's items read once, when a rule first asks. */
    private final class Input implements AssessmentInput {
        private final int year;
        private final List<UnitMetrics> units;
        private final Actor scope;
        private volatile Map<String, List<ItemFacts>> hosted;
        private final Map<String, List<CoHandlingFacts>> coHandled = new ConcurrentHashMap<>();

        Input(int year, List<UnitMetrics> units, Actor scope) {
            this.year = year;
            this.units = units;
            this.scope = scope;
        }

        @Override
        public int year() {
            return year;
        }

        @Override
        public List<UnitMetrics> units() {
            return units;
        }

        @Override
        public List<ItemFacts> hostedItems(String unitCode) {
            Map<String, List<ItemFacts>> read = hosted;
            if (read == null) {
                // One read for every unit: a rule that asks for one usually asks for all.
                read = metrics.hostedItems(scope, year);
                hosted = read;
            }
            return read.getOrDefault(unitCode, List.of());
        }

        @Override
        public List<CoHandlingFacts> coHandledItems(String unitCode) {
            return coHandled.computeIfAbsent(unitCode, unit -> metrics.coHandledItems(scope, year, unit));
        }
    }
}
