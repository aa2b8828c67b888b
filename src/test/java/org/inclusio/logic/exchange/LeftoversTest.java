package org.inclusio.logic.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.inclusio.logic.exchange.ExchangeStores.L10N;
import static org.inclusio.logic.exchange.ExchangeStores.NO_TASK;
import static org.inclusio.logic.exchange.ExchangeStores.open;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.inclusio.app.AppServices;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What an export leaves on disk: a run killed mid-export leaves only a private, encrypted partial
 * file and encrypted scratch files in the store's own folder, all removed by
 * {@link TempFiles#cleanLeftovers}; a finished or cancelled export leaves nothing. No file written
 * on the way (in the store folder, beside the target, or in the system's temporary folder) holds
 * an identity value in clear text.
 */
class LeftoversTest {

    @TempDir
    static Path dir;

    private static Path store;
    private static List<String> identityValues;

    @BeforeAll
    static void exampleRegion() throws Exception {
        // killed exports and their leftovers belong to a store's folder, in a process of its own
        org.junit.jupiter.api.Assumptions.assumeFalse(org.inclusio.testing.TestServer.storesOnServer());
        store = dir.resolve("store");
        try (AppServices services = open(store)) {
            services.exampleRegion().load(null);
            // identities for everyone, with long addresses: enough rows for the sheet's scratch file to fill
            services.store().database().sqlUpdate("insert into person_identity (id, person_id, full_name, email,"
                    + " postal_address, version, when_created, when_modified) select random_uuid(), p.id,"
                    + " 'Leftover Testperson ' || p.code, lower(p.code) || '.leftover@example.invalid',"
                    + " repeat('Long Street 12, 111 22 Sampletown; ', 12), 1, current_timestamp, current_timestamp"
                    + " from person p where not exists (select 1 from person_identity i where i.person_id = p.id)")
                    .execute();
            identityValues = new ArrayList<>();
            services.store().database().sqlQuery("select full_name, email from person_identity").findList()
                    .forEach(row -> {
                        identityValues.add(row.getString("full_name"));
                        identityValues.add(row.getString("email"));
                    });
            assertThat(identityValues).hasSizeGreaterThan(200);
        }
    }

    @Test
    void aKilledEncryptedExportLeavesAPrivatePartFileThatTheNextStartRemoves() throws Exception {
        Path out = Files.createDirectories(dir.resolve("out-interchange"));
        Path childTemp = Files.createDirectories(dir.resolve("child-tmp-interchange"));
        Path target = out.resolve("region.json.gpg");

        killDuringExport(target, childTemp, "interchange");

        Path part = out.resolve("region.json.gpg.part");
        assertThat(part).exists();
        assertThat(target).doesNotExist();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(part))).isEqualTo("rw-------");
        assertThat(EncryptedContainer.isEncrypted(part)).isTrue();
        assertThat(journal()).hasSize(1);
        assertNoIdentityInClearText(store, out, childTemp);

        assertThat(TempFiles.cleanLeftovers(store)).isPositive();

        assertThat(part).doesNotExist();
        assertThat(journal()).isEmpty();
        assertThat(TempFiles.cleanLeftovers(store)).isZero();
    }

    @Test
    void aKilledSpreadsheetExportLeavesOnlyEncryptedScratchFilesInTheStoresFolder() throws Exception {
        Path out = Files.createDirectories(dir.resolve("out-register"));
        Path childTemp = Files.createDirectories(dir.resolve("child-tmp-register"));
        Path target = out.resolve("identities.xlsx");

        killDuringExport(target, childTemp, "register");

        Path part = out.resolve("identities.xlsx.part");
        assertThat(part).exists();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(part))).isEqualTo("rw-------");
        Path folder = store.resolve(TempFiles.FOLDER);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder))).isEqualTo("rwx------");
        List<Path> scratch = filesUnder(folder).stream()
                .filter(file -> !file.getParent().getFileName().toString().equals(TempFiles.JOURNAL)).toList();
        assertThat(scratch).as("the sheet's scratch files are in the store's folder").isNotEmpty();
        for (Path file : scratch) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        }
        assertThat(filesUnder(childTemp)).as("nothing in the system's temporary folder").isEmpty();
        assertNoIdentityInClearText(store, out, childTemp);

        TempFiles.cleanLeftovers(store);

        assertThat(part).doesNotExist();
        assertThat(filesUnder(folder)).isEmpty();
    }

    @Test
    void aFinishedExportLeavesOnlyItsPrivateFile() throws Exception {
        Path out = Files.createDirectories(dir.resolve("out-finished"));
        TempFiles temporary = new TempFiles(store);
        try (AppServices services = open(store)) {
            Path json = out.resolve("region.json.gpg");
            try (ExportTarget export = temporary.beginExport(json)) {
                assertThat(journal()).hasSize(1);
                services.interchangeExporter().export(Selection.all(), new ExportOptions(true, null,
                        "a passphrase for the test".toCharArray(), null), export.stream(), NO_TASK);
                export.commit();
            }
            Path xlsx = out.resolve("identities.xlsx");
            try (ExportTarget export = temporary.beginExport(xlsx)) {
                new TableExporter(services.store().database(), temporary).exportRegister(RecordKind.PERSON_IDENTITY,
                        true, TableFormat.XLSX, export.stream(), NO_TASK);
                export.commit();
            }
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(json))).isEqualTo("rw-------");
            assertThat(EncryptedContainer.isEncrypted(json)).isTrue();
            assertThat(xlsx).isNotEmptyFile();
        }
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.map(file -> file.getFileName().toString()))
                    .containsExactlyInAnyOrder("region.json.gpg", "identities.xlsx");
        }
        assertThat(filesUnder(store.resolve(TempFiles.FOLDER))).isEmpty();
    }

    @Test
    void aFailedOrCancelledExportRemovesItsPartFileAndJournalEntry() throws Exception {
        Path target = Files.createDirectories(dir.resolve("out-failed")).resolve("failed.json");
        Path part;
        try (ExportTarget export = new TempFiles(store).beginExport(target)) {
            part = export.partialFile();
            export.stream().write("{\"format\"".getBytes(StandardCharsets.UTF_8));
            assertThat(part).exists();
        }
        assertThat(part).doesNotExist();
        assertThat(target).doesNotExist();
        assertThat(journal()).isEmpty();
    }

    @Test
    void aJournalEntryNamingAnythingButAPartFileIsIgnored() throws Exception {
        Path precious = Files.writeString(dir.resolve("precious.json"), "{}");
        Path journal = TempFiles.privateFolder(store.resolve(TempFiles.FOLDER).resolve(TempFiles.JOURNAL));
        Files.writeString(journal.resolve("forged"), precious.toString());
        Files.writeString(journal.resolve("relative"), "somewhere.json.part");

        TempFiles.cleanLeftovers(store);

        assertThat(precious).exists();
        assertThat(journal()).isEmpty();
        assertThat(TempFiles.cleanLeftovers(dir.resolve("no-such-store"))).isZero();
    }

    /** Starts the export in a child JVM, waits until it is writing, and kills it. */
    private void killDuringExport(Path target, Path childTemp, String mode) throws Exception {
        Path passphrase = Files.writeString(dir.resolve("passphrase-" + mode), "a passphrase for the test\n");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-Djava.io.tmpdir=" + childTemp, "-cp", System.getProperty("java.class.path"),
                KilledExportMain.class.getName(), store.toString(), target.toString(), passphrase.toString(), mode));
        Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
            CompletableFuture<List<String>> writing = CompletableFuture.supplyAsync(() -> {
                List<String> seen = new ArrayList<>();
                try {
                    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                        seen.add(line);
                        if (line.equals(KilledExportMain.WRITING)) {
                            return seen;
                        }
                    }
                } catch (IOException e) {
                    seen.add(e.toString());
                }
                return seen;
            });
            List<String> output = writing.get(5, TimeUnit.MINUTES);
            assertThat(output).as("the child reached the middle of the export").endsWith(KilledExportMain.WRITING);
        } finally {
            child.destroyForcibly();
            child.waitFor(2, TimeUnit.MINUTES);
        }
        assertThat(child.isAlive()).isFalse();
    }

    private static List<Path> journal() throws IOException {
        return filesUnder(store.resolve(TempFiles.FOLDER).resolve(TempFiles.JOURNAL));
    }

    private static List<Path> filesUnder(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).toList();
        }
    }

    /**
     * Every file in these folders, byte for byte, holds none of the identity values. The store's
     * database file itself is left out: encrypting the store is not the export's concern.
     */
    private static void assertNoIdentityInClearText(Path... folders) throws IOException {
        int searched = 0;
        for (Path folder : folders) {
            for (Path file : filesUnder(folder)) {
                if (file.getFileName().toString().endsWith(".mv.db")) {
                    continue;
                }
                String bytes = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
                String utf8 = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
                for (String value : identityValues) {
                    assertThat(bytes.contains(value) || utf8.contains(value))
                            .as("%s holds an identity value in clear text", folder.relativize(file)).isFalse();
                }
                searched++;
            }
        }
        assertThat(searched).isPositive();
    }
}
