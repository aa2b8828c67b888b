package org.inclusio.logic.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.inclusio.logic.exchange.ExchangeStores.everything;
import static org.inclusio.logic.exchange.ExchangeStores.export;
import static org.inclusio.logic.exchange.ExchangeStores.importFile;
import static org.inclusio.logic.exchange.ExchangeStores.open;
import static org.inclusio.logic.exchange.ExchangeStores.write;

import java.nio.file.Files;
import java.nio.file.Path;
import org.inclusio.app.AppServices;
import org.inclusio.logic.store.StoreCounts;
import org.inclusio.model.query.QActivity;
import org.inclusio.model.query.QProcessTeam;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InterchangeRoundTripTest {

    @TempDir
    static Path dir;

    private static String exampleExport;

    @BeforeAll
    static void exportExampleRegion() throws Exception {
        try (AppServices source = open(dir.resolve("source"))) {
            source.exampleRegion().load(null);
            exampleExport = everything(source);
        }
    }

    @Test
    void exportThenImportIntoAnEmptyStoreGivesTheSameDataFieldForField() throws Exception {
        Path file = write(dir, "all.json", exampleExport);
        try (AppServices target = open(dir.resolve("roundTrip"))) {
            ImportSummary summary = importFile(target, file, ImportOptions.apply());

            assertThat(everything(target)).isEqualTo(exampleExport);
            StoreCounts counts = target.storeInfo().counts();
            assertThat(summary.of(RecordKind.ACTIVITY).added()).isEqualTo((int) counts.activities());
            assertThat(summary.of(RecordKind.PERSON).added()).isEqualTo((int) counts.people());
            assertThat(summary.total().conflicts()).isZero();
            // built-in vocabulary has the same stable ids in both stores
            assertThat(summary.of(RecordKind.BARRIER).added()).isZero();
            assertThat(summary.of(RecordKind.BARRIER).unchanged()).isPositive();
        }
    }

    @Test
    void importingTheSameFileTwiceChangesNothing() throws Exception {
        Path file = write(dir, "twice.json", exampleExport);
        try (AppServices target = open(dir.resolve("twice"))) {
            ImportSummary first = importFile(target, file, ImportOptions.apply());
            String afterFirst = everything(target);

            ImportSummary second = importFile(target, file, ImportOptions.apply());

            assertThat(everything(target)).isEqualTo(afterFirst);
            assertThat(second.total().added()).isZero();
            assertThat(second.total().updated()).isZero();
            assertThat(second.total().conflicts()).isZero();
            assertThat(second.total().unchanged()).isEqualTo(first.total().total());
        }
    }

    @Test
    void aDryRunCountsButKeepsNothing() throws Exception {
        Path file = write(dir, "dry.json", exampleExport);
        try (AppServices target = open(dir.resolve("dry"))) {
            String before = everything(target);

            ImportSummary summary = importFile(target, file, ImportOptions.dryRunOnly());

            assertThat(summary.dryRun()).isTrue();
            assertThat(summary.of(RecordKind.ACTIVITY).added()).isEqualTo(120);
            assertThat(everything(target)).isEqualTo(before);
        }
    }

    @Test
    void identifyingDetailsAreLeftOutUnlessAskedFor() throws Exception {
        try (AppServices source = open(dir.resolve("source"))) {
            String plain = export(source, Selection.all(), ExportOptions.defaults());

            assertThat(exampleExport).contains("\"personIdentities\"").contains("\"fullName\"");
            assertThat(plain).doesNotContain("personIdentities").doesNotContain("fullName")
                    .doesNotContain("email").contains("\"includesIdentities\" : false");
        }
    }

    @Test
    void aTeamExportHoldsOnlyThatTeamsActivitiesAndEverythingTheyNeed() throws Exception {
        Path file;
        long teamActivities;
        try (AppServices source = open(dir.resolve("source"))) {
            var team = new QProcessTeam(source.store().database()).orderBy().name.asc().setMaxRows(1).findOne();
            teamActivities = new QActivity(source.store().database()).team.id.eq(team.getId()).findCount();
            file = write(dir, "team.json", export(source, Selection.team(team.getId()), ExportOptions.defaults()));
        }
        try (AppServices target = open(dir.resolve("teamOnly"))) {
            ImportSummary summary = importFile(target, file, ImportOptions.apply());

            assertThat(teamActivities).isPositive();
            assertThat(summary.of(RecordKind.ACTIVITY).added()).isEqualTo((int) teamActivities);
            assertThat(summary.of(RecordKind.PROCESS_TEAM).added()).isEqualTo(1);
            assertThat(summary.of(RecordKind.PERSON_IDENTITY).total()).isZero();
            assertThat(target.storeInfo().counts().activities()).isEqualTo(teamActivities);
        }
        assertThat(Files.size(file)).isLessThan(exampleExport.length());
    }
}
