package org.inclusio.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Anonymous participants from an interchange file to {@code analyse matrix}: a column of their own at the
 * end, their hours in the person-hours, a small count withheld, and a file without the field still
 * importing.
 */
class AnonymousParticipantsCommandTest {

    private static final String STAMP = "\"version\": 1, \"whenCreated\": \"2025-01-01T08:00:00Z\", "
            + "\"whenModified\": \"2025-01-01T08:00:00Z\"";

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    /**
     * A survey (co-assessment, collective, 60 min) with 40 respondents and no one from the register; a
     * co-design group workshop (90 min) attended by five patients with 10 anonymous visitors; a
     * co-delivery group session (30 min) with 3 anonymous participants only; a co-commissioning individual
     * meeting (60 min) written without the field, as files of earlier versions are.
     */
    private String file() {
        StringBuilder people = new StringBuilder();
        StringBuilder attendances = new StringBuilder();
        for (int i = 1; i <= 5; i++) {
            String person = "11111111-1111-1111-1111-00000000000" + i;
            people.append(i > 1 ? ", " : "").append("{\"id\": \"").append(person).append("\", ").append(STAMP)
                    .append(", \"code\": \"P-").append(i).append("\", \"role\": \"PATIENT\", \"paid\": false,"
                            + " \"leadPatient\": false}");
            attendances.append(i > 1 ? ", " : "").append("{\"id\": \"33333333-3333-3333-3333-00000000000")
                    .append(i).append("\", ").append(STAMP).append(", \"activity\": \"").append(activity(2))
                    .append("\", \"person\": \"").append(person).append("\", \"invited\": true,"
                            + " \"attendance\": \"ATTENDED\", \"speakingTurns\": 1, \"questions\": 0}");
        }
        return """
                {"format": "inclusio-exchange", "formatVersion": 1, "exportedAt": "2025-05-01T10:00:00Z",
                 "selection": {"scope": "ALL"}, "includesIdentities": false,
                 "records": {
                  "people": [%s],
                  "activities": [%s, %s, %s, %s],
                  "participations": [%s]
                 }}
                """.formatted(people, activity(1, "Patient survey", "CO_ASSESSMENT", "COLLECTIVE", 60, "40"),
                activity(2, "Open workshop", "CO_DESIGN", "GROUP", 90, "10"),
                activity(3, "Peer session", "CO_DELIVERY", "GROUP", 30, "3"),
                activity(4, "Care plan", "CO_COMMISSIONING", "INDIVIDUAL", 60, null), attendances);
    }

    private static String activity(int number) {
        return "22222222-2222-2222-2222-00000000000" + number;
    }

    private static String activity(int number, String title, String mode, String level, int minutes,
            String anonymous) {
        return "{\"id\": \"" + activity(number) + "\", " + STAMP + ", \"title\": \"" + title + "\","
                + " \"heldOn\": \"2025-04-0" + number + "\", \"durationMinutes\": " + minutes + ", \"mode\": \"" + mode
                + "\", \"level\": \"" + level + "\""
                + (anonymous == null ? "" : ", \"anonymousParticipants\": " + anonymous) + "}";
    }

