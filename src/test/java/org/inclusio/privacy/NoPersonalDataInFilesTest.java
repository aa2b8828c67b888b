package org.inclusio.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.inclusio.app.cli.InclusioCommand;
import org.inclusio.persistence.Store;
import org.inclusio.testing.TestStores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Runs what a user does with the command line (the example region, an export, an import into a second store,
 * a backup) and then searches every file the program wrote, in the stores' folders, the export folder and the
 * system's temporary folder, for the names and contact details of the example's people and for the codes of
 * people with declared group memberships. None may be readable in any of them.
 */
class NoPersonalDataInFilesTest {

    @TempDir
    Path directory;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine commandLine = InclusioCommand.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(TestStores.withPassphrase(args));
    }

    @Test
    void noIdentityOrMemberCodeIsReadableInAnyFileTheProgramWrote() throws IOException {
        Instant started = Instant.now().minusSeconds(1);
        Path office = directory.resolve("office");
        Path laptop = directory.resolve("laptop");
        assertThat(run("--store", office.toString(), "demo")).as(err.toString()).isZero();
        assertThat(run("--store", office.toString(), "export", directory.resolve("region.json").toString()))
                .as(err.toString()).isZero();
        assertThat(run("--store", laptop.toString(), "init")).as(err.toString()).isZero();
        assertThat(run("--store", laptop.toString(), "import", directory.resolve("region.json").toString()))
                .as(err.toString()).isZero();
        assertThat(run("--store", office.toString(), "backup")).as(err.toString()).isZero();
        assertThat(run("--store", office.toString(), "analyse", "representation", "--format", "csv")).isZero();

        Set<String> identities = identities(office);
        Set<String> memberCodes = memberCodes(office);
        assertThat(identities).hasSizeGreaterThan(10);
        assertThat(memberCodes).hasSizeGreaterThan(10);
        Path pseudonymousExport = directory.resolve("region.json");

        List<Path> written = new ArrayList<>(filesUnder(directory));
        try (Stream<Path> temporary = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            for (Path path : temporary.toList()) {
                if (!path.startsWith(directory) && Files.isRegularFile(path)
                        && Files.getLastModifiedTime(path).compareTo(FileTime.from(started)) > 0) {
                    written.add(path);
                }
            }
        }
        assertThat(written).hasSizeGreaterThan(5);
        for (Path file : written) {
            String text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
            String utf8 = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
            String where = file.startsWith(directory) ? directory.relativize(file).toString() : file.toString();
            for (String identity : identities) {
                assertThat(text.contains(identity) || utf8.contains(identity))
                        .as("a name or contact detail readable in " + where).isFalse();
            }
            // the pseudonymous export carries codes by design; nothing else may
            if (!file.equals(pseudonymousExport)) {
                for (String code : memberCodes) {
                    assertThat(text.contains(code) || utf8.contains(code))
                            .as("the code of a person with group memberships readable in " + where).isFalse();
                }
            }
        }
        for (String identity : identities) {
            assertThat(out.toString() + err.toString()).doesNotContain(identity);
        }
    }

    /** Names and e-mail addresses of the example's people. */
    private static Set<String> identities(Path store) {
        return values(store, "select full_name from person_identity where full_name is not null",
                "select email from person_identity where email is not null");
    }

    /** Codes of people with declared group memberships (special-category data once tied to a name). */
    private static Set<String> memberCodes(Path store) {
        return values(store, "select p.code from person p where exists (select 1 from group_membership m "
                + "where m.person_id = p.id)");
    }

    private static Set<String> values(Path store, String... queries) {
        Set<String> values = new LinkedHashSet<>();
        try (Store opened = TestStores.open(store)) {
            for (String query : queries) {
                values.addAll(opened.database().sqlQuery(query).mapToScalar(String.class).findList());
            }
        }
        values.removeIf(value -> value == null || value.length() < 5);
        return values;
    }

    private static List<Path> filesUnder(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
