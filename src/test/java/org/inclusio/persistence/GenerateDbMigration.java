package org.inclusio.persistence;

import io.ebean.annotation.Platform;
import io.ebean.dbmigration.DbMigration;
import java.io.IOException;

/**
 * Writes the next migration (H2 and PostgreSQL) from the difference between the entities and
 * the committed model. Run after changing an entity:
 * {@code ./mvnw -q process-test-classes exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.inclusio.persistence.GenerateDbMigration}; add
 * {@code -Dexec.args="1.4 name_of_change"} to choose the version and name instead of the next
 * free number, so that changes made side by side do not take the same number.
 */
public final class GenerateDbMigration {

    private GenerateDbMigration() {
    }

    public static void main(String[] args) throws IOException {
        DbMigration migration = DbMigration.create();
        migration.addPlatform(Platform.H2);
        migration.addPlatform(Platform.POSTGRES);
        migration.setPathToResources("src/main/resources");
        if (args.length > 0) {
            migration.setVersion(args[0]);
        }
        if (args.length > 1) {
            migration.setName(args[1]);
        }
        migration.generateMigration();
        // a leftover Ebean thread would otherwise keep exec:java waiting
        System.exit(0);
    }
}
