package org.inclusio.logic.demo;

import io.ebean.Database;
import io.ebean.annotation.Platform;

/**
 * Lets an embedded H2 store write a large load in the background while the load runs, and puts
 * the store's normal durability back afterwards. During the load H2 may keep committed work in
 * memory for up to a second, handing page writes to its own writer thread instead of the loading
 * thread; when the load ends (committed, failed or cancelled) every commit is made durable again
 * and a synchronous checkpoint puts everything on the disk before the load returns. Other
 * databases are left as they are.
 */
final class BulkLoadSettings implements AutoCloseable {

    private static final int LOAD_WRITE_DELAY_MILLIS = 1000;

    private final Database database;
    private final boolean applied;

    private BulkLoadSettings(Database database, boolean applied) {
        this.database = database;
        this.applied = applied;
    }

    /** Switches the store to bulk loading when it is an H2 store. */
    static BulkLoadSettings begin(Database database) {
        boolean h2 = database.platform().base() == Platform.H2;
        if (h2) {
            database.sqlUpdate("SET WRITE_DELAY " + LOAD_WRITE_DELAY_MILLIS).execute();
        }
        return new BulkLoadSettings(database, h2);
    }

    /** Makes every commit durable again and writes what the load committed to the disk. */
    @Override
    public void close() {
        if (applied) {
            try {
                database.sqlUpdate("SET WRITE_DELAY 0").execute();
            } finally {
                database.sqlUpdate("CHECKPOINT SYNC").execute();
            }
        }
    }
}
