package org.inclusio.persistence;

import io.ebean.Database;
import io.ebean.Transaction;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.inclusio.model.Account;
import org.inclusio.model.AccountRole;
import org.inclusio.model.ProcessTeam;
import org.inclusio.model.query.QAccount;

/**
 * The accounts of a store on a region's server, and the server roles that enforce them. Each account role
 * has a group role on the server named after the database ({@code <database>_officer} and so on) holding
 * the table privileges the role needs; a login is given the group role of its account, and the database's
 * row-level security policies (migration 1.8) read the account's role and teams. The group roles are made,
 * and their privileges granted, when the first account is added; granting again is harmless.
 */
public final class ServerAccounts {

    /** A login name as the server keeps it without quoting. */
    private static final Pattern LOGIN = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    /** Tables whose rows coordinators and facilitators add, change and remove (within their teams). */
    private static final List<String> RECORDED = List.of("activity", "activity_barrier", "activity_accommodation",
            "participation", "participation_barrier", "participation_accommodation", "proposal",
            "workshop_session", "person", "consent", "group_membership", "person_identity", "team_membership",
            "reference_share", "process_team", "exclusion_flag");

    /** An account as listed. */
    public record Row(String login, AccountRole role, List<String> teams) {
    }

    /** The name or the role is not acceptable; nothing was changed. */
    public static final class AccountException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        /** What was wrong. */
        public enum Reason { NOT_SERVER, BAD_LOGIN, NO_SUCH_LOGIN, LOGIN_EXISTS, NO_SUCH_ACCOUNT, NEEDS_TEAM }

        private final Reason reason;

        AccountException(Reason reason, String message) {
            super(message);
            this.reason = reason;
        }

