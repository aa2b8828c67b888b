package org.inclusio.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.inclusio.app.AppServices;
import org.inclusio.logic.i18n.Localization;
import org.inclusio.testing.CommandLineRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code inclusio audit list|verify|export} on a store that loaded the example region and exported it. */
class AuditCommandTest {

    @TempDir
    Path directory;

    private CommandLineRun run(String... arguments) {
        List<String> all = new ArrayList<>(List.of("--store", directory.resolve("store").toString()));
        all.addAll(List.of(arguments));
        return CommandLineRun.of(org.inclusio.testing.TestStores.withPassphrase(all.toArray(String[]::new)));
    }

    private void loadAndExport() {
        assertThat(run("demo").status()).isZero();
        CommandLineRun export = run("export", directory.resolve("region.json").toString());
        assertThat(export.status()).as(export.err()).isZero();
    }

    @Test
    void listShowsTheLoadAndTheLaterExportAsOneEntryEach() throws Exception {
        loadAndExport();

        CommandLineRun list = run("audit", "list", "--format", "json");
        assertThat(list.status()).as(list.err()).isZero();
        JsonNode entries = new ObjectMapper().readTree(list.out()).get("entries");
        // every command that opens the store is an unlock; leave those aside
        List<String> actions = new ArrayList<>();
        List<JsonNode> work = new ArrayList<>();
        entries.forEach(entry -> {
            if (!entry.get("action").asText().equals("UNLOCK")) {
                actions.add(entry.get("action").asText());
                work.add(entry);
            }
        });
        assertThat(actions.get(0)).isEqualTo("EXPORT");
        assertThat(work.get(0).get("detail").asText()).contains("interchange export of the whole store",
                "without identities", "activities");
        assertThat(actions).containsOnlyOnce("LOAD_EXAMPLE");
        // the example's people and activities are summarised, not listed one by one
        assertThat(actions.stream().filter(a -> a.equals("CREATE"))).hasSizeLessThan(100);
        assertThat(work.get(0).get("os_user").asText()).isEqualTo(System.getProperty("user.name"));

        CommandLineRun exports = run("audit", "list", "--kind", "export");
        assertThat(exports.status()).as(exports.err()).isZero();
        assertThat(exports.out().lines().skip(1)).hasSize(1).allMatch(line -> line.contains("export"));

        CommandLineRun people = run("audit", "list", "--kind", "Person", "--format", "csv");
        assertThat(people.status()).as(people.err()).isZero();
        assertThat(people.out()).contains("seq,occurred_at,os_user");

        CommandLineRun future = run("audit", "list", "--from", "2999-01-01");
        assertThat(future.out()).contains("No audit entries match.");

        CommandLineRun backwards = run("audit", "list", "--from", "2026-02-01", "--to", "2026-01-01");
        assertThat(backwards.status()).isNotZero();
        assertThat(backwards.err()).contains("before --from");
    }

    @Test
    void verifySaysIntactThenNamesTheFirstAlteredEntry() {
        loadAndExport();
        CommandLineRun intact = run("audit", "verify");
        assertThat(intact.status()).as(intact.err()).isZero();
        assertThat(intact.out()).startsWith("The audit trail is intact:");

        try (AppServices services = org.inclusio.testing.TestStores.services(directory.resolve("store"), new Localization(Locale.ENGLISH))) {
            services.store().database().sqlUpdate("update audit_entry set detail = 'nothing to see' where seq = 2")
                    .execute();
        }
        CommandLineRun broken = run("audit", "verify");
        assertThat(broken.status()).isEqualTo(ExitStatus.AUDIT_BROKEN.code());
        assertThat(broken.err()).contains("Entry 2 was altered");
    }

    @Test
    void exportWritesTheWholeChainAsCsvOrJsonByExtension() throws Exception {
        loadAndExport();
        Path csv = directory.resolve("audit.csv");
        CommandLineRun toCsv = run("audit", "export", csv.toString());
        assertThat(toCsv.status()).as(toCsv.err()).isZero();
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertThat(lines.get(0)).endsWith("seq,occurred_at,os_user,user_name,action,record_kind,record_id,fields,"
                + "detail,previous_hash,hash");
        assertThat(lines.get(1)).startsWith("1,").contains("0".repeat(64));
        assertThat(lines.get(lines.size() - 1)).contains("audit trail export to audit.csv");

        Path json = directory.resolve("audit.json");
        assertThat(run("audit", "export", json.toString()).status()).isZero();
        JsonNode entries = new ObjectMapper().readTree(json.toFile()).get("entries");
        assertThat(entries.get(0).get("seq").asLong()).isEqualTo(1);
        assertThat(entries.get(entries.size() - 1).get("detail").asText()).isEqualTo("audit trail export to audit.json");
        for (int i = 1; i < entries.size(); i++) {
            assertThat(entries.get(i).get("previous_hash").asText()).isEqualTo(entries.get(i - 1).get("hash").asText());
        }

        CommandLineRun unknown = run("audit", "export", directory.resolve("audit.txt").toString());
        assertThat(unknown.status()).isNotZero();
        assertThat(unknown.err()).contains("name it .csv or .json");
        assertThat(directory.resolve("audit.txt")).doesNotExist();
    }
}
