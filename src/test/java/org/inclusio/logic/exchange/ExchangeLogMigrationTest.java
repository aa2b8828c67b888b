package org.inclusio.logic.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import io.ebean.Database;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.List;
import org.inclusio.app.AppServices;
import org.inclusio.model.ExchangeDirection;
import org.inclusio.model.Person;
import org.inclusio.model.PersonRole;
import org.inclusio.persistence.SchemaVersions;
import org.inclusio.persistence.Store;
import org.inclusio.testing.TestStores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A store at schema 1.5, before the exchange log, opens in this program and migrates: the log's table
 * is added, empty, what the store held is untouched, and the next export is the log's first entry.
 */
class ExchangeLogMigrationTest {

    @TempDir
    Path directory;

    @Test
    void aStoreOfSchema15GainsAnEmptyExchangeLogAndKeepsItsData() throws Exception {
        try (Store store = TestStores.open(directory)) {
            Database db = store.database();
            Person person = new Person();
            person.setCode("P-0001");
            person.setRole(PersonRole.PATIENT);
            db.save(person);
            db.sqlUpdate("drop table exchange_log").execute();
            assertThat(db.sqlUpdate("delete from db_migration where mversion = '1.6'").execute()).isEqualTo(1);
        }
        try (Store store = TestStores.open(directory)) {
            assertThat(store.schemaVersion()).isEqualTo(SchemaVersions.CURRENT);
            Database db = store.database();
            assertThat(db.sqlQuery("select count(*) as n from exchange_log").findOne().getLong("n")).isZero();
            assertThat(db.sqlQuery("select count(*) as n from person where code = 'P-0001'").findOne().getLong("n"))
                    .isEqualTo(1);
        }
        try (AppServices services = ExchangeStores.open(directory)) {
            services.interchangeExporter().export(Selection.all(), ExportOptions.defaults(),
                    new ByteArrayOutputStream(), ExchangeStores.NO_TASK);
            List<ExchangeLog.Entry> log = new ExchangeLog(services.store().database()).entries();
            assertThat(log).singleElement().satisfies(entry -> {
                assertThat(entry.direction()).isEqualTo(ExchangeDirection.SENT);
                assertThat(entry.selection()).isEqualTo("ALL");
                assertThat(entry.counts()).containsEntry("people", 1L);
                assertThat(entry.file()).isNotNull();
            });
        }
    }
}
