package org.inclusio.app.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.inclusio.app.AppServices;
import org.inclusio.logic.analysis.AnalysisFilter;
import org.inclusio.logic.analysis.table.AnalysisTable;
import org.inclusio.logic.analysis.table.AnalysisTables;
import org.inclusio.logic.analysis.table.Column;
import org.inclusio.logic.analysis.table.CsvWriter;
import org.inclusio.logic.analysis.table.JsonTableWriter;
import org.inclusio.logic.analysis.table.TextTableWriter;
import org.inclusio.logic.exchange.ExportTarget;
import org.inclusio.logic.exchange.TempFiles;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * What the {@code analyse} subcommands share: open the store, resolve the filter, compute one
 * table and write it in the chosen format to the console or a file.
 */
abstract class AnalysisSubcommand implements Callable<Integer> {

    @ParentCommand
    private AnalyseCommand parent;

    @Spec
    private CommandSpec spec;

    @Mixin
    AnalysisOptions options;

    /** The analysis's name in JSON output, e.g. {@code matrix}. */
    abstract String name();

    /** Computes the table for the filter. */
    abstract AnalysisTable compute(AppServices services, AnalysisTables tables, AnalysisFilter filter);

    @Override
    public Integer call() {
        try (AppServices services = parent.open()) {
            AnalysisFilter filter = options.filter(services.analysis().targets());
            AnalysisTables tables = new AnalysisTables(services.localization(), services.analysis().suppression());
            AnalysisTable table = compute(services, tables, filter);
            Function<Column, String> header = column -> services.localization().text(column.headerKey());
            if (options.output == null) {
                PrintWriter out = spec.commandLine().getOut();
                render(table, header, out);
                out.flush();
            } else {
                write(new TempFiles(services.store().directory()), table, header);
                spec.commandLine().getErr().println(StoreCommand.localization().text("cli.analyse.wrote", table.rows().size(),
                        options.output.toString()));
            }
            return 0;
        }
    }

    /** Writes the table as it goes: a large table is never held a second time as one text. */
    private void render(AnalysisTable table, Function<Column, String> header, Writer out) {
        try {
            switch (options.format) {
                case table -> TextTableWriter.write(table, header, out instanceof PrintWriter print ? print
                        : new PrintWriter(out));
                case csv -> CsvWriter.write(table, header, out);
                case json -> JsonTableWriter.write(name(), table, out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Complete or not at all: a partial file takes the output's place only when written. */
    private void write(TempFiles temporary, AnalysisTable table, Function<Column, String> header) {
        try (ExportTarget target = temporary.beginExport(options.output)) {
            Writer out = new OutputStreamWriter(target.stream(), StandardCharsets.UTF_8);
            try {
                render(table, header, out);
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            out.flush();
            target.commit();
        } catch (IOException e) {
            throw new CommandFailure(StoreCommand.localization().text("cli.file.notWritten", options.output.toString(),
                    String.valueOf(e.getMessage())));
        }
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }
}
