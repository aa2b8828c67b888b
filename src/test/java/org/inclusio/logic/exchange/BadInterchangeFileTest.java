package org.inclusio.logic.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.inclusio.logic.exchange.ExchangeStores.everything;
import static org.inclusio.logic.exchange.ExchangeStores.importFile;
import static org.inclusio.logic.exchange.ExchangeStores.open;
import static org.inclusio.logic.exchange.ExchangeStores.write;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.inclusio.app.AppServices;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every kind of bad file gets a message naming file, place and field, and leaves the store as it was. */
class BadInterchangeFileTest {

    static final String PERSON = "11111111-1111-1111-1111-111111111111";
    static final String ACTIVITY = "22222222-2222-2222-2222-222222222222";
    static final String STAMP = "\"version\": 1, \"whenCreated\": \"2025-01-01T08:00:00Z\", "
            + "\"whenModified\": \"2025-01-01T08:00:00Z\"";
    static final String VALID = """
            {"format": "inclusio-exchange", "formatVersion": 1, "exportedAt": "2025-05-01T10:00:00Z",
             "selection": {"scope": "ALL"}, "includesIdentities": false,
             "records": {
              "people": [{"id": "%1$s", %3$s, "code": "P-1", "role": "PATIENT", "paid": false, "leadPatient": false}],
              "activities": [{"id": "%2$s", %3$s, "title": "Workshop café", "heldOn": "2025-04-02",
                "durationMinutes": 90, "mode": "CO_DESIGN", "level": "GROUP", "reasons": ["JUSTICE"]}],
              "participations": [{"id": "33333333-3333-3333-3333-333333333333", %3$s, "activity": "%2$s",
                "person": "%1$s", "invited": true, "attendance": "ATTENDED", "speakingTurns": 2, "questions": 0}]
             }}
            """.formatted(PERSON, ACTIVITY, STAMP);

    @TempDir
    static Path dir;

    private static AppServices store;
    private static String before;

    @BeforeAll
    static void openStore() throws Exception {
        store = open(dir.resolve("store"));
        before = everything(store);
    }

    @AfterAll
    static void closeStore() {
        store.close();
    }

    @Test
    void theValidFileImports() throws Exception {
        Path file = write(dir, "valid.json", VALID);
        ImportSummary summary = importFile(store, file, ImportOptions.dryRunOnly());
        assertThat(summary.total().added()).isEqualTo(3);
    }

    @Test
    void malformed() throws Exception {
        assertRejected("malformed.json", VALID.replace("\"heldOn\": \"2025-04-02\",", "\"heldOn\" \"2025-04-02\","),
                Problem.NOT_JSON, "In malformed.json at line 5, column 194: this is not valid JSON");
    }

    @Test
    void truncated() throws Exception {
        assertRejected("cut.json", VALID.substring(0, VALID.indexOf("\"participations\"")),
                Problem.TRUNCATED, "In cut.json at line 7, column 3: the file ends too early");
    }

    @Test
    void aValidExchangeHeaderImportsAndABadOneIsNamed() throws Exception {
        String header = "\"includesIdentities\": false, \"exchange\": {\"file\": \"%s\", \"store\": \"%s\", "
                + "\"selection\": \"ALL\", \"received\": []},";
        String good = VALID.replace("\"includesIdentities\": false,",
                header.formatted("44444444-4444-4444-4444-444444444444", "55555555-5555-5555-5555-555555555555"));
        assertThat(importFile(store, write(dir, "with-header.json", good), ImportOptions.dryRunOnly()).total().added())
                .isEqualTo(3);
        assertRejected("bad-file-id.json", VALID.replace("\"includesIdentities\": false,",
                header.formatted("not-an-id", "55555555-5555-5555-5555-555555555555")),
                Problem.BAD_ID, "In bad-file-id.json at $.exchange, field file: the value not-an-id is not a valid id.");
        assertRejected("no-store.json", VALID.replace("\"includesIdentities\": false,",
                "\"includesIdentities\": false, \"exchange\": {\"file\": \"44444444-4444-4444-4444-444444444444\"},"),
                Problem.MISSING_FIELD, "In no-store.json at $.exchange, field store: the value is missing");
        assertRejected("extra.json", VALID.replace("\"includesIdentities\": false,",
                "\"includesIdentities\": false, \"exchange\": {\"peer\": 1},"),
                Problem.UNKNOWN_MEMBER, "In extra.json at $.exchange, field peer: there is no field called peer here.");
    }

