package org.banli.core.internal.assessment;

import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.banli.api.Actor;
import org.banli.api.BanliException;
import org.banli.api.Text;
import org.banli.api.assessment.CoHandlingFacts;
import org.banli.api.assessment.ItemFacts;
import org.banli.api.assessment.Metric;
import org.banli.api.assessment.MetricsService;
import org.banli.api.assessment.Ratio;
import org.banli.api.assessment.UnitMetrics;
import org.banli.api.item.ItemKind;
import org.banli.api.unit.Unit;
import org.banli.api.user.Role;
import org.banli.core.internal.Access;
import org.banli.core.internal.HandlingRules;
import org.banli.store.spi.MetricsStore;
import org.banli.store.spi.UnitStore;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Reads the metrics the database aggregates, and gives each person the units they may see. */
@Component(configurationPid = HandlingRules.PID)
public class MetricsServiceImpl implements MetricsService {

    private final MetricsStore store;
    private final UnitStore units;
    private final ZoneId zone;
    private final Clock clock;

    @Activate
    public MetricsServiceImpl(@Reference MetricsStore store, @Reference UnitStore units, HandlingRules rules) {
        this(store, units, ZoneId.of(rules.timeZone()), Clock.systemUTC());
    }

    public MetricsServiceImpl(MetricsStore store, UnitStore units, ZoneId zone, Clock clock) {
        this.store = store;
        this.units = units;
        this.zone = zone;
        this.clock = clock;
    }

    @Override
    public List<UnitMetrics> metrics(Actor actor, int year, ItemKind kind) {
        ItemKind visibleKind = kindFor(actor, kind);
        AssessmentYear window = AssessmentYear.of(year, zone, clock);
        Map<String, Map<Metric, Ratio>> all =
                store.unitMetrics(window.from(), window.to(), visibleKind, false, window.today());
        Map<String, Map<Metric, Ratio>> key =
                store.unitMetrics(window.from(), window.to(), visibleKind, true, window.today());
        Map<String, Long> coHandled = store.coHandled(window.from(), window.to(), visibleKind);
        TreeSet<String> codes = new TreeSet<>(all.keySet());
        codes.addAll(coHandled.keySet());
        if (!Access.readsEverything(actor) && !liaison(actor)) {
            codes.retainAll(java.util.Set.of(actor.unitCode()));
        }
        List<UnitMetrics> result = new ArrayList<>();
        for (String code : codes) {
            result.add(new UnitMetrics(
                    code,
                    units.find(code).map(Unit::name).orElse(code),
                    year,
                    all.getOrDefault(code, empty()),
                    key.getOrDefault(code, empty()),
                    coHandled.getOrDefault(code, 0L)));
        }
        return result;
    }

    @Override
    public List<ItemFacts> hostedItems(Actor actor, int year, String unitCode) {
        ItemKind kind = visibleUnit(actor, unitCode);
        AssessmentYear window = AssessmentYear.of(year, zone, clock);
        return store.hostedItems(window.from(), window.to(), kind, unitCode, window.today())
                .getOrDefault(unitCode, List.of());
    }

    @Override
    public Map<String, List<ItemFacts>> hostedItems(Actor actor, int year) {
        if (!Access.readsEverything(actor) && !liaison(actor)) {
            throw BanliException.forbidden(Text.of(Text.Code.NOT_ALLOWED_COUNTY_FIGURES));
        }
        AssessmentYear window = AssessmentYear.of(year, zone, clock);
        return store.hostedItems(window.from(), window.to(), kindFor(actor, null), null, window.today());
    }

    @Override
    public List<CoHandlingFacts> coHandledItems(Actor actor, int year, String unitCode) {
        ItemKind kind = visibleUnit(actor, unitCode);
        AssessmentYear window = AssessmentYear.of(year, zone, clock);
        return store.coHandledItems(window.from(), window.to(), kind, unitCode, zone, window.today());
    }

    /** Refuses a unit's staff another unit's items; answers the kind the actor may count. */
    private static ItemKind visibleUnit(Actor actor, String unitCode) {
        ItemKind kind = kindFor(actor, null);
        if (!Access.readsEverything(actor) && !liaison(actor) && !unitCode.equals(actor.unitCode())) {
            throw BanliException.forbidden(Text.of(Text.Code.ONLY_OWN_UNIT_FIGURES));
        }
        return kind;
    }

    /** The kind the actor may count: a liaison committee only its own; submitters nothing. */
    public static ItemKind kindFor(Actor actor, ItemKind asked) {
        if (Access.readsEverything(actor) || Access.inUnit(actor)) {
            return asked;
        }
        ItemKind only = Access.liaisonKind(actor);
        if (liaison(actor) && (only == null || asked == null || asked == only)) {
            return only == null ? asked : only;
        }
        throw BanliException.forbidden(Text.of(Text.Code.NOT_ALLOWED_FIGURES));
    }

    private static boolean liaison(Actor actor) {
        return actor.hasAny(Role.NPC_LIAISON, Role.CPPCC_LIAISON);
    }

    private static Map<Metric, Ratio> empty() {
        Map<Metric, Ratio> none = new java.util.EnumMap<>(Metric.class);
        for (Metric metric : Metric.values()) {
            none.put(metric, new Ratio(0, 0));
        }
        return none;
    }
}
