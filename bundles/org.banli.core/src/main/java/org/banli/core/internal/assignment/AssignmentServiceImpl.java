package org.banli.core.internal.assignment;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.MonthDay;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.banli.api.Actor;
import org.banli.api.Text;
import org.banli.api.assignment.AssignmentBatch;
import org.banli.api.assignment.AssignmentService;
import org.banli.api.assignment.AssignmentSuggestion;
import org.banli.api.item.Intake;
import org.banli.api.item.Item;
import org.banli.api.item.ItemQuery;
import org.banli.api.item.ItemService;
import org.banli.api.item.ItemStatus;
import org.banli.api.similarity.SimilarItem;
import org.banli.api.similarity.SimilarItemsService;
import org.banli.api.unit.Unit;
import org.banli.api.unit.UnitService;
import org.banli.api.user.Role;
import org.banli.core.internal.Access;
import org.banli.core.internal.EtcFiles;
import org.banli.core.internal.Texts;
import org.banli.store.spi.ItemStore;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Suggestions for the assignment meeting, from the similar items' engine, the county's category table (read again
 * when it changes, so an edit counts from the next page) and the office's sheet.
 */
@Component(service = AssignmentService.class, configurationPid = AssignmentSettings.PID)
@Designate(ocd = AssignmentSettings.class)
public class AssignmentServiceImpl implements AssignmentService {

    private static final Logger LOG = LoggerFactory.getLogger(AssignmentServiceImpl.class);

    /** Items read at a time for the batch. */
    private static final int PAGE = 200;

    private final ItemService items;
    private final ItemStore store;
    private final UnitService units;
    private final SimilarItemsService similar;
    private volatile Settings settings;

    /** The table as last read, with what it was read from, so that its problems are told once. */
    private final AtomicReference<Read> table = new AtomicReference<>();

    private record Read(List<String> lines, List<Unit> units, CategoryUnits table) {}

    /** The county's settings: the batch's latest reply date as month-day, and the table's file. */
    record Settings(MonthDay replyBy, Path tableFile) {}

    @Activate
    public AssignmentServiceImpl(
            @Reference ItemService items,
            @Reference ItemStore store,
            @Reference UnitService units,
            @Reference SimilarItemsService similar,
            AssignmentSettings settings) {
        this(items, store, units, similar, settingsOf(settings));
    }

    public AssignmentServiceImpl(
            ItemService items, ItemStore store, UnitService units, SimilarItemsService similar, Settings settings) {
        this.items = items;
        this.store = store;
        this.units = units;
        this.similar = similar;
        this.settings = settings;
    }

    @Modified
    void modified(AssignmentSettings changed) {
        settings = settingsOf(changed);
    }

    static Settings settingsOf(AssignmentSettings settings) {
        MonthDay replyBy = null;
        if (!Texts.isBlank(settings.replyBy())) {
            try {
                replyBy = MonthDay.parse("--" + settings.replyBy().strip());
            } catch (DateTimeParseException e) {
                LOG.error(
                        "答复最后时限 {} 应为“月-日”，如 06-30，未采用 (replyBy {} is not a month-day such as 06-30; none is used)",
                        settings.replyBy(),
                        settings.replyBy());
            }
        }
        return new Settings(replyBy, EtcFiles.of(settings.categoryUnitsFile(), "banli-category-units.txt"));
    }

    @Override
    public AssignmentSuggestion suggest(Actor actor, long itemId) {
        Access.requireRole(actor, Role.OFFICE, Text.Label.ASSIGN_ITEMS);
        return suggestion(actor, items.get(actor, itemId), table(), names());
    }

    @Override
    public AssignmentBatch batch(Actor actor, int year) {
        Access.requireRole(actor, Role.OFFICE, Text.Label.ASSIGN_ITEMS);
        CategoryUnits categories = table();
        Map<String, String> names = names();
        List<AssignmentSuggestion> suggestions = new ArrayList<>();
        ItemQuery query = ItemQuery.page(0, PAGE)
                .withYear(year)
                .withStatus(ItemStatus.REGISTERED)
                .withoutTotal();
        for (int page = 0; ; page++) {
            List<Item> found = items.list(actor, query.withPage(page)).items();
            for (Item item : found) {
                if (item.progress().mergedInto() == null) {
                    suggestions.add(suggestion(actor, item, categories, names));
                }
            }
            if (found.size() < PAGE) {
                break;
            }
        }
        suggestions.sort(java.util.Comparator.comparing(
                        (AssignmentSuggestion s) -> s.item().kind())
                .thenComparingInt(s -> s.item().number()));
        MonthDay replyBy = settings.replyBy();
        return new AssignmentBatch(year, replyBy == null ? null : replyBy.atYear(year), suggestions);
    }

    private AssignmentSuggestion suggestion(
            Actor actor, Item item, CategoryUnits categories, Map<String, String> names) {
        List<SimilarItem> past = similar.of(actor, item.id()).otherYears().stream()
                .filter(s -> s.item().hostUnit() != null)
                .toList();
        Map<Long, List<String>> coUnits =
                store.coUnits(past.stream().map(s -> s.item().id()).toList());
        List<AssignmentAdvisor.HandledItem> handled = past.stream()
                .map(s -> new AssignmentAdvisor.HandledItem(
                        s.item().year(),
                        s.item().hostUnit(),
                        coUnits.getOrDefault(s.item().id(), List.of())))
                .toList();
        AssignmentAdvisor.SheetProposal sheet = store.intake(item.id())
                .map(AssignmentServiceImpl::proposal)
                .orElse(AssignmentAdvisor.SheetProposal.NONE);
        AssignmentAdvisor.Advice advice = AssignmentAdvisor.advise(
                item.category(), sheet, handled, categories, code -> names.getOrDefault(code, code));
        return new AssignmentSuggestion(item, advice.host(), advice.coUnits());
    }

    private static AssignmentAdvisor.SheetProposal proposal(Intake intake) {
        return new AssignmentAdvisor.SheetProposal(intake.proposedHost(), intake.proposedCoUnits());
    }

    private Map<String, String> names() {
        Map<String, String> names = new HashMap<>();
        units.list().forEach(unit -> names.put(unit.code(), unit.name()));
        return names;
    }

    /** The county's category table as its file now says, its problems logged when it (or the units) changed. */
    private CategoryUnits table() {
        Path file = settings.tableFile();
        if (file == null || !Files.exists(file)) {
            return CategoryUnits.none();
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            LOG.error("类别与单位对照表 {} 无法读取 (the category table {} cannot be read): {}", file, file, e.toString());
            return CategoryUnits.none();
        }
        List<Unit> known = units.list();
        Read last = table.get();
        if (last != null && last.lines().equals(lines) && last.units().equals(known)) {
            return last.table();
        }
        CategoryUnits parsed = CategoryUnits.parse(lines, known);
        parsed.problems().forEach(problem -> LOG.warn("类别与单位对照表 {} (category table): {}", file, problem));
        table.set(new Read(lines, known, parsed));
        return parsed;
    }
}
