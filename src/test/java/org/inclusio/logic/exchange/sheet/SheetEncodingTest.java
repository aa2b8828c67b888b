package org.inclusio.logic.exchange.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.inclusio.logic.exchange.sheet.SheetFiles.L10N;
import static org.inclusio.logic.exchange.sheet.SheetFiles.NO_TASK;

import io.ebean.Database;
import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.prefs.Preferences;
import org.inclusio.app.AppServices;
import org.inclusio.logic.exchange.ExchangeException;
import org.inclusio.logic.exchange.Problem;
import org.inclusio.model.Activity;
import org.inclusio.model.Person;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * CSV files as Swedish and Japanese Excel save them by default (Windows-1252 and Shift_JIS, no
 * byte-order mark), their encoding detected and named in plain words; dates as those spreadsheets
 * write them; a file whose encoding cannot be told is refused by name.
 */
class SheetEncodingTest {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final Charset SHIFT_JIS = Charset.forName("windows-31j");

    @TempDir
    Path dir;

    private AppServices services;
    private Database db;
    private Preferences prefs;
    private SheetImportService importer;
    private final SheetReader reader = new SheetReader(L10N);

    @BeforeEach
    void open() {
        services = org.inclusio.testing.TestStores.services(dir.resolve("store"), L10N);
        db = services.store().database();
        prefs = SheetFiles.scratchPreferences();
        importer = new SheetImportService(db, L10N, services.activities(), services.people(), new MappingMemory(prefs));
    }

    @AfterEach
    void close() throws Exception {
        SheetFiles.forget(prefs);
        services.close();
    }

    private Path file(String name, String text, Charset charset) throws Exception {
        return Files.write(dir.resolve(name), text.getBytes(charset));
    }

    @Test
    void swedishExcelCsvInWindows1252IsImportedWithItsLetters() throws Exception {
        Path file = file("träffar.csv", """
                Titel;Datum;Minuter;Typ;Nivå;Plats\r
                Fotvårdsdag för äldre;14.3.2025;90;Co-design workshop;Group;Vårdcentralen i Åre\r
                Samråd med anhöriga – höstens möten;2025-04-01;120;survey;collective;Kulturhuset, Östersund\r
                Språkcafé för föräldrar;3.5.2025;60;design workshop;Group;Biblioteket i Härnösand\r
                """, WINDOWS_1252);
        SheetTable preview = reader.preview(file);
        assertThat(preview.encoding()).isEqualTo(WINDOWS_1252);
        assertThat(reader.encodingName(preview)).isEqualTo("Western European (Windows-1252)");
        assertThat(preview.headers()).contains("Nivå");

        SheetTable table = reader.readAll(file);
        SheetMapping mapping = importer.suggestValues(table, importer.suggest(table, SheetKind.ACTIVITIES)
                .withColumn(TargetField.LEVEL, "Nivå"));
        SheetCheck done = importer.importRows(table, mapping, NO_TASK);
        assertThat(done.problems()).isEmpty();
        List<Activity> stored = db.find(Activity.class).orderBy("heldOn").findList();
        assertThat(stored).extracting(Activity::getTitle).containsExactly("Fotvårdsdag för äldre",
                "Samråd med anhöriga – höstens möten", "Språkcafé för föräldrar");
        assertThat(stored).extracting(Activity::getPlace).containsExactly("Vårdcentralen i Åre",
                "Kulturhuset, Östersund", "Biblioteket i Härnösand");
    }

    @Test
    void japaneseExcelCsvInShiftJisIsImportedWithItsDates() throws Exception {
        Path file = file("workshops.csv", """
                Title,Date,Mode,Level,Place\r
                糖尿病の患者会ワークショップ,2025/3/14,Co-design workshop,Group,札幌市立病院\r
                家族との話し合い,2025年4月1日,survey,collective,旭川の市民会館\r
                高齢者のための健康相談,2025/5/3 13:30,design workshop,Individual,函館の地域包括支援センター\r
                """, SHIFT_JIS);
        SheetTable table = reader.readAll(file);
        assertThat(table.encoding()).isEqualTo(SHIFT_JIS);
        assertThat(reader.encodingName(table)).isEqualTo("Japanese (Shift_JIS)");

        SheetMapping mapping = importer.suggestValues(table, importer.suggest(table, SheetKind.ACTIVITIES));
        SheetCheck done = importer.importRows(table, mapping, NO_TASK);
        assertThat(done.problems()).isEmpty();
        List<Activity> stored = db.find(Activity.class).orderBy("heldOn").findList();
        assertThat(stored).extracting(Activity::getTitle).containsExactly("糖尿病の患者会ワークショップ",
                "家族との話し合い", "高齢者のための健康相談");
        assertThat(stored).extracting(Activity::getHeldOn).containsExactly(LocalDate.of(2025, 3, 14),
                LocalDate.of(2025, 4, 1), LocalDate.of(2025, 5, 3));
    }

    @Test
    void japaneseCodesInAShortFileAreReadAsShiftJisForAJapaneseUser() throws Exception {
        Path file = file("people.csv", "Code,Role\r\n山田,patient\r\n", SHIFT_JIS);
        SheetTable table = new SheetReader(new org.inclusio.logic.i18n.Localization(Locale.JAPAN)).readAll(file);
        assertThat(table.encoding()).isEqualTo(SHIFT_JIS);
        assertThat(table.rows().get(0).cells()).containsExactly("山田", "patient");

        SheetMapping mapping = importer.suggestValues(table, importer.suggest(table, SheetKind.PEOPLE));
        assertThat(importer.importRows(table, mapping, NO_TASK).problems()).isEmpty();
        assertThat(db.find(Person.class).findList()).extracting(Person::getCode).containsExactly("山田");
    }

