package org.inclusio.persistence;

import io.ebean.Database;

/**
 * Tells whether anyone changed the store: every change goes into the audit trail, whose head (the number of
 * its last entry) only moves forward. Reading it is one row, cheap enough to ask every few seconds.
 */
public final class ChangeMarker {

    private ChangeMarker() {
    }

    /** The number of the audit trail's last entry; it is larger after any change by anyone. */
    public static long read(Database database) {
        Long last = database.sqlQuery("select last_seq from audit_chain_head").mapToScalar(Long.class).findOne();
        return last == null ? 0 : last;
    }
}
