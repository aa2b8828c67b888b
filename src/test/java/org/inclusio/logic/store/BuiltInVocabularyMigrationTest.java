package org.inclusio.logic.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.ebean.Database;
import java.nio.file.Path;
import java.util.Locale;
import org.inclusio.logic.common.ChoiceService;
import org.inclusio.logic.i18n.Localization;
import org.inclusio.model.Accommodation;
import org.inclusio.model.Barrier;
import org.inclusio.model.BuiltInBarrier;
import org.inclusio.model.BuiltInGroup;
import org.inclusio.model.DisadvantagedGroup;
import org.inclusio.model.Term;
import org.inclusio.model.VocabularyEntry;
import org.inclusio.persistence.SchemaVersions;
import org.inclusio.persistence.Store;
import org.inclusio.testing.TestStores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A store at schema 1.3, when built-in entries were stored with their English texts, opens in this
 * program and migrates (the store is made by undoing migration 1.4, whose only change to the
 * tables is that a name may be empty): the program's texts go (the entries are named in the reader's
 * language again), what a region gave them itself stays, and its own entries are untouched.
 */
class BuiltInVocabularyMigrationTest {

    private static final Localization ENGLISH = new Localization(Locale.ROOT);

    @TempDir
    Path directory;

    @Test
    void aStoreWithEnglishTextsInBuiltInRowsMigratesToCodesKeepingWhatTheRegionChanged() {
        int builtIns;
        try (Store old = TestStores.open(directory)) {
            Database db = old.database();
            builtIns = seedAsVersion13Did(db);
            backToSchema13(db);
            db.sqlUpdate("update barrier set name = 'Language of the meeting' where code = 'LANGUAGE'").execute();
            db.sqlUpdate("update barrier set description = 'Fear of being seen at the clinic.' where code = 'STIGMA'")
                    .execute();
            DisadvantagedGroup regional = new DisadvantagedGroup();
            regional.setCode("REGION_SHIFT_WORKERS");
            regional.setName("Shift workers");
            regional.setDescription("People who work nights.");
            regional.setActive(true);
            db.insert(regional);
            // last, since this program's audit trail writes it: the audit trail's login column of 1.8
            db.sqlUpdate("alter table audit_entry drop column database_user").execute();
        }

        try (Store store = TestStores.open(directory)) {
            assertThat(store.schemaVersion()).isEqualTo(SchemaVersions.CURRENT);
            Database db = store.database();
            assertThat(db.sqlQuery("select count(*) as n from disadvantaged_group").findOne().getLong("n"))
                    .isEqualTo(BuiltInGroup.values().length + 1L);
            assertThat(db.sqlQuery("select count(*) as n from disadvantaged_group where built_in = true"
                    + " and (name is not null or description is not null)").findOne().getLong("n")).isZero();
            assertThat(db.sqlQuery("select count(*) as n from accommodation where built_in = true"
                    + " and (name is not null or description is not null)").findOne().getLong("n")).isZero();
            assertThat(db.sqlQuery("select count(*) as n from barrier where built_in = true"
                    + " and name is null and description is null").findOne().getLong("n"))
                    .isEqualTo(BuiltInBarrier.values().length - 2L);

            VocabularyService service = new VocabularyService(db, new VocabularyTexts(new Localization(Locale.UK)));
            assertThat(service.all(Vocabulary.GROUPS).size() + service.all(Vocabulary.BARRIERS).size()
                    + service.all(Vocabulary.ACCOMMODATIONS).size()).isEqualTo(builtIns + 1);
            Barrier language = service.findByCode(Vocabulary.BARRIERS, "LANGUAGE").orElseThrow();
            assertThat(language.getName()).isEqualTo("Language of the meeting");
            assertThat(language.getDescription()).isNull();
            Barrier stigma = service.findByCode(Vocabulary.BARRIERS, "STIGMA").orElseThrow();
            assertThat(stigma.getName()).isNull();
            assertThat(service.texts().name(stigma)).isEqualTo("Stigma or shame");
            assertThat(service.texts().description(stigma)).isEqualTo("Fear of being seen at the clinic.");
            DisadvantagedGroup shiftWorkers = service.findByCode(Vocabulary.GROUPS, "REGION_SHIFT_WORKERS").orElseThrow();
            assertThat(shiftWorkers.getName()).isEqualTo("Shift workers");
            assertThat(shiftWorkers.getDescription()).isEqualTo("People who work nights.");
            // shown as before, from the program's texts
            assertThat(new ChoiceService(db, service.texts()).groups()).extracting(choice -> choice.label())
                    .contains("Older people", "Non-native speakers", "Shift workers");
            Accommodation interpreter = service.findByCode(Vocabulary.ACCOMMODATIONS, "INTERPRETER").orElseThrow();
            assertThat(service.texts().description(interpreter))
                    .isEqualTo(ENGLISH.help(org.inclusio.model.BuiltInAccommodation.INTERPRETER));
            // the migration itself records no change: stores that shared a stamp still share it
            assertThat(interpreter.getVersion()).isEqualTo(1);
        }
    }

