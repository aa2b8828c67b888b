package org.inclusio.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.inclusio.app.AppServices;
import org.inclusio.logic.i18n.Localization;
import org.inclusio.testing.CommandLineRun;
import org.inclusio.testing.TestStores;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** {@code inclusio letters ...} against a store holding the example region. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LettersCommandTest {

    private static final String PASSPHRASE = "a passphrase for the letters";

    @TempDir
    static Path store;

    @TempDir
    static Path out;

    private final String from = LocalDate.now().minusYears(1).toString();
    private final String to = LocalDate.now().toString();
    private UUID activity;

    @BeforeAll
    void loadExampleRegion() throws Exception {
        try (AppServices services = TestStores.services(store, new Localization(Locale.ENGLISH))) {
            services.exampleRegion().load(null);
            // the activity with the most proposals that lay participants attended
            activity = services.store().database().sqlQuery("select a.id from activity a join proposal p"
                            + " on p.activity_id = a.id where a.deleted = false and exists (select 1 from participation x"
                            + " join person s on s.id = x.person_id where x.activity_id = a.id"
                            + " and x.attendance = 'ATTENDED' and s.role <> 'PROFESSIONAL')"
                            + " group by a.id order by count(*) desc, a.id limit 1")
                    .mapToScalar(UUID.class).findOne();
        }
        assertThat(activity).isNotNull();
    }

    private CommandLineRun run(String... arguments) {
        List<String> all = new ArrayList<>(List.of("--store", store.toString(), "letters"));
        all.addAll(List.of(arguments));
        return CommandLineRun.of(TestStores.withPassphrase(all.toArray(String[]::new)));
    }

    private static String text(Path file, String password) throws Exception {
        try (PDDocument document = password == null ? Loader.loadPDF(file.toFile())
                : Loader.loadPDF(file.toFile(), password)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    private Path passphraseFile(String passphrase) throws Exception {
        Path file = Files.createTempFile(out, "passphrase", ".txt");
        Files.writeString(file, passphrase + "\n");
        return file;
    }

    @Test
    void aLetterToTheGroupOfAnActivityIsWrittenWhole() throws Exception {
        Path file = out.resolve("group.pdf");
        CommandLineRun run = run("--activity", activity.toString(), "--group", "--contact", "Anna Berg, 031-123 45",
                "--output", file.toString());

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out().strip()).isEqualTo("Wrote 1 letter to " + file + ".");
        assertThat(Files.list(out).map(Path::getFileName).map(Path::toString).toList())
                .as("no partial file is left beside it").noneMatch(name -> name.endsWith(".part"));
        assertThat(text(file, null)).contains("You said, we did", "Dear participants,", "This letter is about the meeting",
                "Please contact: Anna Berg, 031-123 45");
    }

    @Test
    void lettersToEachPersonOfATeamsPeriodGoByCodeInTheLanguageOfTheRun() throws Exception {
        Path file = out.resolve("sv.pdf");
        CommandLineRun run = run("--from", from, "--to", to, "--team", "Diabetes process team", "--language", "sv",
                "--output", file.toString());

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).containsPattern("Wrote \\d+ letters to ");
        assertThat(text(file, null)).contains("Ni sa, vi gjorde", "Hej deltagare ", "Mötena hölls av processteamet "
                + "Diabetes process team.").doesNotContain("Dear participant");
    }

    @Test
    void lettersWithNamesAreWrittenOnlyEncrypted() throws Exception {
        Path file = out.resolve("named.pdf");
        CommandLineRun run = run("--activity", activity.toString(), "--with-names", "--file-passphrase-file",
                passphraseFile(PASSPHRASE).toString(), "--output", file.toString());

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains("encrypted with the passphrase");
        assertThatThrownBy(() -> Loader.loadPDF(file.toFile()).close()).isInstanceOf(InvalidPasswordException.class);
        assertThat(text(file, PASSPHRASE)).contains("You said, we did", "Dear ");
    }

    @Test
    void aShortPassphraseWritesNothing() throws Exception {
        Path file = out.resolve("short.pdf");
        CommandLineRun run = run("--activity", activity.toString(), "--with-names", "--file-passphrase-file",
                passphraseFile("short").toString(), "--output", file.toString());

        assertThat(run.status()).isEqualTo(ExitStatus.FAILED.code());
        assertThat(run.err()).contains("12").doesNotContain("Exception");
        assertThat(file).doesNotExist();
    }

    @Test
    void namesOnALetterToTheGroupAndAMissingSelectionAreUsageErrors() {
        Path file = out.resolve("usage.pdf");
        CommandLineRun names = run("--activity", activity.toString(), "--group", "--with-names", "--output", file.toString());
        assertThat(names.status()).isEqualTo(ExitStatus.USAGE.code());
        assertThat(names.err()).contains("--with-names").contains("--group");

        CommandLineRun none = run("--output", file.toString());
        assertThat(none.status()).isEqualTo(ExitStatus.USAGE.code());
        assertThat(none.err()).contains("--activity").doesNotContain("\tat ");

        CommandLineRun backwards = run("--from", to, "--to", from, "--output", file.toString());
        assertThat(backwards.status()).isEqualTo(ExitStatus.USAGE.code());
        assertThat(backwards.err()).contains("is after --to");
        assertThat(file).doesNotExist();
    }

    @Test
    void anActivityThatIsNotThereIsNamedAndNothingIsWritten() {
        Path file = out.resolve("missing.pdf");
        CommandLineRun run = run("--activity", UUID.randomUUID().toString(), "--output", file.toString());

        assertThat(run.status()).isEqualTo(ExitStatus.FAILED.code());
        assertThat(run.err().strip()).isEqualTo("This activity is not in the store, or it is in the trash. "
                + "Nothing was written.");
        assertThat(file).doesNotExist();
    }
}
