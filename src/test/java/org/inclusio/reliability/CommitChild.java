package org.inclusio.reliability;

import io.ebean.Database;
import io.ebean.Transaction;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.inclusio.persistence.Store;
import org.inclusio.testing.TestStores;

/**
 * A program that a test kills: it writes to a store and prints each step once it is committed.
 *
 * <p>{@code commits DIR SEED}: first frees space inside the file (a large table made and dropped), then
 * commits updates of one row without end, each of a random size, printing {@code COMMITTED n} after the
 * n-th commit returned.
 *
 * <p>{@code close DIR}: leaves most of the file unused (a large table filled and emptied), commits one
 * last row, prints {@code CLOSING}, closes the store (which then rewrites its file smaller) and prints
 * {@code CLOSED}.
 */
public final class CommitChild {

    static final String TABLE = "kill_probe";
    static final int LAST_ROW = 1_000_000;

    private CommitChild() {
    }

    public static void main(String[] args) {
        Path directory = Path.of(args[1]);
        Store store = TestStores.open(directory);
        Database database = store.database();
        database.sqlUpdate("create table if not exists " + TABLE + " (id int primary key, n int, pad varchar)")
                .execute();
        if (args[0].equals("commits")) {
            commits(database, Long.parseLong(args[2]));
        } else {
            database.sqlUpdate("insert into " + TABLE + " select x, x, repeat('w', 2000) from system_range(1, 12000)")
                    .execute();
            database.sqlUpdate("delete from " + TABLE).execute();
            database.sqlUpdate("insert into " + TABLE + " values (" + LAST_ROW + ", 1, 'last')").execute();
            System.out.println("CLOSING");
            store.close();
            System.out.println("CLOSED");
        }
    }

    private static void commits(Database database, long seed) {
        database.sqlUpdate("merge into " + TABLE + " key (id) values (1, 0, '')").execute();
        database.sqlUpdate("create table kill_probe_spare as select x, repeat('s', 3000) pad from system_range(1, 3000)")
                .execute();
        database.sqlUpdate("drop table kill_probe_spare").execute();
        database.sqlUpdate("SET RETENTION_TIME 0").execute();
        SplittableRandom random = new SplittableRandom(seed);
        for (int n = 1; ; n++) {
            try (Transaction transaction = database.beginTransaction()) {
                database.sqlUpdate("update " + TABLE + " set n = ?, pad = ? where id = 1").setParameter(1, n)
                        .setParameter(2, "x".repeat(random.nextInt(20_000))).execute();
                transaction.commit();
            }
            System.out.println("COMMITTED " + n);
        }
    }
}
