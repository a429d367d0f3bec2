package org.banli.intake.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.banli.api.Actor;
import org.banli.api.BanliException;
import org.banli.api.Page;
import org.banli.api.RuleViolationException;
import org.banli.api.Text;
import org.banli.api.intake.IntakeFile;
import org.banli.api.intake.IntakePreview;
import org.banli.api.intake.IntakeProblem;
import org.banli.api.intake.IntakeProgress;
import org.banli.api.intake.IntakeRow;
import org.banli.api.intake.IntakeService;
import org.banli.api.intake.IntakeSimilarity;
import org.banli.api.item.Intake;
import org.banli.api.item.Item;
import org.banli.api.item.ItemDraft;
import org.banli.api.item.ItemKind;
import org.banli.api.item.ItemQuery;
import org.banli.api.item.ItemService;
import org.banli.api.item.NumberedDraft;
import org.banli.api.item.Urgency;
import org.banli.api.similarity.SimilarItemsService;
import org.banli.api.unit.Unit;
import org.banli.api.unit.UnitService;
import org.banli.api.user.PasswordReset;
import org.banli.api.user.Person;
import org.banli.api.user.Role;
import org.banli.api.user.UserService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

@Component(service = IntakeService.class)
public class IntakeServiceImpl implements IntakeService {

    private static final Logger LOG = LoggerFactory.getLogger(IntakeServiceImpl.class);
    /** How far down a sheet its header may stand, under a title and notes. */
    static final int HEADER_ROWS = 10;
    /** Names in one cell: 、，, ; or spaces between them. */
    private static final Pattern NAMES = Pattern.compile("[、，,;；\\s]+");

    /** How many rows of a stage between two reports of progress. */
    static final int PROGRESS_EVERY = 100;

    private static final Pattern NUMBER = Pattern.compile("^(?:\\d{4}年)?(?:建议|提案)?第?(\\d{1,6})号?$");
    private static final Pattern DATE =
            Pattern.compile("^(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?$");

    private final ItemService items;
    private final UserService users;
    private final UnitService units;
    private final SimilarItemsService similar;

    @Activate
    public IntakeServiceImpl(
            @Reference ItemService items,
            @Reference UserService users,
            @Reference UnitService units,
            @Reference SimilarItemsService similar) {
        this.items = items;
        this.users = users;
        this.units = units;
        this.similar = similar;
    }

    @Override
    public IntakePreview preview(
            Actor actor, IntakeFile file, ItemKind kind, int year, boolean createSubmitters, IntakeProgress progress) {
        Reading reading = new Reading(actor, kind, year, createSubmitters, progress);
        IntakePreview read = reading.read(SheetReader.read(file.name(), file.content()));
        return new IntakePreview(
                kind,
                year,
                false,
                read.rows(),
                read.problems(),
                similar(actor, read, reading, progress),
                read.newSubmitters(),
                List.of());
    }

    @Override
    public IntakeFile template(ItemKind kind) {
        ItemKind of = kind == null ? ItemKind.SUGGESTION : kind;
        return new IntakeFile(of.chinese() + "导入模板.xlsx", SheetTemplate.of(of));
    }

    /** What the rows to be registered are like: the registered items, and one another (duplicates within the batch). */
    private List<IntakeSimilarity> similar(
            Actor actor, IntakePreview preview, Reading reading, IntakeProgress progress) {
        long started = System.nanoTime();
        List<IntakeRow> compared = preview.rows().stream()
                .filter(r -> r.outcome() != IntakeRow.Outcome.ALREADY_REGISTERED
                        && !r.title().isBlank())
                .toList();
        List<ItemDraft> drafts = compared.stream()
                .map(r -> draft(preview.kind(), preview.year(), r, reading.bodies.get(r.row())))
                .toList();
        List<List<Integer>> among = similar.duplicatesAmong(drafts);
        List<IntakeSimilarity> found = new ArrayList<>();
        for (int i = 0; i < compared.size(); i++) {
            found.add(new IntakeSimilarity(
                    compared.get(i).row(),
                    similar.like(actor, drafts.get(i)),
                    among.get(i).stream().map(j -> compared.get(j).row()).toList()));
            tell(progress, IntakeProgress.Stage.COMPARED, i + 1, compared.size());
        }
        LOG.debug(
                "Similar items of {} rows found in {} ms", compared.size(), (System.nanoTime() - started) / 1_000_000);
        return found;
    }