    /**
     * Undoes migration 1.4 as the store stood before it: the name columns required again and the
     * migration no longer recorded, so the next opening applies it as it does to a store of 1.3. The
     * later migrations are undone first (1.10 only replaces 1.9's indexes on the deleted marks by computed trash marks
     * and their indexes, 1.9 only adds those indexes, 1.8 only adds the accounts' tables and the audit trail's login, whose column goes last, 1.7
     * only the flags' evidence codes, 1.6 the exchange log's table, 1.5 only the live workshop's table).
     */
    private static void backToSchema13(Database db) {
        for (String table : java.util.List.of("activity", "exclusion_flag", "organisation", "person", "process_team")) {
            db.sqlUpdate("drop index ix_" + table + "_in_trash").execute();
            db.sqlUpdate("alter table " + table + " drop column in_trash").execute();
        }
        assertThat(db.sqlUpdate("delete from db_migration where mversion = '1.10'").execute()).isEqualTo(1);
        assertThat(db.sqlUpdate("delete from db_migration where mversion = '1.9'").execute()).isEqualTo(1);
        db.sqlUpdate("drop table account_team").execute();
        db.sqlUpdate("drop table account").execute();
        assertThat(db.sqlUpdate("delete from db_migration where mversion = '1.8'").execute()).isEqualTo(1);
        for (String column : java.util.List.of("evidence_key", "evidence_arguments", "status_reason_code")) {
            db.sqlUpdate("alter table exclusion_flag drop column " + column).execute();
        }
        assertThat(db.sqlUpdate("delete from db_migration where mversion = '1.7'").execute()).isEqualTo(1);
        db.sqlUpdate("drop table exchange_log").execute();
        assertThat(db.sqlUpdate("delete from db_migration where mversion = '1.6'").execute()).isEqualTo(1);
        db.sqlUpdate("drop table workshop_session").execute();
        assertThat(db.sqlUpdate("delete from db_migration where mversion = '1.5'").execute()).isEqualTo(1);
        for (Vocabulary<?> vocabulary : Vocabulary.all()) {
            db.sqlUpdate("alter table " + vocabulary.table() + " alter column name set not null").execute();
        }
        assertThat(db.sqlUpdate("delete from db_migration where mversion = '1.4'").execute()).isEqualTo(1);
        assertThat(db.sqlQuery("select max(mversion) as v from db_migration where id > 0").findOne().getString("v"))
                .isEqualTo("1.3");
    }

    /** Seeds every built-in entry the way the program did up to schema 1.3: with its English texts. */
    private static int seedAsVersion13Did(Database db) {
        int added = 0;
        for (Vocabulary<?> vocabulary : Vocabulary.all()) {
            for (Term term : vocabulary.builtIns()) {
                VocabularyEntry entry = vocabulary.newEntry();
                entry.setId(vocabulary.stableId(term.name()));
                entry.setCode(term.name());
                entry.setName(ENGLISH.label(term).strip());
                entry.setDescription(ENGLISH.help(term).strip());
                entry.setBuiltIn(true);
                entry.setActive(true);
                db.insert(entry);
                added++;
            }
        }
        return added;
    }
}