    @Test
    void wrongVersion() throws Exception {
        assertRejected("v2.json", VALID.replace("\"formatVersion\": 1", "\"formatVersion\": 2"),
                Problem.WRONG_VERSION, "In v2.json at $, field formatVersion: the format version is 2");
    }

    @Test
    void notAnExport() throws Exception {
        assertRejected("other.json", "{\"name\": \"something else\"}", Problem.NOT_AN_EXPORT,
                "In other.json at $, field format: this is not an Inclusio export");
    }

    @Test
    void wronglyEncoded() throws Exception {
        Path file = dir.resolve("latin1.json");
        Files.write(file, VALID.getBytes(StandardCharsets.ISO_8859_1));
        assertRejected(file, Problem.ENCODING, "In latin1.json at line 5, column");
    }

    @Test
    void anOverlongUtf8FormIsNotText() throws Exception {
        // C0 AF is "/" written in two bytes, a form UTF-8 forbids (decoders that allow it let filters be bypassed)
        assertRejected(withBytes("overlong.json", "Workshop caf", (byte) 0xC0, (byte) 0xAF), Problem.ENCODING,
                "In overlong.json at line 5, column 180: the file is not in UTF-8 encoding.");
    }

    @Test
    void aSurrogateEncodedInUtf8IsNotText() throws Exception {
        // ED A0 80 would be U+D800, half of a surrogate pair, which UTF-8 must never encode
        assertRejected(withBytes("surrogate.json", "Workshop caf", (byte) 0xED, (byte) 0xA0, (byte) 0x80),
                Problem.ENCODING, "In surrogate.json at line 5, column 180: the file is not in UTF-8 encoding.");
    }

