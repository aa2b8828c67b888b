package org.inclusio.logic.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.inclusio.logic.exchange.ExchangeStores.CLOCK;
import static org.inclusio.logic.exchange.ExchangeStores.L10N;
import static org.inclusio.logic.exchange.ExchangeStores.NO_TASK;
import static org.inclusio.logic.exchange.ExchangeStores.everything;
import static org.inclusio.logic.exchange.ExchangeStores.open;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.bouncycastle.bcpg.BCPGInputStream;
import org.bouncycastle.bcpg.HashAlgorithmTags;
import org.bouncycastle.bcpg.Packet;
import org.bouncycastle.bcpg.PacketTags;
import org.bouncycastle.bcpg.S2K;
import org.bouncycastle.bcpg.SymmetricEncIntegrityPacket;
import org.bouncycastle.bcpg.SymmetricKeyAlgorithmTags;
import org.bouncycastle.bcpg.SymmetricKeyEncSessionPacket;
import org.inclusio.app.AppServices;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An export with identities is written only as the OpenPGP container, reads back with its
 * passphrase into the same data, and is refused with one plain sentence when the passphrase is
 * wrong or missing or the file was altered; GnuPG opens it, and Inclusio opens what GnuPG encrypts.
 */
class EncryptedExportTest {

    private static final char[] PASSPHRASE = "seven blue herons at dawn".toCharArray();

    @TempDir
    static Path dir;

    private static Path encrypted;
    private static String clearJson;
    private static List<String> identityValues;

    @BeforeAll
    static void exportExampleRegionEncrypted() throws Exception {
        try (AppServices source = open(dir.resolve("source"))) {
            source.exampleRegion().load(null);
            clearJson = everything(source);
            identityValues = identityValues(source);
            encrypted = dir.resolve("region.json.gpg");
            try (OutputStream out = Files.newOutputStream(encrypted)) {
                new InterchangeExporter(source.store().database(), L10N, CLOCK).export(Selection.all(),
                        new ExportOptions(true, null, PASSPHRASE.clone(), null), out, NO_TASK);
            }
        }
    }

    /** A sample of names, e-mail addresses and phone numbers of the example region's people. */
    static List<String> identityValues(AppServices store) {
        List<String> values = new ArrayList<>();
        store.store().database().sqlQuery("select full_name, email, phone from person_identity order by id")
                .setMaxRows(40).findList().forEach(row -> {
                    for (String column : List.of("full_name", "email", "phone")) {
                        String value = row.getString(column);
                        if (value != null && value.length() >= 6) {
                            values.add(value);
                        }
                    }
                });
        assertThat(values).hasSizeGreaterThan(20);
        return values;
    }

    @Test
    void theFileIsTheEncryptedContainerWithNoIdentityInClearText() throws Exception {
        byte[] bytes = Files.readAllBytes(encrypted);
        assertThat(EncryptedContainer.isEncrypted(encrypted)).isTrue();
        String asText = new String(bytes, StandardCharsets.ISO_8859_1);
        assertThat(asText).doesNotContain("inclusio-exchange").doesNotContain("fullName");
        for (String value : identityValues) {
            assertThat(asText).doesNotContain(value);
        }
    }

    @Test
    void thePacketsAreAes256WithIteratedSha256S2kAtTheLargestCountAndAnIntegrityCheck() throws Exception {
        try (BCPGInputStream in = new BCPGInputStream(Files.newInputStream(encrypted))) {
            Packet first = in.readPacket();
            assertThat(first).isInstanceOf(SymmetricKeyEncSessionPacket.class);
            SymmetricKeyEncSessionPacket session = (SymmetricKeyEncSessionPacket) first;
            assertThat(session.getVersion()).isEqualTo(SymmetricKeyEncSessionPacket.VERSION_4);
            assertThat(session.getEncAlgorithm()).isEqualTo(SymmetricKeyAlgorithmTags.AES_256);
            S2K s2k = session.getS2K();
            assertThat(s2k.getType()).isEqualTo(S2K.SALTED_AND_ITERATED);
            assertThat(s2k.getHashAlgorithm()).isEqualTo(HashAlgorithmTags.SHA256);
            assertThat(s2k.getIterationCount()).isEqualTo(65_011_712L);
            assertThat(in.nextPacketTag()).isEqualTo(PacketTags.SYM_ENC_INTEGRITY_PRO);
            Packet data = in.readPacket();
            assertThat(((SymmetricEncIntegrityPacket) data).getVersion()).isEqualTo(SymmetricEncIntegrityPacket.VERSION_1);
        }
    }

