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
                description = "Letters about this activity (its id).")
        UUID activity;

        @ArgGroup(exclusive = false)
        Period period;
    }

    /** A period: both days needed, the team optional. */
    static final class Period {
        @Option(names = "--from", paramLabel = "DATE", required = true, converter = ReportCommand.IsoDate.class,
                description = "First day of the period (YYYY-MM-DD).")
        LocalDate from;

        @Option(names = "--to", paramLabel = "DATE", required = true, converter = ReportCommand.IsoDate.class,
                description = "Last day of the period (YYYY-MM-DD).")
        LocalDate to;

        @Option(names = "--team", paramLabel = "NAME-or-id", description = "Only this process team's activities.")
        String team;
    }

    @ArgGroup(exclusive = true)
    private Addressing addressing;

    /** To each person (the default) or to the group. */
    static final class Addressing {
        @Option(names = "--per-person", description = "One letter to each lay participant who attended (the default).")
        boolean perPerson;

        @Option(names = "--group", description = "One letter to the whole group.")
        boolean group;
    }

    @Option(names = "--with-names", description = "Put each person's name and postal address on their letter. "
            + "Reading them is recorded in the audit trail, and the PDF is then written only encrypted (AES-256) "
            + "with a passphrase of at least 12 characters; see --file-passphrase-file.")
    private boolean withNames;

    @Mixin
    private FilePassphraseOptions passphrases;

    @Option(names = "--contact", paramLabel = "TEXT", description = "Who to contact with questions, as it should "
            + "appear on the letters (for example a name and a telephone number).")
    private String contact;

    @Option(names = "--output", paramLabel = "FILE", required = true, description = "The PDF file to write. An "
            + "existing file is replaced.")
    private Path output;

    @Override
    public Integer call() throws Exception {
        Period period = selection.period;
        if (period != null && period.from.isAfter(period.to)) {
            throw new CommandFailure("--from " + period.from + " is after --to " + period.to + ".", ExitStatus.USAGE);
        }
        boolean perPerson = addressing == null || !addressing.group;
        if (withNames && !perPerson) {
            throw new CommandFailure("--with-names puts names on letters to each person; it cannot be used with "
                    + "--group.", ExitStatus.USAGE);
        }
        Locale locale = runLocale();
        Path folder = output.toAbsolutePath().getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new CommandFailure("Could not write " + output + ": the folder " + folder + " does not exist.");
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
                throw new CommandFailure(new Localization(locale).text(e.messageKey()) + " Nothing was written.");
            } catch (IOException e) {
                throw new CommandFailure("Could not write " + output + ": " + e.getMessage());
            }
            spec.commandLine().getOut().printf(withNames ? "Wrote %d %s to %s, encrypted with the passphrase.%n"
                    : "Wrote %d %s to %s.%n", written, written == 1 ? "letter" : "letters", output);
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
                    .orElseThrow(() -> new CommandFailure("No process team \"" + team + "\" in the store."));
        } catch (IllegalArgumentException ambiguous) {
            throw new CommandFailure("More than one process team matches \"" + team + "\"; give its id.");
        }
    }
}
