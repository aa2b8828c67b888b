package org.inclusio.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import org.inclusio.model.Person;
import org.inclusio.model.PersonRole;
import org.inclusio.testing.TestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A store in a database on a PostgreSQL server: set up by the same migrations, reopened, refused clearly. */
class ServerStoreTest {

    @TempDir
    Path workFolder;

    private ServerAddress database;

    @BeforeEach
    void newDatabase() {
        database = TestServer.newDatabase();
    }

    @AfterEach
    void dropDatabase() {
        TestServer.drop(database);
    }

    @Test
    void anEmptyDatabaseGetsEveryMigrationAndKeepsDataAcrossReopen() throws Exception {
        try (Store store = new StoreFactory().openServer(database, TestServer.password(), workFolder)) {
            assertThat(store.isServer()).isTrue();
            assertThat(store.platform()).isEqualTo(StorePlatform.POSTGRES);
            assertThat(store.schemaVersion()).isEqualTo(SchemaVersions.CURRENT);
            assertThat(store.directory()).isEqualTo(workFolder);
            Person person = new Person();
            person.setCode("P-SERVER-1");
            person.setRole(PersonRole.PATIENT);
            store.database().save(person);
            store.checkpoint();
        }
        try (Connection connection = TestServer.connect(database)) {
            assertThat(StoreFactory.appliedVersion(connection)).isEqualTo(SchemaVersions.CURRENT);
        }
        try (Store store = new StoreFactory().openServer(database, TestServer.password(), workFolder)) {
            assertThat(store.database().find(Person.class).where().eq("code", "P-SERVER-1").exists()).isTrue();
        }
    }

    @Test
    void aDatabaseWrittenByANewerProgramIsRefusedAndLeftAsItWas() throws Exception {
        new StoreFactory().openServer(database, TestServer.password(), workFolder).close();
        try (Connection connection = TestServer.connect(database); Statement statement = connection.createStatement()) {
            statement.executeUpdate("update db_migration set mversion = '99.0' where id = (select max(id) from db_migration)");
        }

        assertThatThrownBy(() -> new StoreFactory().openServer(database, TestServer.password(), workFolder))
                .isInstanceOfSatisfying(StoreException.class, e -> {
                    assertThat(e.problem()).isEqualTo(StoreProblem.NEWER_VERSION);
                    assertThat(e.place()).isEqualTo(database.displayName());
                });
    }

    @Test
    void aWrongPasswordIsALoginFailureNamingTheServer() {
        assertThatThrownBy(() -> new StoreFactory().openServer(database, "not the password".toCharArray(), workFolder))
                .isInstanceOfSatisfying(StoreException.class, e -> {
                    assertThat(e.problem()).isEqualTo(StoreProblem.LOGIN_FAILED);
                    assertThat(e.place()).isEqualTo(database.displayName()).doesNotContain("not the password");
                });
    }

    @Test
    void aServerThatDoesNotAnswerIsNamedAsUnreachable() {
        ServerAddress nobody = ServerAddress.parse("postgresql://" + database.effectiveUser() + "@127.0.0.1:1/"
                + database.database() + "?connectTimeout=2").orElseThrow();

        assertThatThrownBy(() -> new StoreFactory().openServer(nobody, TestServer.password(), workFolder))
                .isInstanceOfSatisfying(StoreException.class,
                        e -> assertThat(e.problem()).isEqualTo(StoreProblem.SERVER_UNREACHABLE));
    }
}