    @Test
    void withItsPassphraseItReadsBackIntoTheSameDataFieldForField() throws Exception {
        try (AppServices target = open(dir.resolve("target"))) {
            InterchangeImporter importer = new InterchangeImporter(target.store().database(), L10N);
            ImportSummary dryRun = importer.importFile(encrypted, PASSPHRASE.clone(), ImportOptions.dryRunOnly(), NO_TASK);
            assertThat(dryRun.dryRun()).isTrue();
            assertThat(target.storeInfo().counts().activities()).isZero();

            ImportSummary summary = importer.importFile(encrypted, PASSPHRASE.clone(), ImportOptions.apply(), NO_TASK);

            assertThat(summary.of(RecordKind.PERSON_IDENTITY).added()).isPositive()
                    .isEqualTo(dryRun.of(RecordKind.PERSON_IDENTITY).added());
            assertThat(everything(target)).isEqualTo(clearJson);
        }
    }

    @Test
    void aWrongOrMissingPassphraseIsOnePlainSentenceAndNothingIsImported() throws Exception {
        try (AppServices target = open(dir.resolve("refused"))) {
            InterchangeImporter importer = new InterchangeImporter(target.store().database(), L10N);

            assertThatThrownBy(() -> importer.importFile(encrypted, "not the passphrase".toCharArray(),
                    ImportOptions.apply(), NO_TASK)).isInstanceOf(ExchangeException.class)
                    .hasMessage("The passphrase does not open region.json.gpg.")
                    .extracting(e -> ((ExchangeException) e).problem()).isEqualTo(Problem.WRONG_PASSPHRASE);
            assertThatThrownBy(() -> importer.importFile(encrypted, ImportOptions.apply(), NO_TASK))
                    .isInstanceOf(ExchangeException.class)
                    .hasMessage("region.json.gpg is encrypted; it opens only with its passphrase.");
            assertThat(target.storeInfo().counts().people()).isZero();
        }
    }

