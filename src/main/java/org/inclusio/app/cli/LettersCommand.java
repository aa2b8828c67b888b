package org.inclusio.app.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.inclusio.app.AppServices;
import org.inclusio.logic.exchange.ExportTarget;
import org.inclusio.logic.exchange.TempFiles;
import org.inclusio.logic.i18n.Localization;
import org.inclusio.logic.report.LetterRequest;
import org.inclusio.logic.report.LetterSelection;
import org.inclusio.logic.report.LetterService;
import org.inclusio.logic.report.NoLettersException;
import org.inclusio.logic.report.ReportScope;
import org.inclusio.logic.task.BackgroundTask;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code inclusio letters}: "you said, we did" letters for one activity or a period, to each lay
 * participant or to the whole group, as a PDF in the language of the run. With {@code --with-names} the
 * letters carry names and postal addresses and the PDF is encrypted with a passphrase. The file is written
 * beside the target and takes its place only when complete.
 */
@Command(name = "letters", mixinStandardHelpOptions = true)
final class LettersCommand extends StoreCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @ArgGroup(exclusive = true, multiplicity = "1")
    private Selection selection;

    /** One activity, or a period. */
    static final class Selection {
        @Option(names = "--activity", paramLabel = "ID", required = true,
                descriptionKey = "cli.option.letters.activity")
        UUID activity;

        @ArgGroup(exclusive = false)
        Period period;
    }

    /** A period: both days needed, the team optional. */
    static final class Period {
        @Option(names = "--from", paramLabel = "DATE", required = true, converter = ReportCommand.IsoDate.class,
                descriptionKey = "cli.option.analysis.from")
        LocalDate from;

        @Option(names = "--to", paramLabel = "DATE", required = true, converter = ReportCommand.IsoDate.class,
                descriptionKey = "cli.option.analysis.to")
        LocalDate to;

        @Option(names = "--team", paramLabel = "NAME-or-id", descriptionKey = "cli.option.export.team")
        String team;
    }

    @ArgGroup(exclusive = true)
    private Addressing addressing;

    /** To each person (the default) or to the group. */
    static final class Addressing {
        @Option(names = "--per-person", descriptionKey = "cli.option.letters.perPerson")
        boolean perPerson;

        @Option(names = "--group", descriptionKey = "cli.option.letters.group")
        boolean group;
    }

    @Option(names = "--with-names", descriptionKey = "cli.option.letters.withNames")
    private boolean withNames;

    @Mixin
    private FilePassphraseOptions passphrases;

    @Option(names = "--contact", paramLabel = "TEXT", descriptionKey = "cli.option.letters.contact")
    private String contact;

    @Option(names = "--output", paramLabel = "FILE", required = true, descriptionKey = "cli.option.letters.output")
    private Path output;

    @Override
    public Integer call() throws Exception {
        Period period = selection.period;
        Localization l10n = localization();
        if (period != null && period.from.isAfter(period.to)) {
            throw new CommandFailure(l10n.text("cli.period.reversed", period.from.toString(), period.to.toString()),
                    ExitStatus.USAGE);
        }
        boolean perPerson = addressing == null || !addressing.group;
        if (withNames && !perPerson) {
            throw new CommandFailure(l10n.text("cli.letters.namesWithGroup"), ExitStatus.USAGE);
        }
        Locale locale = runLocale();
        Path folder = output.toAbsolutePath().getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new CommandFailure(l10n.text("cli.file.noFolder", output.toString(), String.valueOf(folder)));
        }
        char[] passphrase = withNames ? passphrases.toProtect(output) : null;
        try (AppServices services = openStore()) {
            LetterService letters = services.letters();
            LetterSelection chosen = period == null ? LetterSelection.activity(selection.activity)
                    : LetterSelection.period(period.from, period.to, team(letters, period.team));
            LetterRequest request = new LetterRequest(chosen, perPerson, withNames, locale, contact);
            BackgroundTask<Void> task = BackgroundTask.progressChannel("letters");
            task.setProgressListener(new ConsoleProgress(spec.commandLine().getErr()));
            int written;
            try (ExportTarget target = new TempFiles(storeDirectory()).beginExport(output)) {
                written = letters.write(request, passphrase, target.stream(), task);
                target.commit();
            } catch (NoLettersException e) {
                throw new CommandFailure(l10n.text("cli.nothingWritten", new Localization(locale).text(e.messageKey())));
            } catch (IOException e) {
                throw new CommandFailure(l10n.text("cli.file.notWritten", output.toString(), String.valueOf(e.getMessage())));
            }
            spec.commandLine().getOut().println(l10n.text(withNames ? "cli.letters.doneEncrypted" : "cli.letters.done",
                    written, output.toString()));
            spec.commandLine().getOut().flush();
            return 0;
        } finally {
            if (passphrase != null) {
                Arrays.fill(passphrase, '\0');
            }
        }
    }

    private static UUID team(LetterService letters, String team) {
        if (team == null) {
            return null;
        }
        try {
            return letters.team(team).map(ReportScope::id)
                    .orElseThrow(() -> new CommandFailure(localization().text("cli.target.processTeam.none", team)));
        } catch (IllegalArgumentException ambiguous) {
            throw new CommandFailure(localization().text("cli.target.processTeam.several", team));
        }
    }
}
