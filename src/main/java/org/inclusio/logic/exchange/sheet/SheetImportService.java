package org.inclusio.logic.exchange.sheet;

import io.ebean.Database;
import io.ebean.Transaction;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.inclusio.logic.audit.AuditAction;
import org.inclusio.logic.store.VocabularyTexts;
import org.inclusio.logic.audit.AuditTrail;
import org.inclusio.logic.activity.ActivityDraft;
import org.inclusio.logic.activity.ActivityService;
import org.inclusio.logic.common.Choice;
import org.inclusio.logic.common.ChoiceService;
import org.inclusio.logic.edit.ValidationException;
import org.inclusio.logic.i18n.Localization;
import org.inclusio.logic.person.PersonDraft;
import org.inclusio.logic.person.PersonService;
import org.inclusio.logic.task.CancelledException;
import org.inclusio.logic.task.TaskContext;
import org.inclusio.model.Organisation;
import org.inclusio.model.ProcessTeam;

/**
 * Imports activities or people from a spreadsheet the way a region keeps them: suggests (or
 * recalls) which column and which source value means what, checks every row and lists every
 * problem by row and column (dry run), and writes all rows in one transaction through the same
 * services and validators the editors use, or nothing at all.
 */
public final class SheetImportService {

    private final Database db;
    private final Localization l10n;
    private final ActivityService activities;
    private final PersonService people;
    private final MappingMemory memory;
    private final MappingSuggester suggester;
    private final ChoiceService choices;

    public SheetImportService(Database db, Localization l10n, ActivityService activities, PersonService people,
                              MappingMemory memory) {
        this.db = db;
        this.l10n = l10n;
        this.activities = activities;
        this.people = people;
        this.memory = memory;
        this.suggester = new MappingSuggester(l10n);
        this.choices = new ChoiceService(db, new VocabularyTexts(l10n));
    }

    /** What the source values of a field can be mapped to (empty for fields read as they are). */
    public List<ValueOption> options(TargetField field) {
        return switch (field.type()) {
            case CHOICE -> field.choices().stream().map(term -> new ValueOption(((Enum<?>) term).name(),
                    l10n.label(term))).toList();
            case TEAM -> db.find(ProcessTeam.class).orderBy("name").findList().stream()
                    .map(team -> new ValueOption(team.getId().toString(), team.getName())).toList();
            case ORGANISATION -> db.find(Organisation.class).orderBy("name").findList().stream()
                    .map(organisation -> new ValueOption(organisation.getId().toString(), organisation.getName()))
                    .toList();
            case GROUPS -> groupOptions();
            default -> List.of();
        };
    }

    /** The store's active disadvantaged groups, each with its vocabulary code for the suggester. */
    private List<ValueOption> groupOptions() {
        Map<UUID, String> codes = new HashMap<>();
        db.sqlQuery("select id, code from disadvantaged_group where active = true")
                .findEachRow((row, n) -> codes.put(row.getObject(1, UUID.class), row.getString(2)));
        return choices.groups().stream().map(group -> new ValueOption(group.id().toString(), group.label(),
                codes.get(group.id()))).toList();
    }

    /**
     * The distinct non-empty values of the field's column, in order of first appearance; for a
     * column listing several values per cell (groups), the distinct items.
     */
    public List<String> distinctValues(SheetTable table, SheetMapping mapping, TargetField field) {
        int column = mapping.column(field).map(table::column).orElse(-1);
        if (column < 0) {
            return List.of();
        }
        Map<String, String> distinct = new LinkedHashMap<>();
        for (SheetRow row : table.rows()) {
            String cell = row.cell(column);
            List<String> items = field.type().listsValues() ? CellValues.list(cell) : List.of(cell);
            for (String value : items) {
                if (!value.isBlank()) {
                    distinct.putIfAbsent(SheetMapping.normalise(value), value);
                }
            }
        }
        return List.copyOf(distinct.values());
    }

    /**
     * The mapping to start from: the columns remembered for these headers (or suggested from
     * their names), and each distinct value as remembered (or suggested from its words).
     */
    public SheetMapping suggest(SheetTable table, SheetKind kind) {
        Map<TargetField, String> columns = memory.columns(kind, table.headers())
                .orElseGet(() -> suggester.suggestColumns(kind, table.headers()));
        return suggestValues(table, new SheetMapping(kind, columns, Map.of()));
    }

    /** The mapping with every not yet mapped value of the mapped columns remembered or suggested. */
    public SheetMapping suggestValues(SheetTable table, SheetMapping mapping) {
        SheetMapping result = mapping;
        for (TargetField field : mapping.kind().fields()) {
            if (!field.type().mapsValues()) {
                continue;
            }
            List<ValueOption> options = options(field);
            Map<String, String> remembered = memory.values(field);
            for (String value : distinctValues(table, mapping, field)) {
                if (result.value(field, value).isPresent()) {
                    continue;
                }
                String recalled = remembered.get(SheetMapping.normalise(value));
                String code = recalled;
                if (code == null || options.stream().noneMatch(option -> option.code().equals(recalled))) {
                    code = suggester.suggestValue(value, options).map(ValueOption::code).orElse(null);
                }
                if (code != null) {
                    result = result.withValue(field, value, code);
                }
            }
        }
        return result;
    }

    /** Keeps the mapping for the next file of this kind with these headers. */
    public void remember(SheetMapping mapping, List<String> headers) {
        memory.remember(mapping, headers);
    }