    @Test
    void theImportCommandSaysWhichEncodingItReadAndImports() throws Exception {
        // the command line is given the store's folder
        org.junit.jupiter.api.Assumptions.assumeFalse(org.inclusio.testing.TestServer.storesOnServer());
        Path store = dir.resolve("cli-store");
        org.inclusio.testing.TestStores.services(store, L10N).close();
        Path file = file("möten.csv", """
                Titel;Datum;Typ;Level\r
                Fotvårdsdag för äldre;14.3.2025;Co-design workshop;Group\r
                Samråd med anhöriga;2025-04-01;survey;collective\r
                """, WINDOWS_1252);
        java.io.StringWriter out = new java.io.StringWriter();
        java.io.StringWriter err = new java.io.StringWriter();
        picocli.CommandLine commandLine = org.inclusio.app.cli.InclusioCommand.commandLine();
        commandLine.setOut(new java.io.PrintWriter(out));
        commandLine.setErr(new java.io.PrintWriter(err));
        int status = commandLine.execute(org.inclusio.testing.TestStores.withPassphrase("--store", store.toString(),
                "import", "--kind", "activities", file.toString()));

        assertThat(status).as(out + " " + err).isZero();
        assertThat(out.toString()).contains("Read möten.csv as Western European (Windows-1252).")
                .contains("Imported 2 activities");
    }

    @Test
    void aValidUtf8FileStaysUtf8() throws Exception {
        Path file = file("utf8.csv", "Title;Date\nFotvårdsdag;14.3.2025\n糖尿病;2025/3/14\n", StandardCharsets.UTF_8);
        SheetTable table = reader.readAll(file);
        assertThat(table.encoding()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(reader.encodingName(table)).isEqualTo("Unicode (UTF-8)");
        assertThat(table.rows().get(1).cells()).containsExactly("糖尿病", "2025/3/14");
    }

    @Test
    void excelsUnicodeTextWithItsByteOrderMarkIsReadAsUtf16() throws Exception {
        Path file = file("unicode.csv", "\uFEFFTitle\tPlace\r\nFotvårdsdag\t札幌市立病院\r\n", StandardCharsets.UTF_16LE);
        SheetTable table = reader.readAll(file);
        assertThat(table.encoding()).isEqualTo(StandardCharsets.UTF_16LE);
        assertThat(reader.encodingName(table)).isEqualTo("Unicode (UTF-16)");
        assertThat(table.headers()).containsExactly("Title", "Place");
        assertThat(table.rows().get(0).cells()).containsExactly("Fotvårdsdag", "札幌市立病院");
    }

    @Test
    void aFileMarkedUtf8ButBrokenIsRefusedNamingTheByteAndLine() throws Exception {
        byte[] head = "\uFEFFCode,Role\nA1,patient\nG".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = java.util.Arrays.copyOf(head, head.length + 12);
        bytes[head.length] = (byte) 0xF6;
        System.arraycopy("ran,patient\n".getBytes(StandardCharsets.US_ASCII), 0, bytes, head.length + 1, 11);
        Path file = Files.write(dir.resolve("marked.csv"), bytes);
        assertThatThrownBy(() -> reader.readAll(file)).isInstanceOf(ExchangeException.class)
                .hasMessage("In marked.csv: the file is not in UTF-8 encoding (byte 26, line 3). "
                        + "Save it as \"CSV UTF-8\" and try again.");
    }

    @Test
    void aFileWhoseEncodingCannotBeToldIsRefusedByName() throws Exception {
        byte[] noise = new byte[4096];
        new Random(42).nextBytes(noise);
        Path file = Files.write(dir.resolve("noise.csv"), noise);
        assertThatThrownBy(() -> reader.preview(file)).isInstanceOf(ExchangeException.class)
                .hasMessage("In noise.csv: the file is not in UTF-8, and which character encoding it is in cannot be "
                        + "told from its content. Save it as \"CSV UTF-8\" and try again.")
                .extracting(e -> ((ExchangeException) e).problem()).isEqualTo(Problem.ENCODING);
    }

    @Test
    void theDetectorSeesOnlyTheLinesWithLettersBeyondAscii() throws Exception {
        StringBuilder text = new StringBuilder("Title;Place\n");
        for (int i = 0; i < 20_000; i++) {
            text.append("Workshop ").append(i).append(";Room ").append(i % 7).append('\n');
        }
        text.append("Fotvårdsdag för äldre;Vårdcentralen i Åre\n");
        byte[] bytes = text.toString().getBytes(WINDOWS_1252);
        assertThat(TextEncoding.detect(new ByteArrayInputStream(bytes), Locale.UK)).contains(WINDOWS_1252);
    }

    @Test
    void datesAsSpreadsheetsWriteThem() {
        LocalDate day = LocalDate.of(2025, 3, 14);
        for (String text : List.of("2025-03-14", "2025-3-14", "2025/3/14", "2025/03/14", "2025年3月14日", "14.3.2025",
                "14/03/2025", "2025-03-14T10:00", "2025/3/14 9:05")) {
            assertThat(CellValues.date(text)).as(text).contains(day);
        }
        for (String text : List.of("2025/2/30", "14.13.2025", "3/14", "a b", "2025/ 3")) {
            assertThat(CellValues.date(text)).as(text).isEmpty();
        }
    }
}