    /** The office's work, or an administrator's at the console: anyone else is refused before the file is read. */
    private static void mayImport(Actor actor) {
        if (!actor.has(Role.OFFICE) && !actor.has(Role.ADMIN)) {
            throw BanliException.forbidden(Text.of(Text.Code.NOT_ALLOWED, "action", Text.Label.REGISTER_ITEMS));
        }
    }

    @Override
    public IntakePreview confirm(Actor actor, IntakeFile file, ItemKind kind, int year, boolean createSubmitters) {
        Reading reading = new Reading(actor, kind, year, createSubmitters, IntakeProgress.NONE);
        IntakePreview preview = reading.read(SheetReader.read(file.name(), file.content()));
        if (!preview.problems().isEmpty()) {
            List<RuleViolationException.Violation> violations = new ArrayList<>();
            violations.add(new RuleViolationException.Violation(
                    "file",
                    Text.of(
                            Text.Code.INTAKE_PROBLEMS,
                            "count",
                            preview.problems().size())));
            preview.problems()
                    .forEach(p -> violations.add(new RuleViolationException.Violation("row " + p.row(), p.located())));
            throw new RuleViolationException(violations);
        }
        List<PasswordReset> accounts =
                createSubmitters && !preview.newSubmitters().isEmpty()
                        ? users.createSubmitters(actor, kind, year, newSubmitters(preview))
                        : List.of();
        Map<String, String> made = new HashMap<>();
        accounts.forEach(a -> made.put(a.user().displayName(), a.user().username()));
        List<IntakeRow> fresh = preview.rows().stream()
                .filter(r -> r.outcome() == IntakeRow.Outcome.NEW)
                .map(r -> r.submitter() == null && made.containsKey(r.submitterName())
                        ? r.withSubmitter(made.get(r.submitterName()))
                        : r)
                .toList();
        List<NumberedDraft> batch = fresh.stream()
                .map(r -> new NumberedDraft(
                        draft(kind, year, r, reading.bodies.get(r.row())),
                        r.number(),
                        new Intake(
                                r.submittedOn(),
                                blankAsNull(r.delegation()),
                                blankAsNull(r.phone()),
                                r.coSubmitters(),
                                r.proposedHost(),
                                r.proposedCoUnits())))
                .toList();
        List<Item> registered = batch.isEmpty() ? List.of() : items.registerAll(actor, batch);
        Map<Integer, String> labels = new HashMap<>();
        for (int i = 0; i < fresh.size(); i++) {
            labels.put(fresh.get(i).row(), registered.get(i).label());
        }
        LOG.info(
                "{} imported {} {} of {} from {}: {} new, {} registered before",
                actor.username(),
                preview.rows().size(),
                kind,
                year,
                file.name(),
                fresh.size(),
                preview.alreadyRegistered());
        Map<Integer, IntakeRow> byRow = new HashMap<>();
        fresh.forEach(r -> byRow.put(r.row(), r));
        return new IntakePreview(
                kind,
                year,
                true,
                preview.rows().stream()
                        .map(r ->
                                labels.containsKey(r.row()) ? byRow.get(r.row()).registeredAs(labels.get(r.row())) : r)
                        .toList(),
                List.of(),
                List.of(),
                preview.newSubmitters(),
                accounts);
    }

    /** Each new submitter with the telephone of the first row that names them. */
    private static List<UserService.NewSubmitter> newSubmitters(IntakePreview preview) {
        return preview.newSubmitters().stream()
                .map(name -> new UserService.NewSubmitter(
                        name,
                        preview.rows().stream()
                                .filter(r -> name.equals(r.submitterName())
                                        && !r.phone().isBlank())
                                .map(IntakeRow::phone)
                                .findFirst()
                                .orElse(null)))
                .toList();
    }

    /** Every {@link #PROGRESS_EVERY} rows of a stage, and at its end. */
    private static void tell(IntakeProgress progress, IntakeProgress.Stage stage, int done, int total) {
        if (done % PROGRESS_EVERY == 0 || done == total) {
            progress.progressed(stage, done, total);
        }
    }

    private static String blankAsNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    private static ItemDraft draft(ItemKind kind, int year, IntakeRow row, String body) {
        return new ItemDraft(
                kind,
                year,
                row.title(),
                body,
                row.submitter(),
                row.category(),
                row.keyItem(),
                null,
                Urgency.NORMAL,
                row.publicReply());
    }

