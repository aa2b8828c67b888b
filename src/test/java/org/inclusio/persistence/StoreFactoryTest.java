package org.inclusio.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.inclusio.model.Person;
import org.inclusio.model.PersonRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreFactoryTest {

    @TempDir
    Path directory;

    @Test
    void createsStoreThroughMigrationsAndKeepsDataAcrossReopen() {
        StoreSettings settings = new StoreSettings(directory);
        try (Store store = new StoreFactory().open(settings)) {
            Person person = new Person();
            person.setCode("P-0001");
            person.setRole(PersonRole.PATIENT);
            store.database().save(person);
            assertThat(store.schemaVersion()).isEqualTo(SchemaVersions.CURRENT);
        }
        assertThat(settings.databaseFile()).exists();
        try (Store store = new StoreFactory().open(settings)) {
            Person found = store.database().find(Person.class).where().eq("code", "P-0001").findOne();
            assertThat(found).isNotNull();
            assertThat(found.getRole()).isEqualTo(PersonRole.PATIENT);
            assertThat(found.getVersion()).isEqualTo(1);
            assertThat(found.getWhenCreated()).isNotNull();
            int migrations = store.database().sqlQuery("select count(*) as n from db_migration")
                    .mapToScalar(Integer.class).findOne();
            assertThat(migrations).isPositive();
        }
    }

    @Test
    void refusesStoreWrittenByNewerProgramWithoutTouchingIt() {
        StoreSettings settings = new StoreSettings(directory);
        List<String> before;
        try (Store store = new StoreFactory().open(settings)) {
            before = migrationRows(store);
        }

        StoreFactory olderProgram = new StoreFactory(SchemaVersion.parse("0.9"));
        assertThatThrownBy(() -> olderProgram.open(settings))
                .isInstanceOfSatisfying(StoreException.class,
                        e -> assertThat(e.problem()).isEqualTo(StoreProblem.NEWER_VERSION));
        try (Store store = new StoreFactory().open(settings)) {
            assertThat(migrationRows(store)).isEqualTo(before);
        }
    }

    private static List<String> migrationRows(Store store) {
        return store.database().sqlQuery("select mversion, mchecksum, run_on from db_migration order by id")
                .mapTo((row, n) -> row.getString(1) + "|" + row.getString(2) + "|" + row.getString(3))
                .findList();
    }

    @Test
    void refusesStoreThatAnotherRunningCopyHolds() throws Exception {
        StoreSettings settings = new StoreSettings(directory);
        new StoreFactory().open(settings).close();
        Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), HoldStoreOpen.class.getName(),
                directory.toString())
                .redirectErrorStream(true)
                .start();
        try {
            // the holder prints one line once it has the store open
            java.io.BufferedReader output = new java.io.BufferedReader(new java.io.InputStreamReader(
                    holder.getInputStream(), java.nio.charset.StandardCharsets.UTF_8));
            String line;
            do {
                line = output.readLine();
            } while (line != null && !line.equals("OPEN"));
            assertThat(line).as("the other process opened the store").isEqualTo("OPEN");
            assertThatThrownBy(() -> new StoreFactory().open(settings))
                    .isInstanceOfSatisfying(StoreException.class,
                            e -> assertThat(e.problem()).isEqualTo(StoreProblem.IN_USE));
        } finally {
            holder.destroyForcibly().waitFor();
        }
    }

    @Test
    void leavesNoTraceFileThatCouldHoldStoredValues() throws IOException {
        StoreSettings settings = new StoreSettings(directory);
        new StoreFactory().open(settings).close();
        try (Stream<Path> files = Files.list(directory)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(name -> name.endsWith(".trace.db"));
        }
    }

    @Test
    void currentSchemaVersionIsTheNewestCommittedMigration() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/dbmigration/h2"))) {
            SchemaVersion newest = files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".sql") && n.contains("__"))
                    .map(n -> SchemaVersion.parse(n.substring(0, n.indexOf("__"))))
                    .max(SchemaVersion::compareTo).orElseThrow();
            assertThat(SchemaVersions.CURRENT).isEqualTo(newest);
        }
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/dbmigration/postgres"))) {
            assertThat(files.filter(p -> p.toString().endsWith(".sql")).count()).isPositive();
        }
    }
}
