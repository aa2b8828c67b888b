package org.inclusio.app.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.inclusio.app.AppServices;
import org.inclusio.logic.exchange.ExportTarget;
import org.inclusio.logic.exchange.TempFiles;
import org.inclusio.logic.report.BoardReportService;
import org.inclusio.logic.report.ReportRequest;
import org.inclusio.logic.report.ReportScope;
import org.inclusio.logic.report.ReportSection;
import org.inclusio.logic.task.BackgroundTask;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code inclusio report}: the board report of the region, an organisation or a team over a period, as
 * a tagged, accessible PDF. The file is written beside the target and takes its place only when complete.
 */
@Command(name = "report", mixinStandardHelpOptions = true)
final class ReportCommand extends StoreCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--from", paramLabel = "DATE", required = true, converter = IsoDate.class, descriptionKey = "cli.option.analysis.from")
    private LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", required = true, converter = IsoDate.class, descriptionKey = "cli.option.analysis.to")
    private LocalDate to;

    @ArgGroup(exclusive = true)
    private Scope scope;

    /** At most one of team and organisation; neither means the whole region. */
    static final class Scope {
        @Option(names = "--team", paramLabel = "NAME-or-id", descriptionKey = "cli.option.analysis.team")
        String team;

        @Option(names = "--organisation", paramLabel = "NAME-or-id", descriptionKey = "cli.option.report.organisation")
        String organisation;
    }

    @Option(names = "--sections", paramLabel = "SECTION", split = ",",
            descriptionKey = "cli.option.report.sections")
    private List<String> sections;

    @Option(names = "--output", paramLabel = "FILE", required = true, descriptionKey = "cli.option.letters.output")
    private Path output;

    /** A day as YYYY-MM-DD, or a plain sentence saying how to write it. */
    static final class IsoDate implements ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            try {
                return LocalDate.parse(value.strip());
            } catch (DateTimeParseException e) {
                throw new TypeConversionException(StoreCommand.localization().text("cli.date.invalid", value));
            }
        }
    }

    @Override
    public Integer call() throws Exception {
        org.inclusio.logic.i18n.Localization l10n = localization();
        if (from.isAfter(to)) {
            throw new CommandFailure(l10n.text("cli.period.reversed", from.toString(), to.toString()), ExitStatus.USAGE);
        }
        // the report is written in the language of the run (--language, INCLUSIO_LANGUAGE, the saved choice)
        Locale locale = runLocale();
        Set<ReportSection> chosen = sections();
        Path folder = output.toAbsolutePath().getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new CommandFailure(l10n.text("cli.file.noFolder", output.toString(), String.valueOf(folder)));
        }
        try (AppServices services = openStore()) {
            BoardReportService reports = services.boardReports();
            ReportRequest request = new ReportRequest(scope(reports), from, to, chosen, locale);
            BackgroundTask<Void> task = BackgroundTask.progressChannel("report");
            task.setProgressListener(new ConsoleProgress(spec.commandLine().getErr()));
            long started = System.nanoTime();
            try (ExportTarget target = new TempFiles(storeDirectory()).beginExport(output)) {
                reports.write(request, target.stream(), task);
                target.commit();
            } catch (IOException e) {
                throw new CommandFailure(l10n.text("cli.file.notWritten", output.toString(), String.valueOf(e.getMessage())));
            }
            spec.commandLine().getOut().println(l10n.text("cli.report.done", output.toString(),
                    (Files.size(output) + 1023) / 1024, (System.nanoTime() - started) / 1e9));
            spec.commandLine().getOut().flush();
            return 0;
        }
    }

    private ReportScope scope(BoardReportService reports) {
        try {
            if (scope != null && scope.team != null) {
                return reports.team(scope.team).orElseThrow(() -> new CommandFailure(localization()
                        .text("cli.target.processTeam.none", scope.team)));
            }
            if (scope != null && scope.organisation != null) {
                return reports.organisation(scope.organisation).orElseThrow(() -> new CommandFailure(
                        localization().text("cli.target.organisation.none", scope.organisation)));
            }
            return ReportScope.region();
        } catch (IllegalArgumentException ambiguous) {
            throw new CommandFailure(scope.team != null
                    ? localization().text("cli.target.processTeam.several", scope.team)
                    : localization().text("cli.target.organisation.several", scope.organisation));
        }
    }

    private Set<ReportSection> sections() {
        if (sections == null || sections.isEmpty()) {
            return ReportSection.all();
        }
        Set<ReportSection> chosen = EnumSet.noneOf(ReportSection.class);
        for (String name : sections) {
            ReportSection section = ReportSection.ofOption(name);
            if (section == null) {
                throw new CommandFailure(localization().text("cli.report.noSection", name.strip(), String.join(", ",
                        ReportSection.all().stream().map(ReportSection::option).toList())), ExitStatus.USAGE);
            }
            chosen.add(section);
        }
        return chosen;
    }
}
