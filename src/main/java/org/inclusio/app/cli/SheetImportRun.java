package org.inclusio.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.inclusio.app.AppServices;
import org.inclusio.logic.exchange.ExchangeException;
import org.inclusio.logic.exchange.sheet.RowProblem;
import org.inclusio.logic.exchange.sheet.SheetCheck;
import org.inclusio.logic.exchange.sheet.SheetImportService;
import org.inclusio.logic.exchange.sheet.SheetKind;
import org.inclusio.logic.exchange.sheet.SheetMapping;
import org.inclusio.logic.exchange.sheet.SheetReader;
import org.inclusio.logic.exchange.sheet.SheetTable;
import org.inclusio.logic.exchange.sheet.TargetField;
import org.inclusio.logic.exchange.sheet.ValueOption;
import org.inclusio.logic.task.TaskContext;

/**
 * The spreadsheet half of {@code inclusio import}: reads the file, starts from the remembered (or
 * suggested) mapping, applies {@code --map} and {@code --values}, and checks or imports, printing
 * every problem by row and column.
 */
final class SheetImportRun {

    private final AppServices services;
    private final PrintWriter out;

    SheetImportRun(AppServices services, PrintWriter out) {
        this.services = services;
        this.out = out;
    }

    /** Returns true when the rows were imported (or, in a dry run, could be). */
    boolean run(Path file, SheetKind kind, List<String> maps, List<String> values, boolean dryRun,
                TaskContext task) throws Exception {
        SheetImportService importer = services.sheetImport();
        SheetTable table;
        SheetReader reader = new SheetReader(services.localization());
        try {
            table = reader.readAll(file);
        } catch (ExchangeException e) {
            throw new CommandFailure(StoreCommand.localization().text("cli.sheet.nothingImported", e.getMessage()));
        }
        if (table.encoding() != null) {
            out.println(StoreCommand.localization().text("cli.sheet.encoding", file.getFileName().toString(),
                    reader.encodingName(table)));
        }
        SheetMapping mapping = importer.suggest(table, kind);
        for (String map : maps) {
            int equals = map.indexOf('=');
            if (equals < 1) {
                throw new CommandFailure(StoreCommand.localization().text("cli.sheet.badMap", map));
            }
            mapping = mapping.withColumn(field(kind, map.substring(0, equals)), map.substring(equals + 1));
        }
        mapping = importer.suggestValues(table, mapping);
        for (String value : values) {
            int colon = value.indexOf(':');
            int equals = value.lastIndexOf('=');
            if (colon < 1 || equals < colon) {
                throw new CommandFailure(StoreCommand.localization().text("cli.sheet.badValues", value));
            }
            TargetField field = field(kind, value.substring(0, colon));
            String source = unquote(value.substring(colon + 1, equals));
            String target = unquote(value.substring(equals + 1));
            mapping = mapping.withValue(field, source, option(importer, field, target));
        }
        SheetCheck check = dryRun ? importer.check(table, mapping, task) : importer.importRows(table, mapping, task);
        if (check.clean()) {
            importer.remember(mapping, table.headers());
        }
        print(file, mapping, check);
        return check.clean();
    }

    private void print(Path file, SheetMapping mapping, SheetCheck check) {
        org.inclusio.logic.i18n.Localization l10n = StoreCommand.localization();
        for (TargetField field : mapping.kind().fields()) {
            out.printf("  %-18s <- %s%n", field.key(), mapping.column(field).orElse(l10n.text("cli.sheet.notMapped")));
        }
        for (RowProblem problem : check.problems()) {
            if (problem.row() == 0) {
                out.println(l10n.text("cli.sheet.mappingProblem", problem.column(), problem.message()));
            } else {
                out.println(l10n.text("cli.sheet.rowProblem", problem.row(), problem.column(), problem.message()));
            }
        }
        if (!check.clean()) {
            out.println(l10n.text("cli.sheet.problems", file.toString(), check.problems().size(), check.rows()));
        } else if (check.dryRun()) {
            out.println(l10n.text("cli.sheet.dryRun", file.toString(), check.rows()));
        } else {
            out.println(l10n.text(mapping.kind() == SheetKind.PEOPLE ? "cli.sheet.importedPeople"
                    : "cli.sheet.importedActivities", check.imported(), file.toString()));
        }
        out.flush();
    }

    private static TargetField field(SheetKind kind, String key) {
        String wanted = key.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        return kind.fields().stream().filter(field -> field.key().equals(wanted)).findFirst()
                .orElseThrow(() -> new CommandFailure(StoreCommand.localization().text("cli.sheet.noField", key,
                        kind.key(), String.join(", ", kind.fields().stream().map(TargetField::key).toList()))));
    }

    private static String option(SheetImportService importer, TargetField field, String target) {
        List<ValueOption> options = importer.options(field);
        Optional<ValueOption> match = options.stream()
                .filter(o -> o.code().equalsIgnoreCase(target) || o.label().equalsIgnoreCase(target)
                        || o.term().equalsIgnoreCase(target)).findFirst();
        return match.map(ValueOption::code).orElseThrow(() -> new CommandFailure(StoreCommand.localization().text(
                "cli.sheet.noValue", target, field.key(), String.join(", ", options.stream().map(o -> field.type()
                        .name().equals("CHOICE") ? o.code() : o.label()).toList()))));
    }

    private static String unquote(String text) {
        String stripped = text.strip();
        if (stripped.length() >= 2 && stripped.startsWith("\"") && stripped.endsWith("\"")) {
            return stripped.substring(1, stripped.length() - 1);
        }
        return stripped;
    }
}