    @Test
    void aFourByteFormBeyondUnicodeIsNotText() throws Exception {
        assertRejected(withBytes("beyond.json", "Workshop caf", (byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80),
                Problem.ENCODING, "In beyond.json at line 5, column 180: the file is not in UTF-8 encoding.");
    }

    @Test
    void aLoneSurrogateEscapeIsNotText() throws Exception {
        assertRejected("lone.json", VALID.replace("Workshop café", "Workshop \\ud800"), Problem.NOT_TEXT,
                "In lone.json at $.records.activities[0], field title: the value holds \\ud800, half of a character pair");
        assertRejected("reversed.json", VALID.replace("Workshop café", "\\udc00\\ud83d"), Problem.NOT_TEXT,
                "In reversed.json at $.records.activities[0], field title: the value holds \\udc00");
        assertRejected("cut-pair.json", VALID.replace("\"P-1\"", "\"P-\\ud83d\""), Problem.NOT_TEXT,
                "In cut-pair.json at $.records.people[0], field code: the value holds \\ud83d");
    }

    @Test
    void aWholeSurrogatePairIsText() throws Exception {
        Path file = write(dir, "pair.json", VALID.replace("Workshop café", "Workshop \\ud83d\\ude00"));
        ImportSummary summary = importFile(store, file, ImportOptions.dryRunOnly());
        assertThat(summary.total().added()).isEqualTo(3);
    }

    /** The valid file with {@code bytes} written right after the first {@code after}. */
    private static Path withBytes(String name, String after, byte... bytes) throws Exception {
        byte[] text = VALID.getBytes(StandardCharsets.UTF_8);
        byte[] marker = after.getBytes(StandardCharsets.UTF_8);
        int at = VALID.substring(0, VALID.indexOf(after)).getBytes(StandardCharsets.UTF_8).length + marker.length;
        byte[] out = new byte[text.length + bytes.length];
        System.arraycopy(text, 0, out, 0, at);
        System.arraycopy(bytes, 0, out, at, bytes.length);
        System.arraycopy(text, at, out, at + bytes.length, text.length - at);
        Path file = dir.resolve(name);
        Files.write(file, out);
        return file;
    }

    @Test
    void hugeNumber() throws Exception {
        assertRejected("huge.json", VALID.replace("\"speakingTurns\": 2", "\"speakingTurns\": 99999999999999999999"),
                Problem.OUT_OF_RANGE, "In huge.json at $.records.participations[0], field speakingTurns: "
                        + "the value is out of range (allowed: 0 - 1000).");
    }

    /** What the activity editor refuses, an interchange file cannot bring in either. */
    @Test
    void valuesTheEditorsRefuse() throws Exception {
        assertRejected("zero.json", VALID.replace("\"durationMinutes\": 90", "\"durationMinutes\": 0"),
                Problem.OUT_OF_RANGE, "In zero.json at $.records.activities[0], field durationMinutes: "
                        + "the value is out of range (allowed: 1 - 1440).");
        assertRejected("week.json", VALID.replace("\"durationMinutes\": 90", "\"durationMinutes\": 10080"),
                Problem.OUT_OF_RANGE, "In week.json at $.records.activities[0], field durationMinutes: "
                        + "the value is out of range (allowed: 1 - 1440).");
        assertRejected("turns.json", VALID.replace("\"speakingTurns\": 2", "\"speakingTurns\": 100000"),
                Problem.OUT_OF_RANGE, "In turns.json at $.records.participations[0], field speakingTurns: "
                        + "the value is out of range (allowed: 0 - 1000).");
        assertRejected("crowd.json", VALID.replace("\"durationMinutes\": 90", "\"durationMinutes\": 90, "
                        + "\"anonymousParticipants\": 100001"),
                Problem.OUT_OF_RANGE, "In crowd.json at $.records.activities[0], field anonymousParticipants: "
                        + "the value is out of range (allowed: 0 - 100000).");
        assertRejected("negative.json", VALID.replace("\"durationMinutes\": 90", "\"durationMinutes\": 90, "
                        + "\"anonymousParticipants\": -1"),
                Problem.OUT_OF_RANGE, "In negative.json at $.records.activities[0], field anonymousParticipants: "
                        + "the value is out of range (allowed: 0 - 100000).");
    }

    /**
     * The editors' rules beyond ranges hold for imported records too, with the editors' own sentence; the
     * people and the activity read before the faulty record are not written either.
     */
    @Test
    void recordsTheEditorsRefuse() throws Exception {
        assertRejected("blank.json", VALID.replace("Workshop café", "   "), Problem.NOT_ALLOWED,
                "In blank.json at $.records.activities[0], field title: the program does not accept this record "
                        + "as it is. Give the activity a title.");
        assertRejected("silent.json", VALID.replace("\"attendance\": \"ATTENDED\"", "\"attendance\": \"NO_SHOW\""),
                Problem.NOT_ALLOWED, "In silent.json at $.records.participations[0], field attendance: the program "
                        + "does not accept this record as it is. Participant row 1: P-1 did not attend, so cannot have "
                        + "spoken, asked or rated.");
        assertRejected("late.json", VALID.replace("\"invited\": true,", "\"invited\": true, \"invitedOn\": \"2025-04-03\","),
                Problem.NOT_ALLOWED, "In late.json at $.records.participations[0], field invitedOn: the program does "
                        + "not accept this record as it is. Participant row 1: P-1 was invited after the activity took place.");
        assertRejected("code.json", VALID.replace("\"P-1\"", "\"P 1!\""), Problem.NOT_ALLOWED,
                "In code.json at $.records.people[0], field code: the program does not accept this record as it is.");
        assertRejected("undated.json", withProposal("\"outcome\": \"ADOPTED\""), Problem.NOT_ALLOWED,
                "In undated.json at $.records.proposals[0], field outcomeOn: the program does not accept this record "
                        + "as it is. Proposal 1: give the date the outcome was decided.");
        assertRejected("early.json", withProposal("\"outcome\": \"ADOPTED\", \"outcomeOn\": \"2025-04-01\""),
                Problem.NOT_ALLOWED, "In early.json at $.records.proposals[0], field outcomeOn: the program does not "
                        + "accept this record as it is. Proposal 1: the outcome cannot be decided before the activity "
                        + "took place.");
        assertRejected("team.json", VALID.replace("\"people\": [", "\"processTeams\": [{\"id\": "
                        + "\"66666666-6666-6666-6666-666666666666\", " + STAMP + ", \"name\": \" \"}],\n  \"people\": ["),
                Problem.NOT_ALLOWED, "In team.json at $.records.processTeams[0], field name: the program does not "
                        + "accept this record as it is.");
        assertRejected("consent.json", VALID.replace("\"activities\": [", "\"consents\": [{\"id\": "
                        + "\"77777777-7777-7777-7777-777777777777\", " + STAMP + ", \"person\": \"" + PERSON + "\", "
                        + "\"givenOn\": \"2025-03-01\", \"scope\": \"EQUALITY_MONITORING\", "
                        + "\"withdrawnOn\": \"2025-02-01\"}],\n  \"activities\": ["),
                Problem.NOT_ALLOWED, "In consent.json at $.records.consents[0], field withdrawnOn: the program does "
                        + "not accept this record as it is. Consent 1: it cannot be withdrawn before it was given.");
        String team = "66666666-6666-6666-6666-666666666666";
        assertRejected("seat.json", VALID.replace("\"people\": [", "\"processTeams\": [{\"id\": \"" + team + "\", "
                        + STAMP + ", \"name\": \"Diabetes\"}],\n  \"people\": [")
                        .replace("\"activities\": [", "\"teamMemberships\": [{\"id\": "
                        + "\"88888888-8888-8888-8888-888888888888\", " + STAMP + ", \"team\": \"" + team + "\", "
                        + "\"person\": \"" + PERSON + "\", \"joinedOn\": \"2025-03-01\", \"leftOn\": \"2025-02-01\"}],"
                        + "\n  \"activities\": ["),
                Problem.NOT_ALLOWED, "In seat.json at $.records.teamMemberships[0], field leftOn: the program does "
                        + "not accept this record as it is. P-1: the day they left is before the day they joined.");
        assertRejected("absent.json", withProposal("\"outcome\": \"PENDING\"")
                        .replace("\"attendance\": \"ATTENDED\", \"speakingTurns\": 2", "\"attendance\": \"NO_SHOW\", "
                                + "\"speakingTurns\": 0"),
                Problem.NOT_ALLOWED, "In absent.json at $.records.proposals[0], field proposer: the program does not "
                        + "accept this record as it is. Proposal 1: P-1 did not attend; only attendees can have proposed.");
    }

    @Test
    void aProposalTheEditorsAcceptImports() throws Exception {
        Path file = write(dir, "proposal.json", withProposal("\"outcome\": \"ADOPTED\", \"outcomeOn\": \"2025-06-01\""));
        ImportSummary summary = importFile(store, file, ImportOptions.dryRunOnly());
        assertThat(summary.total().added()).isEqualTo(4);
    }

    /** The valid file with one proposal by P-1 at the activity, with the given outcome members. */
    private static String withProposal(String outcome) {
        int end = VALID.lastIndexOf("}}");
        return VALID.substring(0, end).stripTrailing() + ",\n  \"proposals\": [{\"id\": "
                + "\"55555555-5555-5555-5555-555555555555\", " + STAMP + ", \"activity\": \"" + ACTIVITY + "\", "
                + "\"proposer\": \"" + PERSON + "\", \"content\": \"Evening clinic\", " + outcome + "}]\n }}\n";
    }

    @Test
    void absurdlyLongNumber() throws Exception {
        assertRejected("long.json", VALID.replace("\"speakingTurns\": 2", "\"speakingTurns\": 1" + "0".repeat(60)),
                Problem.TOO_LARGE, "In long.json: a value is longer");
    }

    @Test
    void unknownEnumValue() throws Exception {
        assertRejected("mode.json", VALID.replace("CO_DESIGN", "CO_DANCING"), Problem.UNKNOWN_VALUE,
                "In mode.json at $.records.activities[0], field mode: the value CO_DANCING is not one this field knows.");
    }

    @Test
    void unknownReason() throws Exception {
        assertRejected("reason.json", VALID.replace("JUSTICE", "WHIM"), Problem.UNKNOWN_VALUE,
                "at $.records.activities[0], field reasons: the value WHIM");
    }

    @Test
    void duplicateIds() throws Exception {
        assertRejected("dup.json", VALID.replace("\"id\": \"" + ACTIVITY + "\"", "\"id\": \"" + PERSON + "\""),
                Problem.DUPLICATE_ID, "In dup.json at $.records.activities[0], field id: the id " + PERSON);
    }

    @Test
    void danglingReferenceAfterValidRecordsLeavesTheStoreUnchanged() throws Exception {
        String elsewhere = "44444444-4444-4444-4444-444444444444";
        assertRejected("dangling.json", VALID.replace("\"person\": \"" + PERSON + "\"", "\"person\": \"" + elsewhere + "\""),
                Problem.DANGLING_REFERENCE, "In dangling.json at $.records.participations[0], field person: "
                        + "it refers to " + elsewhere + ", which is neither in the file nor in the store.");
    }

    @Test
    void missingRequiredField() throws Exception {
        assertRejected("missing.json", VALID.replace("\"title\": \"Workshop café\",", ""), Problem.MISSING_FIELD,
                "In missing.json at $.records.activities[0], field title: the value is missing");
    }

    @Test
    void textTooLong() throws Exception {
        assertRejected("title.json", VALID.replace("Workshop café", "x".repeat(201)), Problem.TOO_LONG,
                "field title: the value is too long (at most 200).");
    }

    @Test
    void badDate() throws Exception {
        assertRejected("date.json", VALID.replace("2025-04-02", "2025-02-30"), Problem.BAD_DATE,
                "field heldOn: the value 2025-02-30 is not a date");
    }

    @Test
    void unknownField() throws Exception {
        assertRejected("field.json", VALID.replace("\"paid\": false", "\"salary\": 100"), Problem.UNKNOWN_MEMBER,
                "at $.records.people[0], field salary: there is no field called salary here.");
    }

    @Test
    void sectionsOutOfOrder() throws Exception {
        int end = VALID.lastIndexOf("}}");
        String late = VALID.substring(0, end) + ", \"teamMemberships\": []" + VALID.substring(end);
        assertRejected("order.json", late, Problem.SECTION_ORDER,
                "In order.json at $.records.teamMemberships: the records teamMemberships come too late");
    }

    @Test
    void emptyFile() throws Exception {
        assertRejected("empty.json", "", Problem.EMPTY_FILE, "In empty.json: the file is empty.");
    }

    @Test
    void hundredMegabytesOfGarbage() throws Exception {
        Path file = dir.resolve("garbage.json");
        byte[] chunk = "garbage ".repeat(8192).getBytes(StandardCharsets.US_ASCII);
        try (OutputStream out = Files.newOutputStream(file)) {
            for (int i = 0; i < 100 * 1024 * 1024 / chunk.length; i++) {
                out.write(chunk);
            }
        }
        assertThat(Files.size(file)).isEqualTo(100L * 1024 * 1024);
        assertRejected(file, Problem.NOT_JSON, "In garbage.json at line 1, column");
    }

    @Test
    void aRegionsOwnVocabularyEntryNeedsANameABuiltInOneDoesNot() throws Exception {
        String regional = VALID.replace("\"people\": [", "\"disadvantagedGroups\": [{\"id\": "
                + "\"88888888-8888-8888-8888-888888888888\", " + STAMP + ", \"code\": \"REGION_NIGHT\", "
                + "\"name\": null, \"builtIn\": false, \"active\": true}],\n  \"people\": [");
        assertRejected("unnamed.json", regional, Problem.NOT_ALLOWED,
                "In unnamed.json at $.records.disadvantagedGroups[0], field name: the program does not accept this "
                        + "record as it is. Please enter a name.");

        String builtIn = regional.replace("\"REGION_NIGHT\"", "\"FUTURE_GROUP\"")
                .replace("\"builtIn\": false", "\"builtIn\": true");
        ImportSummary summary = importFile(store, write(dir, "builtin.json", builtIn), ImportOptions.dryRunOnly());
        assertThat(summary.of(RecordKind.DISADVANTAGED_GROUP).added()).isEqualTo(1);
    }

    private void assertRejected(String name, String content, Problem problem, String message) throws Exception {
        assertRejected(write(dir, name, content), problem, message);
    }

    private void assertRejected(Path file, Problem problem, String message) throws Exception {
        ExchangeException failure = catchThrowableOfType(ExchangeException.class,
                () -> importFile(store, file, ImportOptions.apply()));
        assertThat(failure).as("import of " + file.getFileName()).isNotNull();
        assertThat(failure.problem()).isEqualTo(problem);
        assertThat(failure.getMessage()).contains(message);
        assertThat(everything(store)).isEqualTo(before);
    }
}
