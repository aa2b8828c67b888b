package org.inclusio.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.inclusio.model.AccountRole;
import org.inclusio.model.Activity;
import org.inclusio.persistence.ServerAddress;
import org.inclusio.persistence.Store;
import org.inclusio.persistence.StoreException;
import org.inclusio.persistence.StoreFactory;
import org.inclusio.persistence.StoreProblem;
import org.inclusio.testing.CommandLineRun;
import org.inclusio.testing.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Accounts on a region's server, enforced by the server itself: a coordinator signed in with a plain SQL
 * client (as {@code psql} would be) reads only the participants of the team they coordinate and cannot write
 * to another team; an officer reads every team but no names and records nothing; a login without an account
 * reads nothing. The audit trail names the server login that wrote each entry.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ServerAccountsTest {

    private static final String OWN_TEAM = "COPD process team";
    private static final String LOGIN_PASSWORD = "a long login password 42";

    @TempDir
    static Path folder;

    private ServerAddress server;
    private Path passwordFile;
    private Path loginPasswordFile;
    private String coordinator;
    private String officer;
    private String stranger;
    private final List<String> extraLogins = new ArrayList<>();

    @BeforeAll
    void loadTheExampleRegionAndAddAccounts() throws Exception {
        server = TestServer.newDatabase();
        passwordFile = TestServer.passwordFile();
        loginPasswordFile = folder.resolve("login-password.txt");
        Files.writeString(loginPasswordFile, LOGIN_PASSWORD + "\n");
        String suffix = server.database().substring(server.database().length() - 8);
        coordinator = "coord_" + suffix;
        officer = "officer_" + suffix;
        stranger = "stranger_" + suffix;
        CommandLineRun demo = asOwner("demo");
        assertThat(demo.status()).as(demo.err()).isZero();
        CommandLineRun none = asOwner("accounts");
        assertThat(none.status()).as(none.err()).isZero();
        assertThat(none.out()).contains("No accounts yet");

        CommandLineRun addCoordinator = asOwner("accounts", "add", coordinator, "--role", "coordinator", "--team", OWN_TEAM,
                "--new-login", "--login-password-file", loginPasswordFile.toString());
        assertThat(addCoordinator.status()).as(addCoordinator.err()).isZero();
        assertThat(addCoordinator.out()).contains(coordinator, "coordinator");
        CommandLineRun addOfficer = asOwner("accounts", "add", officer, "--role", "officer", "--new-login",
                "--login-password-file", loginPasswordFile.toString());
        assertThat(addOfficer.status()).as(addOfficer.err()).isZero();
        try (Connection owner = TestServer.connect(server); Statement statement = owner.createStatement()) {
            statement.execute("create role " + stranger + " login password '" + LOGIN_PASSWORD + "'");
        }
    }

    @AfterAll
    void dropTheDatabaseAndItsRoles() {
        if (server == null) {
            return; // without a server the tests were skipped before anything was made
        }
        TestServer.drop(server);
        List<String> logins = new ArrayList<>(List.of(coordinator, officer, stranger));
        logins.addAll(extraLogins);
        TestServer.dropRoles(server, logins.toArray(String[]::new));
    }

    @Test
    void theAccountsAreListedWithRoleAndTeams() {
        CommandLineRun list = asOwner("accounts", "list");

        assertThat(list.status()).as(list.err()).isZero();
        assertThat(list.out()).contains(coordinator + ": coordinator (" + OWN_TEAM + ")")
                .contains(officer + ": equality officer");
    }

    @Test
    void aCoordinatorWithASqlClientReadsOnlyTheParticipantsOfTheirOwnTeam() throws Exception {
        UUID ownTeam = teamId(OWN_TEAM);
        long ownParticipations;
        long allParticipations;
        long otherIdentities;
        try (Connection owner = TestServer.connect(server)) {
            ownParticipations = count(owner, "select count(*) from participation p join activity a"
                    + " on a.id = p.activity_id where a.team_id = ?", ownTeam);
            allParticipations = count(owner, "select count(*) from participation", null);
            otherIdentities = count(owner, "select count(*) from person_identity", null);
        }
        assertThat(ownParticipations).isPositive();
        assertThat(allParticipations).isGreaterThan(ownParticipations);

        try (Connection client = login(coordinator)) {
            assertThat(count(client, "select count(*) from participation", null)).isEqualTo(ownParticipations);
            assertThat(count(client, "select count(*) from participation p join activity a on a.id = p.activity_id"
                    + " where a.team_id <> ?", ownTeam)).isZero();
            assertThat(count(client, "select count(*) from activity where team_id <> ?", ownTeam)).isZero();
            // the people seen are those of the team's activities and seats, not the region's register
            long people = count(client, "select count(*) from person", null);
            try (Connection owner = TestServer.connect(server)) {
                assertThat(people).isLessThan(count(owner, "select count(*) from person", null));
            }
            assertThat(count(client, "select count(*) from group_membership g where not exists (select 1 from"
                    + " participation p where p.person_id = g.person_id) and not exists (select 1 from"
                    + " team_membership m where m.person_id = g.person_id)", null)).isZero();
            // switching the policies off is refused, not obeyed
            try (Statement statement = client.createStatement()) {
                statement.execute("set row_security = off");
                assertThatThrownBy(() -> statement.executeQuery("select count(*) from participation").close())
                        .isInstanceOf(SQLException.class);
            }
        }
        try (Connection client = login(coordinator)) {
            // writing to another team's activity changes nothing; adding one there is refused
            try (PreparedStatement update = client.prepareStatement(
                    "update activity set title = 'changed' where team_id <> ?")) {
                update.setObject(1, ownTeam);
                assertThat(update.executeUpdate()).isZero();
            }
            UUID otherTeam = otherTeamId(ownTeam);
            try (PreparedStatement insert = client.prepareStatement("insert into activity (id, held_on,"
                    + " duration_minutes, team_id, version, when_created, when_modified, title, mode, level)"
                    + " values (?, current_date, 60, ?, 1, now(), now(), 'x', 'CO_DESIGN', 'GROUP')")) {
                insert.setObject(1, UUID.randomUUID());
                insert.setObject(2, otherTeam);
                assertThatThrownBy(insert::executeUpdate).isInstanceOfSatisfying(SQLException.class,
                        e -> assertThat(e.getSQLState()).isEqualTo("42501"));
            }
        }
        assertThat(otherIdentities).isNotNegative();
    }

    @Test
    void anOfficerReadsEveryTeamButNoNamesAndRecordsNothing() throws Exception {
        long allParticipations;
        try (Connection owner = TestServer.connect(server)) {
            allParticipations = count(owner, "select count(*) from participation", null);
        }
        try (Connection client = login(officer)) {
            assertThat(count(client, "select count(*) from participation", null)).isEqualTo(allParticipations);
            assertThat(count(client, "select count(*) from person_identity", null)).isZero();
            assertThat(count(client, "select count(*) from audit_entry", null)).isZero();
            try (Statement statement = client.createStatement()) {
                assertThatThrownBy(() -> statement.executeUpdate("update person set code = code"))
                        .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("42501"));
            }
        }
        CommandLineRun matrix = as(officer, "analyse", "matrix", "--format", "json");
        CommandLineRun ownersMatrix = asOwner("analyse", "matrix", "--format", "json");
        assertThat(matrix.status()).as(matrix.err()).isZero();
        assertThat(matrix.out()).isEqualTo(ownersMatrix.out());
    }

    @Test
    void aCoordinatorsAnalysesCoverTheirTeamsAndTheirEditsAreAuditedUnderTheirLogin() throws Exception {
        CommandLineRun matrix = as(coordinator, "analyse", "matrix", "--format", "json");
        CommandLineRun ownersMatrix = asOwner("analyse", "matrix", "--format", "json", "--team", OWN_TEAM);
        assertThat(matrix.status()).as(matrix.err()).isZero();
        assertThat(matrix.out()).isEqualTo(ownersMatrix.out());

        UUID ownTeam = teamId(OWN_TEAM);
        Path work = folder.resolve("coordinator-work");
        try (Store store = new StoreFactory().openServer(withUser(coordinator), LOGIN_PASSWORD.toCharArray(), work)) {
            assertThat(store.access().role()).isEqualTo(AccountRole.COORDINATOR);
            assertThat(store.access().teams()).containsExactly(ownTeam);
            assertThat(store.access().mayRecord(ownTeam)).isTrue();
            assertThat(store.access().administers()).isFalse();
            Activity activity = store.database().find(Activity.class).where().eq("team.id", ownTeam)
                    .setMaxRows(1).findOne();
            assertThat(activity).isNotNull();
            activity.setNotes("Checked by the coordinator.");
            store.database().save(activity);
        }
        try (Connection owner = TestServer.connect(server); Statement statement = owner.createStatement();
             ResultSet last = statement.executeQuery(
                     "select database_user, action from audit_entry order by seq desc limit 1")) {
            assertThat(last.next()).isTrue();
            assertThat(last.getString(1)).isEqualTo(coordinator);
            assertThat(last.getString(2)).isEqualTo("UPDATE");
        }
        CommandLineRun verify = asOwner("audit", "verify");
        assertThat(verify.status()).as(verify.out() + verify.err()).isZero();
    }

    @Test
    void aLoginWithoutAnAccountReadsNothingAndIsToldWhy() throws Exception {
        try (Connection client = login(stranger)) {
            assertThat(count(client, "select count(*) from participation", null)).isZero();
        } catch (SQLException e) {
            // without the group role, the tables are not even granted: refused outright
            assertThat(e.getSQLState()).isEqualTo("42501");
        }
        assertThatThrownBy(() -> new StoreFactory().openServer(withUser(stranger), LOGIN_PASSWORD.toCharArray(),
                folder.resolve("stranger-work")))
                .isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.problem())
                        .isIn(StoreProblem.NO_ACCOUNT, StoreProblem.NOT_PERMITTED));
        CommandLineRun info = as(stranger, "analyse", "matrix");
        assertThat(info.status()).isNotZero();
        assertThat(info.err()).doesNotContain("Exception").doesNotContain("at org.");
    }

    @Test
    void anotherAdministratorOpensTheStoreAndAddsAccounts() throws Exception {
        String administrator = "admin_" + server.database().substring(server.database().length() - 8);
        CommandLineRun add = asOwner("accounts", "add", administrator, "--role", "administrator", "--new-login",
                "--login-password-file", loginPasswordFile.toString());
        assertThat(add.status()).as(add.err()).isZero();
        try {
            try (Store store = new StoreFactory().openServer(withUser(administrator), LOGIN_PASSWORD.toCharArray(),
                    folder.resolve("administrator-work"))) {
                assertThat(store.access().administers()).isTrue();
            }
            CommandLineRun list = as(administrator, "accounts", "list");
            assertThat(list.status()).as(list.err()).isZero();
            assertThat(list.out()).contains(coordinator, officer, administrator);
            CommandLineRun grant = as(administrator, "accounts", "add", officer, "--role", "officer");
            assertThat(grant.status()).as(grant.err()).isZero();
        } finally {
            asOwner("accounts", "remove", administrator);
            extraLogins.add(administrator);
        }
    }

    @Test
    void accountsAreRefusedClearly() {
        CommandLineRun badRole = asOwner("accounts", "add", "someone", "--role", "chief");
        assertThat(badRole.status()).isEqualTo(ExitStatus.USAGE.code());
        assertThat(badRole.err()).contains("chief");
        CommandLineRun noTeam = asOwner("accounts", "add", officer, "--role", "facilitator");
        assertThat(noTeam.status()).isEqualTo(ExitStatus.USAGE.code());
        CommandLineRun noSuchTeam = asOwner("accounts", "add", officer, "--role", "facilitator", "--team", "No such team");
        assertThat(noSuchTeam.status()).isNotZero();
        assertThat(noSuchTeam.err()).contains("No such team");
        CommandLineRun coordinatorAdds = as(coordinator, "accounts", "add", officer, "--role", "administrator");
        assertThat(coordinatorAdds.status()).isNotZero();
        assertThat(coordinatorAdds.err()).doesNotContain("Exception");
        CommandLineRun onLaptop = run("--store", folder.resolve("laptop").toString(), "accounts");
        assertThat(onLaptop.status()).isEqualTo(ExitStatus.USAGE.code());
    }

    private UUID teamId(String name) throws SQLException {
        try (Connection owner = TestServer.connect(server);
             PreparedStatement select = owner.prepareStatement("select id from process_team where name = ?")) {
            select.setString(1, name);
            try (ResultSet row = select.executeQuery()) {
                assertThat(row.next()).isTrue();
                return row.getObject(1, UUID.class);
            }
        }
    }

    private UUID otherTeamId(UUID ownTeam) throws SQLException {
        try (Connection owner = TestServer.connect(server);
             PreparedStatement select = owner.prepareStatement("select id from process_team where id <> ? limit 1")) {
            select.setObject(1, ownTeam);
            try (ResultSet row = select.executeQuery()) {
                assertThat(row.next()).isTrue();
                return row.getObject(1, UUID.class);
            }
        }
    }

    private static long count(Connection connection, String sql, UUID parameter) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            if (parameter != null) {
                select.setObject(1, parameter);
            }
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    private Connection login(String user) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        properties.setProperty("password", LOGIN_PASSWORD);
        return DriverManager.getConnection(server.jdbcUrl(), properties);
    }

    private ServerAddress withUser(String user) {
        return ServerAddress.parse("postgresql://" + user + "@" + server.host() + ":" + server.port() + "/"
                + server.database()).orElseThrow();
    }

    private CommandLineRun asOwner(String... arguments) {
        List<String> all = new ArrayList<>(List.of("--store", TestServer.commandLineAddress(server),
                "--password-file", passwordFile.toString()));
        all.addAll(List.of(arguments));
        return run(all.toArray(String[]::new));
    }

    private CommandLineRun as(String user, String... arguments) {
        List<String> all = new ArrayList<>(List.of("--store", "postgresql://" + user + "@" + server.host() + ":"
                + server.port() + "/" + server.database(), "--password-file", loginPasswordFile.toString()));
        all.addAll(List.of(arguments));
        return run(all.toArray(String[]::new));
    }

    private static CommandLineRun run(String... arguments) {
        return CommandLineRun.of(arguments);
    }
}
