package org.inclusio.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Properties;
import java.util.UUID;
import org.inclusio.persistence.ServerAddress;
import org.junit.jupiter.api.Assumptions;

/**
 * The PostgreSQL server the server tests run against, named by the environment:
 * {@value #ADDRESS_VARIABLE} (an address whose user may create databases, e.g.
 * {@code postgresql://inclusio_test@localhost/inclusio_test}) and {@value #PASSWORD_VARIABLE}. Continuous
 * integration starts Debian's PostgreSQL and sets both, and sets {@value #REQUIRED_VARIABLE} so that a server
 * that is missing or unreachable fails the tests there; elsewhere they are skipped without a server. Each test
 * class gets a database of its own, dropped afterwards.
 */
public final class TestServer {

    public static final String ADDRESS_VARIABLE = "INCLUSIO_TEST_POSTGRES";
    public static final String PASSWORD_VARIABLE = "INCLUSIO_TEST_POSTGRES_PASSWORD";
    public static final String REQUIRED_VARIABLE = "INCLUSIO_TEST_POSTGRES_REQUIRED";

    /** The system property that puts the stores of {@link TestStores#open} on the test server. */
    public static final String STORE_PROPERTY = "inclusio.test.store";

    private static final java.util.Map<Path, ServerAddress> DATABASES = new java.util.concurrent.ConcurrentHashMap<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> DATABASES.values().forEach(database -> {
            try {
                drop(database);
            } catch (RuntimeException ignored) {
                // the server went away first
            }
        })));
    }

    private TestServer() {
    }

    /** True when the tests' stores are to be databases on the test server. */
    public static boolean storesOnServer() {
        return "postgres".equals(System.getProperty(STORE_PROPERTY));
    }

    /** The store for a test's folder: a database of its own on the server, made at the first open. */
    public static org.inclusio.persistence.Store storeFor(Path directory) {
        Path key = directory.toAbsolutePath().normalize();
        ServerAddress database = DATABASES.computeIfAbsent(key, k -> newDatabase());
        return new org.inclusio.persistence.StoreFactory().openServer(database, password(), key.resolve("work"));
    }

    /** The administering address; skips the calling test when no server is configured and none is required. */
    public static ServerAddress admin() {
        String address = System.getenv(ADDRESS_VARIABLE);
        boolean required = "true".equalsIgnoreCase(System.getenv(REQUIRED_VARIABLE));
        if (address == null || address.isBlank()) {
            if (required) {
                throw new IllegalStateException(ADDRESS_VARIABLE + " is not set but server tests are required");
            }
            Assumptions.abort("no PostgreSQL server configured (" + ADDRESS_VARIABLE + ")");
        }
        return ServerAddress.parse(address).orElseThrow();
    }

    public static char[] password() {
        String password = System.getenv(PASSWORD_VARIABLE);
        return password == null ? null : password.toCharArray();
    }

    /** A new, empty database on the server, owned by the test user. */
    public static ServerAddress newDatabase() {
        ServerAddress admin = admin();
        String name = "inclusio_t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        execute(admin, "create database " + name);
        return ServerAddress.parse(admin.jdbcUrl().replace("/" + admin.database(), "/" + name)
                + (admin.jdbcUrl().contains("?") ? "&" : "?") + "user=" + admin.effectiveUser()).orElseThrow();
    }

    /** Drops a database made by {@link #newDatabase}, closing what is still connected to it. */
    public static void drop(ServerAddress database) {
        if (database == null) {
            return;
        }
        // the server's own autovacuum worker may be busy in the new database, and its process cannot be
        // terminated by the test's role (42501): it ends by itself within moments, so the drop is tried again
        for (int attempt = 1; ; attempt++) {
            try {
                execute(admin(), "drop database if exists " + database.database() + " with (force)");
                return;
            } catch (IllegalStateException refused) {
                if (attempt == 20 || !(refused.getCause() instanceof SQLException sql)
                        || !"42501".equals(sql.getSQLState())) {
                    throw refused;
                }
                try {
                    Thread.sleep(500);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw refused;
                }
            }
        }
    }

    /**
     * Drops what a test made beside its database: the group roles of the database's accounts and the logins
     * named (roles outlive the database they were granted in). Call after {@link #drop}.
     */
    public static void dropRoles(ServerAddress database, String... logins) {
        java.util.List<String> names = new java.util.ArrayList<>(java.util.List.of(logins));
        for (String role : java.util.List.of("administrator", "officer", "coordinator", "facilitator")) {
            names.add(database.database() + "_" + role);
        }
        try (Connection connection = connect(admin()); Statement statement = connection.createStatement()) {
            for (String name : names) {
                if (!name.matches("[a-z_][a-z0-9_]{0,62}")) {
                    throw new IllegalArgumentException("unexpected role name");
                }
                statement.execute("drop role if exists " + name);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the test server refused: " + e.getSQLState(), e);
        }
    }

    /** A private file holding the password, for commands run in a test ({@code --password-file}). */
    public static Path passwordFile() {
        try {
            Path file = Files.createTempFile("inclusio-test-password", ".txt");
            file.toFile().deleteOnExit();
            char[] password = password();
            Files.writeString(file, (password == null ? "" : new String(password)) + System.lineSeparator());
            return file;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The address as the command line takes it. */
    public static String commandLineAddress(ServerAddress database) {
        return "postgresql://" + database.effectiveUser() + "@" + database.host() + ":" + database.port() + "/"
                + database.database();
    }

    public static Connection connect(ServerAddress address) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", address.effectiveUser());
        char[] password = password();
        if (password != null) {
            properties.setProperty("password", new String(password));
        }
        return DriverManager.getConnection(address.jdbcUrl(), properties);
    }

    private static void execute(ServerAddress address, String sql) {
        if (!sql.toLowerCase(Locale.ROOT).matches("(create|drop) database [a-z0-9_ ()]+")) {
            throw new IllegalArgumentException("unexpected statement");
        }
        try (Connection connection = connect(address); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("the test server refused: " + e.getSQLState(), e);
        }
    }
}
