package org.inclusio.logic.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.inclusio.app.AppServices;
import org.inclusio.logic.audit.AuditAction;
import org.inclusio.logic.audit.AuditFilter;
import org.inclusio.logic.audit.AuditRecord;
import org.inclusio.logic.audit.AuditTrail;
import org.inclusio.logic.i18n.Localization;
import org.inclusio.logic.task.BackgroundTask;
import org.inclusio.testing.TestStores;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * "You said, we did" letters, read back from the PDF: the proposals and what became of them, codes and not
 * names by default, names only in a PDF that opens with the passphrase alone, small counts withheld, and the
 * Swedish and Japanese texts.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LetterServiceTest {

    private static final String PASSPHRASE = "letters passphrase 2025";
    private static final LocalDate TODAY = LocalDate.of(2025, 6, 2);

    @TempDir
    static Path directory;

    private AppServices services;
    private LetterService letters;
    private LetterFixture data;

    @BeforeAll
    void store() {
        services = TestStores.services(directory.resolve("store"), new Localization(Locale.ENGLISH));
        data = new LetterFixture(services.store().database());
        letters = new LetterService(services.store().database(), services.analysis(),
                new AuditTrail(services.store().database()),
                Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
    }

    @AfterAll
    void close() {
        services.close();
    }

    private byte[] pdf(LetterRequest request, char[] passphrase) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        letters.write(request, passphrase, out, BackgroundTask.progressChannel("letters"));
        return out.toByteArray();
    }

    /** The text with runs of white space made single spaces. */
    private static String text(byte[] pdf, String password) throws Exception {
        try (PDDocument document = password == null ? Loader.loadPDF(pdf) : Loader.loadPDF(pdf, password)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    private LetterRequest group(LetterSelection selection, Locale locale) {
        return new LetterRequest(selection, false, false, locale, "Anna Berg, coordinator, 031-123 45");
    }

    @Test
    void theGroupLetterListsEachProposalWithWhatBecameOfItAndWhy() throws Exception {
        String text = text(pdf(group(LetterSelection.activity(data.workshop.getId()), Locale.ENGLISH), null), null);

        assertThat(text).contains("You said, we did", "Dear participants,", "Thank you all for taking part.",
                "This letter is about the meeting \"Evening clinic workshop\" on March 10, 2025.",
                "Date: June 2, 2025", "Proposals we said yes to");
        for (int i = 1; i <= 5; i++) {
            assertThat(text).contains("You said: Evening hours " + i + " We did: We said yes. We are doing it. Why: "
                    + LetterFixture.REASON + " We decided on May 20, 2025.");
        }
        assertThat(text).contains("Do you have questions? Please contact: Anna Berg, coordinator, 031-123 45");
        assertThat(text).doesNotContain("P-").doesNotContain(LetterFixture.NAME);
    }

    @Test
    void anOutcomeWithFewerProposalsThanTheThresholdIsNotListed() throws Exception {
        String text = text(pdf(group(LetterSelection.activity(data.workshop.getId()), Locale.ENGLISH), null), null);

        assertThat(text).contains("Proposals we said no to There were only a few proposals here: fewer than 5. "
                + "We do not list them.");
        assertThat(text).doesNotContain("Free parking").doesNotContain("No money");
    }

    @Test
    void eachLayParticipantWhoAttendedGetsALetterByCodeAndNoOneElseDoes() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int count = letters.write(new LetterRequest(LetterSelection.activity(data.workshop.getId()), true, false,
                Locale.ENGLISH, null), null, out, BackgroundTask.progressChannel("letters"));
        byte[] pdf = out.toByteArray();

        assertThat(count).isEqualTo(2);
        String text = text(pdf, null);
        assertThat(text).contains("Dear participant " + data.named.getCode() + ",",
                "Dear participant " + data.plain.getCode() + ",", "Thank you for taking part.",
                "Please contact the person who invited you.");
        assertThat(text).doesNotContain(data.professional.getCode() + ",").doesNotContain(data.declined.getCode() + ",")
                .doesNotContain("Ingrid").doesNotContain("Storgatan");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.isEncrypted()).isFalse();
            assertThat(document.getNumberOfPages()).isGreaterThanOrEqualTo(2);
            assertThat(document.getDocumentCatalog().getStructureTreeRoot()).as("tagged").isNotNull();
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("You said, we did");
        }
    }

    @Test
    void overAPeriodEachPersonReadsOnlyTheProposalsOfTheMeetingsTheyAttended() throws Exception {
        String text = text(pdf(new LetterRequest(LetterSelection.period(LocalDate.of(2025, 1, 1),
                LocalDate.of(2025, 6, 30), data.diabetes.getId()), true, false, Locale.ENGLISH, null), null), null);

        int named = text.indexOf("Dear participant " + data.named.getCode() + ",");
        int plain = text.indexOf("Dear participant " + data.plain.getCode() + ",");
        assertThat(named).isNotNegative();
        assertThat(plain).isNotNegative();
        String namedLetter = named < plain ? text.substring(named, plain) : text.substring(named);
        String plainLetter = plain < named ? text.substring(plain, named) : text.substring(plain);
        assertThat(namedLetter).contains("Evening hours 1", "Meeting: \"Evening clinic workshop\" on March 10, 2025.",
                "The meetings were held by the team Diabetes.").doesNotContain("Bigger print");
        assertThat(plainLetter).contains("Evening hours 1", "Proposals we said yes to in part",
                "You said: Bigger print 3 We did: We said yes to part of it. We did not write down why.");
    }

    @Test
    void namesAndAddressesAreOnlyInAPdfThatOpensWithThePassphraseAlone() throws Exception {
        AuditTrail trail = new AuditTrail(services.store().database());
        int revealsBefore = trail.list(new AuditFilter(null, null, AuditAction.REVEAL_IDENTITY, null, 0)).size();

        byte[] pdf = pdf(new LetterRequest(LetterSelection.activity(data.workshop.getId()), true, true,
                Locale.ENGLISH, null), PASSPHRASE.toCharArray());

        assertThatThrownBy(() -> Loader.loadPDF(pdf).close()).isInstanceOf(InvalidPasswordException.class);
        assertThatThrownBy(() -> Loader.loadPDF(pdf, "wrong passphrase here").close())
                .isInstanceOf(InvalidPasswordException.class);
        assertThat(new String(pdf, StandardCharsets.ISO_8859_1)).doesNotContain("Ingrid").doesNotContain("Storgatan");
        try (PDDocument document = Loader.loadPDF(pdf, PASSPHRASE)) {
            assertThat(document.isEncrypted()).isTrue();
            assertThat(document.getEncryption().getLength()).isEqualTo(256);
        }
        String text = text(pdf, PASSPHRASE);
        assertThat(text).contains("Ingrid Halvorsen Storgatan 12 41301 Göteborg", "Dear Ingrid Halvorsen,",
                // no name recorded: the code stays
                "Dear participant " + data.plain.getCode() + ",");

        List<AuditRecord> reveals = trail.list(new AuditFilter(null, null, AuditAction.REVEAL_IDENTITY, null, 0));
        assertThat(reveals).hasSize(revealsBefore + 2);
        assertThat(reveals.subList(0, 2)).extracting(AuditRecord::subjectId)
                .containsExactlyInAnyOrder(data.named.getId(), data.plain.getId());
        assertThat(reveals.subList(0, 2)).allSatisfy(entry -> assertThat(entry.detail()).doesNotContain("Ingrid"));
    }

    @Test
    void namesAreRefusedWithoutAPassphraseLongEnoughAndOnALetterToTheGroup() {
        LetterSelection workshop = LetterSelection.activity(data.workshop.getId());
        assertThatThrownBy(() -> pdf(new LetterRequest(workshop, true, true, Locale.ENGLISH, null), "short".toCharArray()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> pdf(new LetterRequest(workshop, true, true, Locale.ENGLISH, null), null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LetterRequest(workshop, false, true, Locale.ENGLISH, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aMeetingWithoutProposalsStillGetsALetterThatSaysSo() throws Exception {
        String text = text(pdf(group(LetterSelection.activity(data.quiet.getId()), Locale.ENGLISH), null), null);

        assertThat(text).contains("Dear participants,", "The group made no proposals at these meetings.")
                .doesNotContain("Proposals we said yes to");
    }

    @Test
    void noLettersToEachPersonWhenNoLayParticipantAttendedNorForAnActivityThatIsGone() {
        assertThatThrownBy(() -> pdf(new LetterRequest(LetterSelection.activity(data.staffOnly.getId()), true, false,
                Locale.ENGLISH, null), null))
                .isInstanceOfSatisfying(NoLettersException.class, e -> assertThat(new Localization(Locale.ENGLISH)
                        .text(e.messageKey())).startsWith("No patient, relative or resident attended"));
        assertThatThrownBy(() -> pdf(group(LetterSelection.activity(java.util.UUID.randomUUID()), Locale.ENGLISH),
                null))
                .isInstanceOfSatisfying(NoLettersException.class,
                        e -> assertThat(e.reason()).isEqualTo(NoLettersException.Reason.NO_ACTIVITY));
    }

    @Test
    void swedishLettersAreInEasySwedish() throws Exception {
        String text = text(pdf(group(LetterSelection.activity(data.workshop.getId()), new Locale("sv")), null), null);

        assertThat(text).contains("Ni sa, vi gjorde", "Hej alla som var med!", "Förslag som vi sa ja till",
                "Ni sa: Evening hours 1 Vi gjorde: Vi sa ja. Vi gör det. Varför: " + LetterFixture.REASON,
                "Här fanns bara några få förslag: färre än 5.", "Har du frågor?")
                .doesNotContain("We said");
    }

    @Test
    void japaneseLettersAreInEasyJapanese() throws Exception {
        String text = text(pdf(group(LetterSelection.activity(data.workshop.getId()), Locale.JAPANESE), null), null);

        assertThat(text).contains("参加した みなさんへ", "「はい」と 決めた 提案", "みなさんが 言ったこと: Evening hours 1",
                "「はい」と 決めました。", "理由: " + LetterFixture.REASON, "質問が ありますか。")
                .doesNotContain("We said");
    }

    @Test
    void theActivitiesOfAPeriodAreOfferedMostRecentFirst() {
        assertThat(letters.activities(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), data.diabetes.getId()))
                .extracting(org.inclusio.logic.common.Choice::label)
                .containsExactly("2025-04-02 · Follow-up meeting (Diabetes)",
                        "2025-03-10 · Evening clinic workshop (Diabetes)");
        assertThat(letters.activities(LocalDate.of(2025, 5, 1), LocalDate.of(2025, 4, 1), null)).isEmpty();
    }
}
