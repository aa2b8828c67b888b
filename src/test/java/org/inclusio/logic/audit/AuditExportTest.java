package org.inclusio.logic.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The audit trail's CSV and JSON forms, without a store. */
class AuditExportTest {

    private static final AuditRecord ENTRY = new AuditRecord(7, Instant.parse("2026-03-14T09:30:00Z"), "ola",
            "=HYPERLINK(\"x\")", "UPDATE", "Person", UUID.fromString("00000000-0000-0000-0000-000000000042"),
            "association,paid", null, "a".repeat(64), "b".repeat(64), null);

    @Test
    void csvKeepsFormulasAsTextAndJsonKeepsValuesAsTheyAre() throws Exception {
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        assertThat(AuditExport.write(AuditExport.Format.CSV, List.of(ENTRY)::forEach, csv)).isEqualTo(1);
        List<String> lines = csv.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines.get(0)).startsWith("\uFEFFseq,occurred_at,");
        assertThat(lines.get(1)).isEqualTo("7,2026-03-14T09:30:00Z,ola,\"'=HYPERLINK(\"\"x\"\")\",UPDATE,Person,"
                + "00000000-0000-0000-0000-000000000042,\"association,paid\",," + "a".repeat(64) + "," + "b".repeat(64));

        ByteArrayOutputStream json = new ByteArrayOutputStream();
        AuditExport.write(AuditExport.Format.JSON, List.of(ENTRY)::forEach, json);
        assertThat(json.toString(StandardCharsets.UTF_8)).contains("\"seq\" : 7", "\"user_name\" : \"=HYPERLINK(\\\"x\\\")\"",
                "\"detail\" : null");
    }

    @Test
    void theFormatIsToldByTheExtension() {
        assertThat(AuditExport.Format.ofFile(Path.of("trail.CSV"))).contains(AuditExport.Format.CSV);
        assertThat(AuditExport.Format.ofFile(Path.of("trail.json"))).contains(AuditExport.Format.JSON);
        assertThat(AuditExport.Format.ofFile(Path.of("trail.txt"))).isEmpty();
    }
}