    @Test
    void theMatrixShowsAnonymousParticipantsLastWithTheirHoursInThePersonHours() throws Exception {
        String store = dir.resolve("store").toString();
        assertThat(run("--store", store, "init")).isZero();
        Path file = Files.writeString(dir.resolve("survey.json"), file());
        assertThat(run("--store", store, "import", file.toString())).as(err.toString()).isZero();

        out.getBuffer().setLength(0);
        assertThat(run("--store", store, "analyse", "matrix", "--format", "json")).as(err.toString()).isZero();
        Map<String, JsonNode> rows = new HashMap<>();
        for (JsonNode row : new ObjectMapper().readTree(out.toString()).get("rows")) {
            rows.put(row.get("mode").asText() + "/" + row.get("level").asText(), row);
        }
        List<String> names = new ArrayList<>();
        rows.get("CO_DESIGN/GROUP").fieldNames().forEachRemaining(names::add);
        assertThat(names).containsExactly("mode", "level", "activities", "participants", "layParticipants",
                "personHours", "groupsPresent", "anonymousParticipants");

        // 40 respondents for an hour, no one from the register
        JsonNode survey = rows.get("CO_ASSESSMENT/COLLECTIVE");
        assertThat(survey.get("participants").asLong()).isZero();
        assertThat(survey.get("personHours").decimalValue()).isEqualByComparingTo("40.0");
        assertThat(survey.get("anonymousParticipants").asLong()).isEqualTo(40);
        // five patients and ten visitors for an hour and a half: 15 x 1.5 = 22.5
        JsonNode workshop = rows.get("CO_DESIGN/GROUP");
        assertThat(workshop.get("participants").asLong()).isEqualTo(5);
        assertThat(workshop.get("layParticipants").asLong()).isEqualTo(5);
        assertThat(workshop.get("personHours").decimalValue()).isEqualByComparingTo("22.5");
        assertThat(workshop.get("groupsPresent").asLong()).isZero();
        assertThat(workshop.get("anonymousParticipants").asLong()).isEqualTo(10);
        // three anonymous participants are too few to show, and so are the hours they make up
        JsonNode peers = rows.get("CO_DELIVERY/GROUP");
        assertThat(peers.get("activities").asLong()).isEqualTo(1);
        assertThat(peers.get("anonymousParticipants").isNull()).isTrue();
        assertThat(peers.get("personHours").isNull()).isTrue();
        assertThat(peers.get("suppressedColumns")).extracting(JsonNode::asText)
                .containsExactly("personHours", "anonymousParticipants");
        // the activity written without the field has none
        JsonNode plan = rows.get("CO_COMMISSIONING/INDIVIDUAL");
        assertThat(plan.get("activities").asLong()).isEqualTo(1);
        assertThat(plan.get("anonymousParticipants").asLong()).isZero();
        assertThat(plan.get("personHours").decimalValue()).isEqualByComparingTo("0.0");

        out.getBuffer().setLength(0);
        assertThat(run("--store", store, "analyse", "matrix", "--format", "csv")).as(err.toString()).isZero();
        List<List<String>> csv = AnalyseCommandTest.Csv.parse(out.toString());
        assertThat(csv.get(0)).containsExactly("Mode", "Level", "Activities", "Participants", "Lay participants",
                "Person-hours", "Groups present", "Anonymous participants");
        assertThat(csv).hasSize(13).allSatisfy(record -> assertThat(record).hasSize(8));
        assertThat(csv).anySatisfy(record -> assertThat(record.subList(2, 8))
                .containsExactly("1", "5", "5", "22.5", "0", "10"));
        assertThat(csv).anySatisfy(record -> assertThat(record.subList(2, 8))
                .containsExactly("1", "0", "0", "<5", "0", "<5"));
    }

    @Test
    void anExportCarriesTheCountOnlyWhereThereIsOne() throws Exception {
        String store = dir.resolve("store").toString();
        assertThat(run("--store", store, "init")).isZero();
        assertThat(run("--store", store, "import", Files.writeString(dir.resolve("in.json"), file()).toString()))
                .as(err.toString()).isZero();
        Path exported = dir.resolve("out.json");
        assertThat(run("--store", store, "export", exported.toString())).as(err.toString()).isZero();

        Map<String, JsonNode> activities = new HashMap<>();
        for (JsonNode activity : new ObjectMapper().readTree(exported.toFile()).get("records").get("activities")) {
            activities.put(activity.get("title").asText(), activity);
        }
        assertThat(activities.get("Patient survey").get("anonymousParticipants").asInt()).isEqualTo(40);
        assertThat(activities.get("Open workshop").get("anonymousParticipants").asInt()).isEqualTo(10);
        assertThat(activities.get("Peer session").get("anonymousParticipants").asInt()).isEqualTo(3);
        assertThat(activities.get("Care plan").has("anonymousParticipants")).isFalse();

        String other = dir.resolve("other").toString();
        assertThat(run("--store", other, "init")).isZero();
        assertThat(run("--store", other, "import", exported.toString())).as(err.toString()).isZero();
        out.getBuffer().setLength(0);
        assertThat(run("--store", other, "analyse", "matrix", "--format", "csv")).as(err.toString()).isZero();
        assertThat(AnalyseCommandTest.Csv.parse(out.toString())).anySatisfy(record -> assertThat(record.subList(2, 8))
                .containsExactly("1", "0", "0", "40.0", "0", "40"));
    }

    private int run(String... args) {
        CommandLine commandLine = InclusioCommand.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(org.inclusio.testing.TestStores.withPassphrase(args));
    }
}