    /** One reading of a sheet for one office: the people, units and items it is matched against. */
    private final class Reading {
        private final Actor actor;
        private final ItemKind kind;
        private final int year;
        private final boolean createSubmitters;
        private final IntakeProgress progress;
        private final List<IntakeProblem> problems = new ArrayList<>();
        /** The lead submitters named who have no account, in the order of the sheet. */
        private final java.util.Set<String> newSubmitters = new java.util.LinkedHashSet<>();
        /** Each row's text, by its row number: kept out of the preview, which would otherwise carry every body. */
        private final Map<Integer, String> bodies = new HashMap<>();

        Reading(Actor actor, ItemKind kind, int year, boolean createSubmitters, IntakeProgress progress) {
            mayImport(actor);
            if (kind == null) {
                throw RuleViolationException.of("kind", Text.of(Text.Code.KIND_REQUIRED));
            }
            this.actor = actor;
            this.kind = kind;
            this.year = year;
            this.createSubmitters = createSubmitters;
            this.progress = progress;
        }

        /** Where the header is and which column is which; empty, with the problem noted, when there is none. */
        private Optional<Header> header(List<SheetReader.SheetRow> rows) {
            for (int i = 0; i < Math.min(HEADER_ROWS, rows.size()); i++) {
                SheetReader.SheetRow row = rows.get(i);
                Map<IntakeColumn, Integer> one = IntakeColumn.positions(row.cells(), null);
                if (one.containsKey(IntakeColumn.TITLE) && one.size() >= 2) {
                    SheetReader.SheetRow next = i + 1 < rows.size() ? rows.get(i + 1) : null;
                    if (next != null && namesExactly(next) >= 2) {
                        return Optional.of(
                                new Header(IntakeColumn.positions(row.cells(), next.cells()), i + 2, next, row));
                    }
                    return Optional.of(new Header(one, i + 1, row, null));
                }
            }
            problems.add(new IntakeProblem(0, null, Text.of(Text.Code.INTAKE_NO_HEADER, "rows", HEADER_ROWS)));
            return Optional.empty();
        }

        /** How many cells of a row are exactly a column's name: a second header row, not data. */
        private int namesExactly(SheetReader.SheetRow row) {
            return (int) row.cells().stream()
                    .filter(cell -> Arrays.stream(IntakeColumn.values()).anyMatch(c -> c.names.contains(cell.strip())))
                    .count();
        }

        IntakePreview read(List<SheetReader.SheetRow> rows) {
            Optional<Header> header = header(rows);
            List<IntakeRow> read = new ArrayList<>();
            if (header.isPresent()) {
                People people = new People(users.people(actor, Role.SUBMITTER));
                Units known = new Units(units.list());
                Existing existing = new Existing();
                Map<Integer, Integer> numbers = new HashMap<>();
                List<SheetReader.SheetRow> data = rows.subList(header.get().dataFrom(), rows.size());
                progress.progressed(IntakeProgress.Stage.READ, data.size(), data.size());
                for (int i = 0; i < data.size(); i++) {
                    if (!data.get(i).blank()) {
                        read.add(row(data.get(i), header.get(), people, known, existing, numbers));
                    }
                    tell(progress, IntakeProgress.Stage.CHECKED, i + 1, data.size());
                }
                if (read.isEmpty()) {
                    problems.add(new IntakeProblem(0, null, Text.of(Text.Code.INTAKE_NO_ROWS)));
                }
            }
            problems.sort(java.util.Comparator.comparingInt(IntakeProblem::row));
            return new IntakePreview(
                    kind, year, false, read, problems, List.of(), List.copyOf(newSubmitters), List.of());
        }

