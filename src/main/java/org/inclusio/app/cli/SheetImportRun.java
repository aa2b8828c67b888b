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
            throw new CommandFailure(e.getMessage() + " Nothing was imported.");
        }
        if (table.encoding() != null) {
            out.printf("Read %s as %s.%n", file.getFileName(), reader.encodingName(table));
        }
        SheetMapping mapping = importer.suggest(table, kind);
        for (String map : maps) {
            int equals = map.indexOf('=');
            if (equals < 1) {
                throw new CommandFailure("--map needs field=Column, not " + map);
            }
            mapping = mapping.withColumn(field(kind, map.substring(0, equals)), map.substring(equals + 1));
        }
        mapping = importer.suggestValues(table, mapping);
        for (String value : values) {
            int colon = value.indexOf(':');
            int equals = value.lastIndexOf('=');
            if (colon < 1 || equals < colon) {
                throw new CommandFailure("--values needs field:source=VALUE, not " + value);
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
        for (TargetField field : mapping.kind().fields()) {
            out.printf("  %-18s <- %s%n", field.key(), mapping.column(field).orElse("(not mapped)"));
        }
        for (RowProblem problem : check.problems()) {
            if (problem.row() == 0) {
                out.printf("Mapping, %s: %s%n", problem.column(), problem.message());
            } else {
                out.printf("Row %d, column %s: %s%n", problem.row(), problem.column(), problem.message());
            }
        }
        if (!check.clean()) {
            out.printf("%s: %,d problems in %,d rows; nothing was imported.%n", file, check.problems().size(),
                    check.rows());
        } else if (check.dryRun()) {
            out.printf("Dry run of %s: all %,d rows can be imported; nothing was changed.%n", file, check.rows());
        } else {
            out.printf("Imported %,d %s from %s.%n", check.imported(), mapping.kind().key(), file);
        }
        out.flush();
    }

    private static TargetField field(SheetKind kind, String key) {
        String wanted = key.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        return kind.fields().stream().filter(field -> field.key().equals(wanted)).findFirst()
                .orElseThrow(() -> new CommandFailure("No field " + key + " in " + kind.key() + "; fields: "
                        + String.join(", ", kind.fields().stream().map(TargetField::key).toList())));
    }

    private static String option(SheetImportService importer, TargetField field, String target) {
        List<ValueOption> options = importer.options(field);
        Optional<ValueOption> match = options.stream()
                .filter(o -> o.code().equalsIgnoreCase(target) || o.label().equalsIgnoreCase(target)
                        || o.term().equalsIgnoreCase(target)).findFirst();
        return match.map(ValueOption::code).orElseThrow(() -> new CommandFailure("No value " + target + " for "
                + field.key() + "; values: " + String.join(", ", options.stream().map(o -> field.type().name()
                .equals("CHOICE") ? o.code() : o.label()).toList())));
    }

    private static String unquote(String text) {
        String stripped = text.strip();
        if (stripped.length() >= 2 && stripped.startsWith("\"") && stripped.endsWith("\"")) {
            return stripped.substring(1, stripped.length() - 1);
        }
        return stripped;
    }
}
