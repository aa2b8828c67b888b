package org.inclusio.logic.analysis.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.ebean.Database;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.inclusio.logic.analysis.AnalysisFilter;
import org.inclusio.logic.analysis.AnalysisFixture;
import org.inclusio.logic.analysis.Suppression;
import org.inclusio.logic.analysis.flags.FlagRegister;
import org.inclusio.logic.analysis.flags.FlagRow;
import org.inclusio.logic.analysis.rules.builtin.BuiltInRules;
import org.inclusio.logic.i18n.Localization;
import org.inclusio.logic.store.VocabularyTexts;
import org.inclusio.model.DisadvantagedGroup;
import org.inclusio.model.ExclusionFlag;
import org.inclusio.model.ExclusionKind;
import org.inclusio.model.FlagOrigin;
import org.inclusio.model.FlagStatus;
import org.inclusio.model.ProcessTeam;
import org.inclusio.model.Severity;
import org.inclusio.persistence.SchemaVersions;
import org.inclusio.persistence.Store;
import org.inclusio.testing.TestStores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A store at schema 1.6, whose automatic flags hold words in the language of the run that raised them,
 * opens in this program and migrates (the store is made by undoing migration 1.7, which adds the
 * columns for codes): the words of automatic flags go, a reader sees the rule's name and a note until
 * the next detection run stores the evidence as codes; a person's reasons and manual flags stay.
 */
class FlagEvidenceMigrationTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 30);
    private static final Localization ENGLISH = new Localization(Locale.ENGLISH);
    private static final Localization SWEDISH = new Localization(Locale.forLanguageTag("sv-SE"));
    private static final Localization JAPANESE = new Localization(Locale.JAPAN);

    @TempDir
    Path directory;

    @Test
    void automaticFlagsStoredAsWordsMigrateToCodesAndDetectionFillsTheirEvidence() {
        UUID open;
        UUID acknowledged;
        UUID resolved;
        UUID manual;
        try (Store old = TestStores.open(directory)) {
            Database db = old.database();
            AnalysisFixture data = new AnalysisFixture(db);
            ProcessTeam token = data.team("Diabetes", null);
            data.seat(token, data.lay());
            data.seat(token, data.professional());
            DisadvantagedGroup young = data.group("YOUNG_PEOPLE");
            young.setName(null);
            db.save(young);
            data.reference(token, young, 0.15, 2024);
            ProcessTeam balanced = data.team("COPD", null);
            data.seat(balanced, data.lay());
            data.seat(balanced, data.lay());

            open = automatic(db, token, null, "TOKENISM", "Tokenism", FlagStatus.OPEN,
                    "The team has 1 lay member(s) and 1 professional(s); at least 2 lay members and 0.2 lay members"
                            + " per professional are expected.", null);
            acknowledged = automatic(db, token, young, "ABSENT_GROUP", "Frånvarande grupp", FlagStatus.ACKNOWLEDGED,
                    "Gruppen \"Unga\" utgör 15% av den befolkning teamet arbetar för (2024).", "We are recruiting.");
            resolved = automatic(db, balanced, null, "TOKENISM", "Symbolisk delaktighet", FlagStatus.RESOLVED,
                    "Teamet har 1 patient- eller invånarrepresentant(er).",
                    "Regeln hittar inte längre detta i den senaste körningen.");
            ExclusionFlag own = new ExclusionFlag();
            own.setTeam(balanced);
            own.setKind(ExclusionKind.INTERNAL);
            own.setObservation("Only association members are invited.");
            own.setEvidence("Seen at the last two meetings.");
            own.setStatus(FlagStatus.ACKNOWLEDGED);
            own.setStatusReason("Discussed with the board.");
            db.save(own);
            manual = own.getId();
            backToSchema16(db);
        }

        try (Store store = TestStores.open(directory)) {
            assertThat(store.schemaVersion()).isEqualTo(SchemaVersions.CURRENT);
            Database db = store.database();
            ExclusionFlag tokenism = db.find(ExclusionFlag.class, open);
            assertThat(tokenism.getObservation()).isEqualTo("TOKENISM");
            assertThat(tokenism.getEvidence()).isNull();
            assertThat(tokenism.getEvidenceKey()).isNull();
            ExclusionFlag absent = db.find(ExclusionFlag.class, acknowledged);
            assertThat(absent.getObservation()).isEqualTo("ABSENT_GROUP");
            assertThat(absent.getStatusReason()).isEqualTo("We are recruiting.");
            assertThat(absent.getStatusReasonCode()).isNull();
            ExclusionFlag gone = db.find(ExclusionFlag.class, resolved);
            assertThat(gone.getStatusReason()).isNull();
            assertThat(gone.getStatusReasonCode()).isEqualTo(FlagTexts.NO_LONGER_HOLDS);
            ExclusionFlag own = db.find(ExclusionFlag.class, manual);
            assertThat(own.getObservation()).isEqualTo("Only association members are invited.");
            assertThat(own.getEvidence()).isEqualTo("Seen at the last two meetings.");
            assertThat(own.getStatusReason()).isEqualTo("Discussed with the board.");
            // the migration itself records no change: stores that shared a stamp still share it
            assertThat(tokenism.getVersion()).isEqualTo(1);

            // until detection runs again, a reader sees the rule's name and a note, in their own language
            Map<UUID, FlagRow> japanese = shown(db, JAPANESE);
            assertThat(japanese.get(open).observation()).isEqualTo("形だけの参加");
            assertThat(japanese.get(open).evidence()).isEqualTo(JAPANESE.text("analysis.flag.evidencePending"))
                    .isNotEqualTo(ENGLISH.text("analysis.flag.evidencePending"));
            assertThat(japanese.get(resolved).statusReason()).isEqualTo("最新の実行では、ルールはこれをもう見つけていません。");
            assertThat(japanese.get(acknowledged).statusReason()).isEqualTo("We are recruiting.");
            Map<UUID, FlagRow> manualRows = new FlagRegister(db, new VocabularyTexts(JAPANESE))
                    .list(AnalysisFilter.all(), FlagOrigin.MANUAL).stream()
                    .collect(Collectors.toMap(FlagRow::id, Function.identity()));
            assertThat(manualRows.get(manual).evidence()).isEqualTo("Seen at the last two meetings.");
            assertThat(manualRows.get(manual).observation()).isEqualTo("Only association members are invited.");

            DetectionReport report = detector(db, ENGLISH).detect(AnalysisFilter.all());
            assertThat(report.created()).isZero();
            assertThat(report.updated()).isEqualTo(2);

            Map<UUID, FlagRow> swedish = shown(db, SWEDISH);
            assertThat(swedish.get(open).evidence()).startsWith("Teamet har 1 patient- eller invånarrepresentant(er)"
                    + " och 1 medarbetare;");
            assertThat(swedish.get(acknowledged).evidence()).startsWith("Gruppen \"Unga\" utgör 15% av den befolkning");
            assertThat(swedish.get(acknowledged).status()).isEqualTo(FlagStatus.ACKNOWLEDGED);
            assertThat(swedish.get(acknowledged).statusReason()).isEqualTo("We are recruiting.");
            assertThat(db.find(ExclusionFlag.class, open).getEvidence()).isNull();

            DetectionReport again = detector(db, SWEDISH).detect(AnalysisFilter.all());
            assertThat(again.updated() + again.created() + again.reopened() + again.resolved()).isZero();
        }
    }

    private static UUID automatic(Database db, ProcessTeam team, DisadvantagedGroup group, String rule,
                                  String observation, FlagStatus status, String evidence, String reason) {
        ExclusionFlag flag = new ExclusionFlag();
        flag.setOrigin(FlagOrigin.AUTOMATIC);
        flag.setRuleCode(rule);
        flag.setKind(ExclusionKind.EXTERNAL);
        flag.setSeverity(Severity.HIGH);
        flag.setTeam(team);
        flag.setGroup(group);
        flag.setObservation(observation);
        flag.setEvidence(evidence);
        flag.setStatus(status);
        flag.setStatusReason(reason);
        flag.setObservedOn(TODAY.minusDays(30));
        db.save(flag);
        return flag.getId();
    }

    private static Map<UUID, FlagRow> shown(Database db, Localization l10n) {
        return new FlagRegister(db, new VocabularyTexts(l10n)).list(AnalysisFilter.all(), FlagOrigin.AUTOMATIC)
                .stream().collect(Collectors.toMap(FlagRow::id, Function.identity()));
    }

    private static ExclusionDetector detector(Database db, Localization l10n) {
        return new ExclusionDetector(db, BuiltInRules.all(), new RuleParameterStore(db), l10n,
                Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC), new Suppression(1));
    }

    /** Undoes migration 1.7: its columns go and it is no longer recorded, so the next opening applies it. */
    private static void backToSchema16(Database db) {
        for (String column : List.of("evidence_key", "evidence_arguments", "status_reason_code")) {
            db.sqlUpdate("alter table exclusion_flag drop column " + column).execute();
        }
        assertThat(db.sqlUpdate("delete from db_migration where mversion = '1.7'").execute()).isEqualTo(1);
    }
}