        public Reason reason() {
            return reason;
        }
    }

    private final Store store;

    public ServerAccounts(Store store) {
        this.store = store;
    }

    /** True for a name the server takes as a login without quoting (lower-case letters, digits, underscores). */
    public static boolean validLogin(String login) {
        return login != null && LOGIN.matcher(login).matches();
    }

    /** The group role of an account role in a database. */
    public static String groupRole(String database, AccountRole role) {
        String base = database.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
        String suffix = "_" + role.name().toLowerCase(Locale.ROOT);
        if (base.length() + suffix.length() > 63) {
            base = base.substring(0, 63 - suffix.length());
        }
        return base + suffix;
    }

    /** Every account, by login. */
    public List<Row> list() {
        requireServer();
        List<Row> rows = new ArrayList<>();
        for (Account account : new QAccount(store.database()).orderBy().databaseUser.asc().findList()) {
            rows.add(new Row(account.getDatabaseUser(), account.getRole(),
                    account.getTeams().stream().map(ProcessTeam::getName).sorted().toList()));
        }
        return rows;
    }

    /**
     * Gives a login an account: its role's group role on the server and the account's row, in one
     * transaction. A coordinator or facilitator names at least one team.
     *
     * @param newPassword the password of a login to create, or null for a login the server has already
     */
    public void add(String login, AccountRole role, Collection<UUID> teams, char[] newPassword) {
        requireServer();
        if (!validLogin(login)) {
            throw new AccountException(AccountException.Reason.BAD_LOGIN, "login name");
        }
        if ((role == AccountRole.COORDINATOR || role == AccountRole.FACILITATOR) && teams.isEmpty()) {
            throw new AccountException(AccountException.Reason.NEEDS_TEAM, "no team");
        }
        Database db = store.database();
        try (Transaction transaction = db.beginTransaction()) {
            Connection connection = transaction.connection();
            String database = currentDatabase(connection);
            boolean exists = loginExists(connection, login);
            if (newPassword != null && exists) {
                throw new AccountException(AccountException.Reason.LOGIN_EXISTS, "login exists");
            }
            if (newPassword == null && !exists) {
                throw new AccountException(AccountException.Reason.NO_SUCH_LOGIN, "no such login");
            }
            ensureGroupRoles(connection, database);
            try (Statement statement = connection.createStatement()) {
                if (newPassword != null) {
                    statement.execute("create role " + login + " login");
                    // the driver sends the password as a SCRAM verifier: it never reaches the server's logs in clear
                    connection.unwrap(org.postgresql.PGConnection.class).alterUserPassword(login, newPassword, null);
                }
                for (AccountRole other : AccountRole.values()) {
                    statement.execute("revoke " + groupRole(database, other) + " from " + login);
                }
                if (role == AccountRole.ADMINISTRATOR) {
                    // an administrator may hand the roles on (accounts), without the server's CREATEROLE right
                    for (AccountRole any : AccountRole.values()) {
                        statement.execute("grant " + groupRole(database, any) + " to " + login + " with admin option");
                    }
                } else {
                    statement.execute("grant " + groupRole(database, role) + " to " + login);
                }
            }
            Account account = new QAccount(db).usingTransaction(transaction).databaseUser.eq(login).findOne();
            if (account == null) {
                account = new Account();
                account.setDatabaseUser(login);
            }
            account.setRole(role);
            List<ProcessTeam> chosen = new ArrayList<>();
            for (UUID team : new HashSet<>(teams)) {
                chosen.add(db.reference(ProcessTeam.class, team));
            }
            account.setTeams(role == AccountRole.COORDINATOR || role == AccountRole.FACILITATOR ? chosen
                    : new ArrayList<>());
            db.save(account, transaction);
            transaction.commit();
        } catch (SQLException e) {
            throw new jakarta.persistence.PersistenceException(e.getMessage(), e);
        }
    }

    /** Takes an account away: its row and its group role; the login itself stays on the server. */
    public void remove(String login) {
        requireServer();
        Database db = store.database();
        try (Transaction transaction = db.beginTransaction()) {
            Account account = new QAccount(db).usingTransaction(transaction).databaseUser.eq(login).findOne();
            if (account == null) {
                throw new AccountException(AccountException.Reason.NO_SUCH_ACCOUNT, "no such account");
            }
            Connection connection = transaction.connection();
            String database = currentDatabase(connection);
            try (Statement statement = connection.createStatement()) {
                for (AccountRole role : AccountRole.values()) {
                    if (roleExists(connection, groupRole(database, role))) {
                        statement.execute("revoke " + groupRole(database, role) + " from " + login);
                    }
                }
            }
            account.getTeams().clear();
            db.save(account, transaction);
            db.delete(account, transaction);
            transaction.commit();
        } catch (SQLException e) {
            throw new jakarta.persistence.PersistenceException(e.getMessage(), e);
        }
    }

    /**
     * Grants the group roles what they need again, for tables a newer program added; done when the owner
     * opens the store. Does nothing before the first account exists.
     */
    static void refreshGrants(Connection connection) throws SQLException {
        String database = currentDatabase(connection);
        if (ownsTheTables(connection) && roleExists(connection, groupRole(database, AccountRole.ADMINISTRATOR))) {
            grant(connection, database);
        }
    }

    /** True for the tables' owner (or a superuser): only they may grant on the tables. */
    private static boolean ownsTheTables(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("select pg_has_role(session_user, (select tableowner from"
                     + " pg_tables where schemaname = current_schema() and tablename = 'account'), 'MEMBER')")) {
            return row.next() && row.getBoolean(1);
        }
    }

    /** What the login of a connection may do, as the server's policies see it. */
    static StoreAccess accessOf(Connection connection) throws SQLException {
        String role;
        String login;
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("select inclusio_account_role(), session_user")) {
            row.next();
            role = row.getString(1);
            login = row.getString(2);
        }
        if (role == null) {
            return null;
        }
        Set<UUID> teams = new HashSet<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select inclusio_my_teams()")) {
            while (rows.next()) {
                teams.add(rows.getObject(1, UUID.class));
            }
        }
        return new StoreAccess(AccountRole.valueOf(role), teams, login);
    }

    private void requireServer() {
        if (!store.isServer()) {
            throw new AccountException(AccountException.Reason.NOT_SERVER, "embedded store");
        }
    }

    private static void ensureGroupRoles(Connection connection, String database) throws SQLException {
        boolean made = false;
        try (Statement statement = connection.createStatement()) {
            for (AccountRole role : AccountRole.values()) {
                String name = groupRole(database, role);
                if (!roleExists(connection, name)) {
                    statement.execute("create role " + name + " nologin");
                    made = true;
                }
            }
        }
        // another administrator than the owner adds accounts to the roles the owner's grants already equip
        if (made || ownsTheTables(connection)) {
            grant(connection, database);
        }
    }

    private static void grant(Connection connection, String database) throws SQLException {
        String schema;
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("select current_schema()")) {
            row.next();
            schema = quoted(row.getString(1));
        }
        try (Statement statement = connection.createStatement()) {
            for (AccountRole role : AccountRole.values()) {
                String name = groupRole(database, role);
                statement.execute("grant connect on database " + quoted(database) + " to " + name);
                statement.execute("grant usage on schema " + schema + " to " + name);
                statement.execute("grant select on all tables in schema " + schema + " to " + name);
                statement.execute("grant execute on all functions in schema " + schema + " to " + name);
                statement.execute("grant insert on audit_entry, exchange_log, store_setting to " + name);
                statement.execute("grant update on audit_chain_head to " + name);
                switch (role) {
                    case ADMINISTRATOR -> statement.execute(
                            "grant select, insert, update, delete on all tables in schema " + schema + " to " + name);
                    case OFFICER -> statement.execute("grant insert, update on exclusion_flag to " + name);
                    case COORDINATOR, FACILITATOR -> statement.execute(
                            "grant insert, update, delete on " + String.join(", ", RECORDED) + " to " + name);
                }
            }
            // the migration table: read by every program that opens the store, changed only by the owner
            statement.execute("revoke insert, update, delete on db_migration from "
                    + groupRole(database, AccountRole.ADMINISTRATOR));
        }
    }

    private static String currentDatabase(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("select current_database()")) {
            row.next();
            return row.getString(1);
        }
    }

    private static boolean loginExists(Connection connection, String login) throws SQLException {
        return roleExists(connection, login);
    }

    private static boolean roleExists(Connection connection, String name) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("select 1 from pg_roles where rolname = ?")) {
            select.setString(1, name);
            try (ResultSet row = select.executeQuery()) {
                return row.next();
            }
        }
    }

    private static String quoted(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