        private IntakeRow row(
                SheetReader.SheetRow row,
                Header header,
                People people,
                Units known,
                Existing existing,
                Map<Integer, Integer> numbers) {
            int before = problems.size();
            Cells cells = new Cells(row, header);
            Integer number = cells.number();
            if (number != null && numbers.putIfAbsent(number, row.number()) != null) {
                cells.problem(
                        IntakeColumn.NUMBER,
                        Text.of(Text.Code.INTAKE_REPEATED_NUMBER, "number", number, "row", numbers.get(number)));
            }
            String submitterName = cells.text(IntakeColumn.SUBMITTER);
            String submitter = submitterName.isEmpty() ? null : people.match(submitterName, cells);
            String host = cells.unit(IntakeColumn.PROPOSED_HOST, known);
            List<String> coUnits = cells.names(IntakeColumn.PROPOSED_CO_UNITS).stream()
                    .map(name -> known.match(name, cells, IntakeColumn.PROPOSED_CO_UNITS))
                    .filter(java.util.Objects::nonNull)
                    .toList();
            String title = cells.text(IntakeColumn.TITLE);
            bodies.put(row.number(), cells.text(IntakeColumn.BODY));
            ItemDraft draft = new ItemDraft(
                    kind,
                    year,
                    title,
                    cells.text(IntakeColumn.BODY),
                    submitter,
                    cells.text(IntakeColumn.CATEGORY),
                    cells.yesNo(IntakeColumn.KEY_ITEM),
                    null,
                    Urgency.NORMAL,
                    cells.yesNo(IntakeColumn.PUBLIC_REPLY));
            LocalDate submittedOn = cells.date(IntakeColumn.SUBMITTED_ON);
            // The registration's own checks, each under the sheet's column; an unknown submitter is said once, above.
            for (RuleViolationException.Violation violation : items.registrationCheck(actor, draft)) {
                IntakeColumn column = switch (violation.field()) {
                    case "title" -> IntakeColumn.TITLE;
                    case "body" -> IntakeColumn.BODY;
                    case "category" -> IntakeColumn.CATEGORY;
                    case "submitter" -> IntakeColumn.SUBMITTER;
                    default -> null;
                };
                if (column != IntakeColumn.SUBMITTER || (submitter != null || submitterName.isEmpty())) {
                    cells.problem(column, violation.text());
                }
            }
            IntakeRow.Outcome outcome = IntakeRow.Outcome.NEW;
            String registeredAs = null;
            Optional<Item> registered =
                    number != null ? existing.byNumber(number) : existing.byContent(title, submitter);
            if (registered.isPresent()) {
                Item item = registered.get();
                if (item.title().equals(title)) {
                    outcome = IntakeRow.Outcome.ALREADY_REGISTERED;
                    registeredAs = item.label();
                } else {
                    cells.problem(
                            IntakeColumn.NUMBER,
                            Text.of(Text.Code.INTAKE_OTHER_ITEM, "item", item.reference(), "title", item.title()));
                }
            }
            if (problems.size() > before) {
                outcome = IntakeRow.Outcome.REFUSED;
            }
            return new IntakeRow(
                    row.number(),
                    outcome,
                    number,
                    title,
                    submitter,
                    submitterName,
                    cells.names(IntakeColumn.CO_SUBMITTERS),
                    cells.text(IntakeColumn.DELEGATION),
                    draft.category(),
                    cells.text(IntakeColumn.PHONE),
                    host,
                    coUnits,
                    draft.keyItem(),
                    draft.publicReply(),
                    submittedOn,
                    registeredAs);
        }

        /** One row's cells, read by column, each problem noted under the sheet's own header. */
        private final class Cells {
            private final SheetReader.SheetRow row;
            private final Header header;

            Cells(SheetReader.SheetRow row, Header header) {
                this.row = row;
                this.header = header;
            }

            String text(IntakeColumn column) {
                Integer at = header.positions().get(column);
                return at == null ? "" : row.cell(at).strip();
            }

            void problem(IntakeColumn column, Text text) {
                problems.add(new IntakeProblem(row.number(), column == null ? null : header.name(column), text));
            }

            List<String> names(IntakeColumn column) {
                String text = text(column);
                return text.isEmpty() ? List.of() : List.of(NAMES.split(text));
            }

            Integer number() {
                String text = text(IntakeColumn.NUMBER).replace(" ", "");
                if (text.isEmpty()) {
                    return null;
                }
                Matcher m = NUMBER.matcher(text.endsWith(".0") ? text.substring(0, text.length() - 2) : text);
                if (m.matches() && Integer.parseInt(m.group(1)) > 0) {
                    return Integer.valueOf(m.group(1));
                }
                problem(IntakeColumn.NUMBER, Text.of(Text.Code.INTAKE_BAD_NUMBER, "value", text));
                return null;
            }

