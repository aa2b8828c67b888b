package org.inclusio.persistence;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Run as a separate process: opens a store through {@link StoreFactory} as a program that supports
 * schema version {@code args[1]} would (the migrations it runs are those on its class path), then
 * prints the store's schema version and record counts and closes it. Used to upgrade a store to a
 * test-only schema version and to look at it afterwards. Prints {@value #OPENING} just before the
 * store is opened.
 */
public final class StoreProbe {

    public static final String OPENING = "OPENING";
    /** The tables whose rows are counted, with the names the output gives them. */
    public static final List<String> TABLES = List.of("organisation", "process_team", "person", "activity",
            "participation", "proposal", "exclusion_flag");

    private StoreProbe() {
    }

    public static void main(String[] args) throws SQLException {
        java.util.logging.Logger.getLogger("").setLevel(java.util.logging.Level.WARNING);
        String passphrase = System.getenv("INCLUSIO_PASSPHRASE");
        StoreSecret secret = passphrase == null ? null : new StoreSecret.Passphrase(passphrase.toCharArray());
        StoreFactory factory = new StoreFactory(SchemaVersion.parse(args[1]));
        System.out.println(OPENING);
        System.out.flush();
        try (Store store = factory.open(Path.of(args[0]), secret);
             Connection connection = store.database().dataSource().getConnection()) {
            System.out.println("version=" + StoreFactory.appliedVersion(connection));
            try (Statement statement = connection.createStatement()) {
                for (String table : TABLES) {
                    try (ResultSet rows = statement.executeQuery("select count(*) from " + table)) {
                        rows.next();
                        System.out.println("count." + table + "=" + rows.getLong(1));
                    }
                }
                try (ResultSet tables = connection.getMetaData().getTables(null, null, "RELIABILITY_PROBE", null)) {
                    if (tables.next()) {
                        try (ResultSet rows = statement.executeQuery("select count(*) from reliability_probe")) {
                            rows.next();
                            System.out.println("probe=" + rows.getLong(1));
                        }
                    } else {
                        System.out.println("probe=absent");
                    }
                }
            }
            connection.rollback();
        } catch (StoreException e) {
            System.err.println("store problem: " + e.problem());
            System.exit(3);
        }
        System.exit(0);
    }
}
