package org.inclusio.persistence;

/**
 * The schema version this build of the program brings: the newest migration under
 * {@code src/main/resources/dbmigration}. A test fails when a migration is added without raising
 * it, so a store written by a newer program is always recognised and refused.
 */
public final class SchemaVersions {

    /** The newest migration this program carries. */
    public static final SchemaVersion CURRENT = SchemaVersion.parse("1.10");

    private SchemaVersions() {
    }
}
