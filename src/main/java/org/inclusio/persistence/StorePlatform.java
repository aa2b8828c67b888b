package org.inclusio.persistence;

import io.ebean.Database;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

/**
 * What differs between the two kinds of store: an embedded H2 file on this computer, or a database on a
 * PostgreSQL server that a region's users share.
 */
public enum StorePlatform {

    /** An embedded H2 store in a folder, encrypted with a file key. */
    H2 {
        @Override
        public void checkpoint(Database database) {
            database.sqlUpdate("CHECKPOINT SYNC").execute();
        }

        @Override
        public boolean closeCompacting(Database database) {
            Map<String, Long> info = new HashMap<>();
            database.sqlQuery("select setting_name, setting_value from information_schema.settings"
                    + " where setting_name in ('info.FILE_SIZE', 'info.FILL_RATE', 'info.CHUNKS_FILL_RATE')")
                    .findEach(row -> info.put(row.getString("setting_name"), Long.parseLong(row.getString("setting_value"))));
            long size = info.getOrDefault("info.FILE_SIZE", 0L);
            long live = size * info.getOrDefault("info.FILL_RATE", 100L) / 100
                    * info.getOrDefault("info.CHUNKS_FILL_RATE", 100L) / 100;
            long unused = size - live;
            if (unused < MIN_UNUSED_BYTES_TO_COMPACT || unused < live) {
                return false;
            }
            // H2 copies the live pages into a new file and then puts it in place of the old one in one rename,
            // so a process killed meanwhile leaves the old file whole (H2 deletes the unfinished copy on open)
            try (Connection connection = database.dataSource().getConnection();
                 Statement statement = connection.createStatement()) {
                statement.execute("SHUTDOWN COMPACT");
            } catch (SQLException e) {
                throw new jakarta.persistence.PersistenceException(e);
            }
            return true;
        }
    },

    /** A PostgreSQL server; its own write-ahead log makes every commit durable. */
    POSTGRES {
        @Override
        public void checkpoint(Database database) {
            // a committed transaction is durable on the server already; CHECKPOINT is for its superuser
        }

        @Override
        public boolean closeCompacting(Database database) {
            // the server keeps its own files tidy (autovacuum)
            return false;
        }
    };

    /** Below this much unused space a store's file is left as it is when it closes. */
    static final long MIN_UNUSED_BYTES_TO_COMPACT = 8L * 1024 * 1024;

    /** Forces everything committed so far onto the disk, e.g. after a large import. */
    public abstract void checkpoint(Database database);

    /**
     * Gives unused space in the store's file back when it closes: when more than half of the file (and more
     * than {@link #MIN_UNUSED_BYTES_TO_COMPACT}) is unused, the live data is rewritten into a smaller file
     * and the database is shut down; otherwise nothing happens.
     *
     * @return whether the database was compacted and shut down
     */
    public abstract boolean closeCompacting(Database database);

    /** True for a store that several users share on a server. */
    public boolean isServer() {
        return this == POSTGRES;
    }
}
