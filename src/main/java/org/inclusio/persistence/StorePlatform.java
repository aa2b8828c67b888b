package org.inclusio.persistence;

import io.ebean.Database;

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
    },

    /** A PostgreSQL server; its own write-ahead log makes every commit durable. */
    POSTGRES {
        @Override
        public void checkpoint(Database database) {
            // a committed transaction is durable on the server already; CHECKPOINT is for its superuser
        }
    };

    /** Forces everything committed so far onto the disk, e.g. after a large import. */
    public abstract void checkpoint(Database database);

    /** True for a store that several users share on a server. */
    public boolean isServer() {
        return this == POSTGRES;
    }
}