            boolean yesNo(IntakeColumn column) {
                String text = text(column);
                switch (text.toLowerCase(java.util.Locale.ROOT)) {
                    case "", "否", "不", "不公开", "n", "no", "×", "0":
                        return false;
                    case "是", "公开", "重点", "y", "yes", "√", "✓", "1":
                        return true;
                    default:
                        problem(column, Text.of(Text.Code.INTAKE_BAD_YES_NO, "value", text));
                        return false;
                }
            }

            LocalDate date(IntakeColumn column) {
                String text = text(column);
                if (text.isEmpty()) {
                    return null;
                }
                Matcher m = DATE.matcher(text);
                if (m.matches()) {
                    try {
                        return LocalDate.of(
                                Integer.parseInt(m.group(1)),
                                Integer.parseInt(m.group(2)),
                                Integer.parseInt(m.group(3)));
                    } catch (java.time.DateTimeException notADay) {
                        // 2026-02-30: said below like any other
                    }
                }
                problem(column, Text.of(Text.Code.INTAKE_BAD_DATE, "value", text));
                return null;
            }

            String unit(IntakeColumn column, Units known) {
                String text = text(column);
                return text.isEmpty() ? null : known.match(text, this, column);
            }
        }

        /** The county's submitters by name. */
        private final class People {
            private final Map<String, List<Person>> byName = new HashMap<>();

            People(List<Person> people) {
                for (Person person : people) {
                    byName.computeIfAbsent(person.name().strip(), k -> new ArrayList<>())
                            .add(person);
                }
            }

            String match(String name, Cells cells) {
                List<Person> named = byName.getOrDefault(name, List.of());
                if (named.size() == 1) {
                    return named.get(0).username();
                }
                if (named.isEmpty()) {
                    newSubmitters.add(name);
                    if (createSubmitters) {
                        return null; // made at the confirmation, before the rows are registered
                    }
                }
                cells.problem(
                        IntakeColumn.SUBMITTER,
                        named.isEmpty()
                                ? Text.of(Text.Code.NOT_A_SUBMITTER, "submitter", name)
                                : Text.of(Text.Code.INTAKE_AMBIGUOUS_PERSON, "count", named.size(), "name", name));
                return null;
            }
        }

        /** The county's units by name, with or without the 县 in front that sheets often leave out. */
        private final class Units {
            private final Map<String, String> byName = new HashMap<>();

            Units(List<Unit> units) {
                for (Unit unit : units) {
                    unit.names().forEach(name -> byName.putIfAbsent(name, unit.code()));
                }
            }

            String match(String name, Cells cells, IntakeColumn column) {
                String code = byName.get(name.strip());
                if (code == null) {
                    cells.problem(column, Text.of(Text.Code.INTAKE_UNKNOWN_UNIT, "name", name));
                }
                return code;
            }
        }

        /** The items of this kind and year registered already, by number and by title and submitter. */
        private final class Existing {
            private final Map<Integer, Item> byNumber = new HashMap<>();
            private final Map<String, Item> byContent = new HashMap<>();

            Existing() {
                ItemQuery query =
                        ItemQuery.page(0, 200).withKind(kind).withYear(year).withoutTotal();
                for (int page = 0; ; page++) {
                    Page<Item> found = items.list(actor, query.withPage(page));
                    for (Item item : found.items()) {
                        byNumber.put(item.number(), item);
                        byContent.put(item.title() + "\n" + item.submitter(), item);
                    }
                    if (!found.more()) {
                        break;
                    }
                }
            }

            Optional<Item> byNumber(int number) {
                return Optional.ofNullable(byNumber.get(number));
            }

            Optional<Item> byContent(String title, String submitter) {
                return Optional.ofNullable(byContent.get(title + "\n" + submitter));
            }
        }
    }

    /**
     * The header: each column's position, the first data row's index, and the header cells that name the
     * columns (the lower row of a two-row header, falling back to the upper).
     */
    private record Header(
            Map<IntakeColumn, Integer> positions,
            int dataFrom,
            SheetReader.SheetRow names,
            SheetReader.SheetRow upper) {

        String name(IntakeColumn column) {
            Integer at = positions.get(column);
            if (at == null) {
                return column.names.get(0);
            }
            String named = names.cell(at);
            return named.isBlank() && upper != null ? upper.cell(at) : named;
        }
    }
}