    /** Checks every row and lists every problem; writes nothing. */
    public SheetCheck check(SheetTable table, SheetMapping mapping, TaskContext context) throws CancelledException {
        List<RowProblem> problems = new ArrayList<>();
        parse(table, mapping, problems, context);
        return new SheetCheck(mapping.kind(), table.rows().size(), problems, 0, true);
    }

    /**
     * Checks every row and, when nothing is wrong, writes them all in one transaction; with any
     * problem, or when cancelled, nothing is written.
     */
    public SheetCheck importRows(SheetTable table, SheetMapping mapping, TaskContext context)
            throws CancelledException {
        List<RowProblem> problems = new ArrayList<>();
        List<Parsed> rows = parse(table, mapping, problems, context);
        if (!problems.isEmpty()) {
            return new SheetCheck(mapping.kind(), table.rows().size(), problems, 0, false);
        }
        context.updateMessage(l10n.text("sheet.progress.writing"));
        try (Transaction transaction = db.beginTransaction()) {
            AuditTrail audit = new AuditTrail(db);
            audit.markBulk(transaction);
            int done = 0;
            for (Parsed row : rows) {
                context.checkCancelled();
                try {
                    if (row.draft() instanceof ActivityDraft activity) {
                        activities.save(activity);
                    } else {
                        people.save((PersonDraft) row.draft());
                    }
                } catch (ValidationException e) {
                    e.problems().forEach(p -> problems.add(new RowProblem(row.number(),
                            columnName(mapping, RowParser.fieldOf(p.field())), p.message())));
                    return new SheetCheck(mapping.kind(), table.rows().size(), problems, 0, false);
                }
                context.updateProgress(++done, rows.size());
            }
            audit.record(transaction, AuditAction.IMPORT, null, null, "sheet import of " + table.fileName() + ": "
                    + rows.size() + " rows of " + mapping.kind().name().toLowerCase(Locale.ROOT) + " added");
            transaction.commit();
        }
        return new SheetCheck(mapping.kind(), table.rows().size(), List.of(), rows.size(), false);
    }

    private List<Parsed> parse(SheetTable table, SheetMapping mapping, List<RowProblem> problems, TaskContext context)
            throws CancelledException {
        context.updateMessage(l10n.text("sheet.progress.checking"));
        Map<TargetField, Integer> columns = new EnumMap<>(TargetField.class);
        for (TargetField field : mapping.kind().fields()) {
            Optional<String> header = mapping.column(field);
            int column = header.map(table::column).orElse(-1);
            if (header.isPresent() && column < 0) {
                problems.add(new RowProblem(0, header.get(), l10n.text("sheet.problem.noSuchColumn", header.get())));
            } else if (header.isEmpty() && field.required()) {
                String label = l10n.text(field.labelKey());
                problems.add(new RowProblem(0, label, l10n.text("sheet.problem.fieldNotMapped", label)));
            }
            columns.put(field, column);
        }
        if (!problems.isEmpty()) {
            // a field without its column would repeat one problem on every row
            return List.of();
        }
        Set<UUID> activeGroups = mapping.column(TargetField.GROUPS).isEmpty() ? Set.of()
                : choices.groups().stream().map(Choice::id).collect(Collectors.toSet());
        RowParser parser = new RowParser(l10n, mapping, columns, activeGroups);
        List<Parsed> parsed = new ArrayList<>();
        Map<String, Integer> codes = new HashMap<>();
        int done = 0;
        for (SheetRow row : table.rows()) {
            context.checkCancelled();
            parser.parse(row, problems).ifPresent(draft -> parsed.add(new Parsed(row.number(), draft)));
            if (mapping.kind() == SheetKind.PEOPLE && columns.get(TargetField.CODE) >= 0) {
                String code = row.cell(columns.get(TargetField.CODE));
                if (!code.isBlank()) {
                    Integer first = codes.putIfAbsent(code.toLowerCase(Locale.ROOT), row.number());
                    if (first != null) {
                        problems.add(new RowProblem(row.number(), columnName(mapping, TargetField.CODE),
                                l10n.text("sheet.problem.duplicateInFile", code, first)));
                    }
                }
            }
            context.updateProgress(++done, table.rows().size());
        }
        if (!codes.isEmpty()) {
            reportCodesInStore(table, mapping, columns.get(TargetField.CODE), codes, problems);
        }
        problems.sort(java.util.Comparator.comparingInt(RowProblem::row));
        return parsed;
    }

    private void reportCodesInStore(SheetTable table, SheetMapping mapping, int column, Map<String, Integer> codes,
                                    List<RowProblem> problems) {
        List<String> all = new ArrayList<>(codes.keySet());
        java.util.Set<String> taken = new java.util.HashSet<>();
        for (int from = 0; from < all.size(); from += 500) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + 500));
            taken.addAll(db.sqlQuery("select lower(code) from person where lower(code) in (:codes)")
                    .setParameter("codes", chunk).mapToScalar(String.class).findList());
        }
        for (SheetRow row : table.rows()) {
            String code = row.cell(column);
            if (taken.contains(code.toLowerCase(Locale.ROOT))) {
                problems.add(new RowProblem(row.number(), columnName(mapping, TargetField.CODE),
                        l10n.text("sheet.problem.duplicateInStore", code)));
            }
        }
    }

    private String columnName(SheetMapping mapping, TargetField field) {
        if (field == null) {
            return "";
        }
        return mapping.column(field).orElseGet(() -> l10n.text(field.labelKey()));
    }

    private record Parsed(int number, Object draft) {
    }
}