    @Test
    void aFlippedByteOrACutOffFileIsRefusedBeforeAnythingIsCommitted() throws Exception {
        byte[] bytes = Files.readAllBytes(encrypted);
        byte[] flipped = bytes.clone();
        flipped[bytes.length / 2] ^= 0x01;
        Path altered = Files.write(dir.resolve("altered.json.gpg"), flipped);
        Path cut = Files.write(dir.resolve("cut.json.gpg"), java.util.Arrays.copyOf(bytes, bytes.length * 2 / 3));
        try (AppServices target = open(dir.resolve("damaged"))) {
            InterchangeImporter importer = new InterchangeImporter(target.store().database(), L10N);

            assertThatThrownBy(() -> importer.importFile(altered, PASSPHRASE.clone(), ImportOptions.apply(), NO_TASK))
                    .isInstanceOf(ExchangeException.class).hasMessageStartingWith("In altered.json.gpg")
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain("Exception"));
            assertThatThrownBy(() -> importer.importFile(cut, PASSPHRASE.clone(), ImportOptions.apply(), NO_TASK))
                    .isInstanceOf(ExchangeException.class)
                    .satisfies(e -> assertThat(e.getMessage()).contains("cut.json.gpg").doesNotContain("Exception"));
            assertThat(target.storeInfo().counts().people()).isZero();
            assertThat(target.storeInfo().counts().activities()).isZero();
        }
    }

    @Test
    void theIntegrityCheckRefusesContentChangedUnderTheEncryption() throws Exception {
        byte[] bytes = Files.readAllBytes(encrypted);
        byte[] last = bytes.clone();
        last[bytes.length - 5] ^= 0x40;
        IOException failure = null;
        try (InputStream in = EncryptedContainer.decrypt(new ByteArrayInputStream(last), PASSPHRASE.clone())) {
            in.transferTo(OutputStream.nullOutputStream());
        } catch (EncryptedContainer.ContainerException e) {
            failure = e;
        }
        assertThat(failure).isInstanceOf(EncryptedContainer.ContainerException.class);
        assertThat(((EncryptedContainer.ContainerException) failure).reason())
                .isIn(EncryptedContainer.Reason.ALTERED, EncryptedContainer.Reason.DAMAGED);
    }

    @Test
    void anExportWithIdentitiesIsNeverWrittenInClearText() throws Exception {
        try (AppServices source = open(dir.resolve("source"))) {
            InterchangeExporter exporter = new InterchangeExporter(source.store().database(), L10N, CLOCK);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            assertThatThrownBy(() -> exporter.export(Selection.all(), new ExportOptions(true, null), out, NO_TASK))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> exporter.export(Selection.all(),
                    new ExportOptions(true, null, "short".toCharArray(), null), out, NO_TASK))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThat(out.size()).isZero();

            exporter.export(Selection.all(), ExportOptions.defaults(), out, NO_TASK);
            assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("{").doesNotContain("fullName");
        }
    }

    @Test
    void anEncryptedSinceFileNeedsItsPassphrase() throws Exception {
        try (AppServices source = open(dir.resolve("source"))) {
            InterchangeExporter exporter = new InterchangeExporter(source.store().database(), L10N, CLOCK);
            assertThatThrownBy(() -> exporter.export(Selection.all(), new ExportOptions(false, encrypted),
                    new ByteArrayOutputStream(), NO_TASK)).isInstanceOf(ExchangeException.class)
                    .hasMessage("region.json.gpg is encrypted; it opens only with its passphrase.");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            exporter.export(Selection.all(), new ExportOptions(false, encrypted, null, PASSPHRASE.clone()), out,
                    NO_TASK);
            assertThat(out.toString(StandardCharsets.UTF_8)).contains("\"base\"");
        }
    }

    @Test
    void thePassphraseRuleIsTwelveCharactersTypedTheSameTwice() {
        assertThat(ExportPassphrase.check(null, null)).contains(ExportPassphrase.Problem.MISSING);
        assertThat(ExportPassphrase.check("eleven char".toCharArray(), null)).contains(ExportPassphrase.Problem.TOO_SHORT);
        assertThat(ExportPassphrase.check("twelve chars".toCharArray(), null)).isEmpty();
        assertThat(ExportPassphrase.check("twelve chars".toCharArray(), "twelve charz".toCharArray()))
                .contains(ExportPassphrase.Problem.MISMATCH);
        assertThat(ExportPassphrase.check("twelve chars".toCharArray(), "twelve chars".toCharArray())).isEmpty();
        assertThat(ExportPassphrase.message(ExportPassphrase.Problem.TOO_SHORT, L10N))
                .isEqualTo("The passphrase must have at least 12 characters.");
    }

    @Test
    void jsonAndOpenPgpAreToldApartByTheirFirstBytes() {
        assertThat(EncryptedContainer.looksEncrypted("{\"format\"".getBytes(StandardCharsets.UTF_8), 9)).isFalse();
        assertThat(EncryptedContainer.looksEncrypted(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '{'}, 4))
                .isFalse();
        assertThat(EncryptedContainer.looksEncrypted(new byte[0], 0)).isFalse();
        assertThat(EncryptedContainer.looksEncrypted(new byte[] {(byte) 0xC3, 0x2e}, 2)).isTrue();
        assertThat(EncryptedContainer.looksEncrypted(new byte[] {(byte) 0x8C, 0x0d}, 2)).isTrue();
        byte[] armour = "-----BEGIN PGP MESSAGE-----\n".getBytes(StandardCharsets.US_ASCII);
        assertThat(EncryptedContainer.looksEncrypted(armour, armour.length)).isTrue();
    }

    @Test
    void gnuPgDecryptsTheExportToTheSameJson() throws Exception {
        Assumptions.assumeTrue(gpgAvailable(), "gpg is not installed");
        Path passphraseFile = Files.writeString(dir.resolve("passphrase.txt"), new String(PASSPHRASE) + "\n");
        Path decrypted = dir.resolve("by-gpg.json");

        int status = gpg("--passphrase-file", passphraseFile.toString(), "--output", decrypted.toString(),
                "--decrypt", encrypted.toString());

        assertThat(status).isZero();
        assertThat(ExchangeStores.withoutExchangeHeader(Files.readString(decrypted, StandardCharsets.UTF_8)))
                .isEqualTo(clearJson);
    }

    @Test
    void inclusioImportsWhatGnuPgEncryptedWithAPassphrase() throws Exception {
        Assumptions.assumeTrue(gpgAvailable(), "gpg is not installed");
        Path clear = Files.writeString(dir.resolve("for-gpg.json"), clearJson, StandardCharsets.UTF_8);
        Path passphraseFile = Files.writeString(dir.resolve("gpg-passphrase.txt"), "another long passphrase\n");
        Path byGpg = dir.resolve("by-gpg.json.asc");

        int status = gpg("--passphrase-file", passphraseFile.toString(), "--armor", "--cipher-algo", "AES256",
                "--output", byGpg.toString(), "--symmetric", clear.toString());

        assertThat(status).isZero();
        assertThat(EncryptedContainer.isEncrypted(byGpg)).isTrue();
        try (AppServices target = open(dir.resolve("fromGpg"))) {
            new InterchangeImporter(target.store().database(), L10N).importFile(byGpg,
                    "another long passphrase".toCharArray(), ImportOptions.apply(), NO_TASK);
            assertThat(everything(target)).isEqualTo(clearJson);
        }
    }

    private static boolean gpgAvailable() {
        try {
            Process process = new ProcessBuilder("gpg", "--version").redirectErrorStream(true).start();
            process.getInputStream().transferTo(OutputStream.nullOutputStream());
            return process.waitFor(60, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static int gpg(String... arguments) throws Exception {
        Path home = Files.createDirectories(dir.resolve("gnupg-home"));
        home.toFile().setReadable(false, false);
        home.toFile().setReadable(true, true);
        List<String> command = new ArrayList<>(List.of("gpg", "--homedir", home.toString(), "--batch", "--yes",
                "--pinentry-mode", "loopback", "--quiet"));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("gpg finished: " + output).isTrue();
        return process.exitValue();
    }
}
