package org.inclusio.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The import and export commands, run as a region's script would run them. */
class ExchangeCommandsTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void exportThenImportIntoAnotherStore() throws Exception {
        assertThat(run("--store", dir.resolve("a").toString(), "demo")).isZero();
        Path file = dir.resolve("region.json");

        assertThat(run("--store", dir.resolve("a").toString(), "export", file.toString())).isZero();
        assertThat(Files.readString(file)).doesNotContain("fullName");
        assertThat(out.toString()).contains("activities", "120");

        assertThat(run("--store", dir.resolve("b").toString(), "init")).isZero();
        assertThat(run("--store", dir.resolve("b").toString(), "import", "--dry-run", file.toString())).isZero();
        assertThat(out.toString()).contains("Dry run of");
        assertThat(run("--store", dir.resolve("b").toString(), "import", file.toString())).isZero();
        assertThat(out.toString()).containsPattern("activities\\s+120\\s+0\\s+0\\s+0\\s+0");

        out.getBuffer().setLength(0);
        assertThat(run("--store", dir.resolve("b").toString(), "exchanges")).isZero();
        String received = out.toString();
        // the dry run left no trace: one file received, from store a, holding the whole region
        assertThat(received.split("Received", -1)).hasSize(2);
        assertThat(received).contains("The whole store", "120 activities").doesNotContain("Sent");
        out.getBuffer().setLength(0);
        assertThat(run("--store", dir.resolve("a").toString(), "exchanges")).isZero();
        String sent = out.toString();
        assertThat(sent).contains("Sent", "The whole store", "120 activities").doesNotContain("Received");
        String storeA = sent.lines().findFirst().orElseThrow().replaceAll(".*: ", "");
        assertThat(storeA).hasSize(8);
        assertThat(received).contains("From store: " + storeA);
    }

    @Test
    void aStoreThatNeverExchangedSaysSo() {
        assertThat(run("--store", dir.resolve("never").toString(), "init")).isZero();
        out.getBuffer().setLength(0);
        assertThat(run("--store", dir.resolve("never").toString(), "exchanges")).isZero();
        assertThat(out.toString().strip()).isEqualTo("No file has been sent or received yet.");
    }

    @Test
    void aRegisterGoesToCsvAndIdentitiesNeedToBeAskedFor() throws Exception {
        assertThat(run("--store", dir.resolve("d").toString(), "demo")).isZero();
        Path csv = dir.resolve("activities.csv");

        assertThat(run("--store", dir.resolve("d").toString(), "export", "--register", "activities", csv.toString())).isZero();
        assertThat(Files.readAllLines(csv)).hasSize(121);
        assertThat(run("--store", dir.resolve("d").toString(), "export", "--register", "personIdentities",
                dir.resolve("names.csv").toString())).isEqualTo(1);
        assertThat(err.toString()).contains("add --include-identities");
        assertThat(dir.resolve("names.csv")).doesNotExist();

        // with identities asked for, the register leaves the program only encrypted
        Path passphrase = Files.writeString(dir.resolve("names-passphrase.txt"), "a passphrase for the names");
        Path names = dir.resolve("names.csv.gpg");
        assertThat(run("--store", dir.resolve("d").toString(), "export", "--register", "personIdentities",
                "--include-identities", "--file-passphrase-file", passphrase.toString(), names.toString())).isZero();
        assertThat(org.inclusio.logic.exchange.EncryptedContainer.isEncrypted(names)).isTrue();
        try (org.inclusio.persistence.Store store = org.inclusio.testing.TestStores.open(dir.resolve("d"))) {
            String someName = store.database().sqlQuery("select full_name from person_identity where full_name is not null")
                    .setMaxRows(1).mapToScalar(String.class).findOne();
            assertThat(new String(Files.readAllBytes(names), java.nio.charset.StandardCharsets.ISO_8859_1))
                    .doesNotContain(someName);
        }
    }

    @Test
    void aBadFileFailsWithItsMessageAndTheStatusOfAFileWithProblems() throws Exception {
        Path file = Files.writeString(dir.resolve("bad.json"), "{\"format\": \"inclusio-exchange\", \"formatVersion\": 7}");

        assertThat(run("--store", dir.resolve("c").toString(), "init")).isZero();
        int status = run("--store", dir.resolve("c").toString(), "import", file.toString());

        assertThat(status).isEqualTo(ExitStatus.FILE_PROBLEMS.code()).isEqualTo(8);
        assertThat(err.toString()).contains("In bad.json at $, field formatVersion: the format version is 7")
                .contains("Nothing was imported.");
    }

    @Test
    void aSpreadsheetOfPeopleIsCheckedThenImportedWithMappingsFromTheCommandLine() throws Exception {
        String store = dir.resolve("s").toString();
        assertThat(run("--store", store, "init")).isZero();
        Path messy = Files.writeString(dir.resolve("people.csv"), "\uFEFFKod;Kind;Recruited\nX1;kin;open call\n"
                + "X2;patient;nominated\nX1;patient;\n");
        assertThat(run("--store", store, "import", "--kind", "people", "--map", "role=Kind", "--dry-run",
                messy.toString())).isEqualTo(8);
        assertThat(out.toString()).contains("Row 4, column Kod: the code X1 is also in row 2.")
                .contains("nothing was imported");

        Path clean = Files.writeString(dir.resolve("clean.csv"), "Kod;Kind;Recruited\nX1;kin;open call\n"
                + "X2;patient;nominated\n");
        assertThat(run("--store", store, "import", "--kind", "people", "--map", "role=Kind", "--values",
                "role:\"kin\"=RELATIVE", clean.toString())).isZero();
        assertThat(out.toString()).contains("Imported 2 people from");
        try (org.inclusio.app.AppServices services = org.inclusio.testing.TestStores.services(dir.resolve("s"),
                new org.inclusio.logic.i18n.Localization(java.util.Locale.UK))) {
            assertThat(services.store().database().find(org.inclusio.model.Person.class).where()
                    .eq("role", org.inclusio.model.PersonRole.RELATIVE).findCount()).isEqualTo(1);
        }
        assertThat(run("--store", store, "import", "--map", "role=Kind", clean.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("--kind activities or --kind people");
    }

    @Test
    void anExportWithIdentitiesIsEncryptedAndImportsWithItsPassphrase() throws Exception {
        String a = dir.resolve("ea").toString();
        String b = dir.resolve("eb").toString();
        assertThat(run("--store", a, "demo")).isZero();
        Path file = dir.resolve("people.json.gpg");
        Path passphrase = Files.writeString(dir.resolve("passphrase.txt"), "a long enough passphrase\n");
        Path wrong = Files.writeString(dir.resolve("wrong.txt"), "not the right passphrase\r\n");
        Path shortOne = Files.writeString(dir.resolve("short.txt"), "too short\n");

        assertThat(run("--store", a, "export", "--include-identities", "--file-passphrase-file", shortOne.toString(),
                file.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("The passphrase must have at least 12 characters.");
        assertThat(file).doesNotExist();
        assertThat(dir.resolve("people.json.gpg.part")).doesNotExist();

        assertThat(run("--store", a, "export", "--include-identities", "--file-passphrase-file", passphrase.toString(),
                file.toString())).isZero();
        assertThat(out.toString()).contains("encrypted with the passphrase");
        assertThat(org.inclusio.logic.exchange.EncryptedContainer.isEncrypted(file)).isTrue();
        assertThat(new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.ISO_8859_1))
                .doesNotContain("example.invalid");

        assertThat(run("--store", b, "init")).isZero();
        assertThat(run("--store", b, "import", "--file-passphrase-file", wrong.toString(), file.toString()))
                .isEqualTo(6);
        assertThat(err.toString()).contains("The passphrase does not open people.json.gpg.").doesNotContain("Exception");

        assertThat(run("--store", b, "import", "--dry-run", "--file-passphrase-file", passphrase.toString(),
                file.toString())).isZero();
        assertThat(out.toString()).contains("Dry run of");
        assertThat(run("--store", b, "import", "--file-passphrase-file", passphrase.toString(), file.toString()))
                .isZero();
        assertThat(out.toString()).containsPattern("personIdentities\\s+\\d+\\s+0\\s+0\\s+0\\s+0");
    }

    @Test
    void withoutAPassphraseAndWithoutATerminalTheCommandStopsAtOnce() throws Exception {
        String store = dir.resolve("np").toString();
        assertThat(run("--store", store, "demo")).isZero();
        Path file = dir.resolve("np.json.gpg");

        assertThat(run("--store", store, "export", "--include-identities", file.toString())).isEqualTo(6);
        assertThat(err.toString()).contains("needs a passphrase, and there is no terminal to ask on")
                .contains("--file-passphrase-file").contains("INCLUSIO_FILE_PASSPHRASE");
        assertThat(file).doesNotExist();
    }

    @Test
    void thePassphraseCanComeFromTheEnvironmentAndAMissingOneNeverWaits() throws Exception {
        String a = dir.resolve("env-a").toString();
        assertThat(run("--store", a, "demo")).isZero();
        Path file = dir.resolve("env.json.gpg");
        Path passphrase = Files.writeString(dir.resolve("env-passphrase.txt"), "from the environment too");
        assertThat(run("--store", a, "export", "--include-identities", "--file-passphrase-file", passphrase.toString(),
                file.toString())).isZero();

        assertThat(run("--store", dir.resolve("env-b").toString(), "init")).isZero();
        String storePassphrase = org.inclusio.testing.TestStores.passphraseFile().toString();
        Child missing = launch(null, "--passphrase-file", storePassphrase, "--store", dir.resolve("env-b").toString(),
                "import", file.toString());
        assertThat(missing.status()).isEqualTo(6);
        assertThat(missing.output()).contains("needs a passphrase, and there is no terminal to ask on")
                .doesNotContain("Exception");

        Child withEnvironment = launch("from the environment too", "--passphrase-file", storePassphrase,
                "--store", dir.resolve("env-b").toString(),
                "import", file.toString());
        assertThat(withEnvironment.status()).as(withEnvironment.output()).isZero();
        assertThat(withEnvironment.output()).contains("Imported");
    }

    private record Child(int status, String output) {
    }

    /** Runs the program in its own JVM with no standard input and, if given, the passphrase in the environment. */
    private static Child launch(String environmentPassphrase, String... args) throws Exception {
        java.util.List<String> command = new java.util.ArrayList<>(java.util.List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-cp", System.getProperty("java.class.path"), org.inclusio.Launcher.class.getName()));
        command.addAll(java.util.List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        builder.environment().remove(FilePassphraseOptions.ENVIRONMENT_VARIABLE);
        if (environmentPassphrase != null) {
            builder.environment().put(FilePassphraseOptions.ENVIRONMENT_VARIABLE, environmentPassphrase);
        }
        Process process = builder.start();
        java.util.concurrent.CompletableFuture<String> output = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try {
                return new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            } catch (java.io.IOException e) {
                return e.toString();
            }
        });
        boolean ended = process.waitFor(5, java.util.concurrent.TimeUnit.MINUTES);
        if (!ended) {
            process.destroyForcibly();
        }
        assertThat(ended).as("the command ended by itself").isTrue();
        return new Child(process.exitValue(), output.get(1, java.util.concurrent.TimeUnit.MINUTES));
    }

    private int run(String... args) {
        CommandLine commandLine = InclusioCommand.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(org.inclusio.testing.TestStores.withPassphrase(args));
    }
}
