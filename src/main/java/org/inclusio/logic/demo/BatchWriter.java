package org.inclusio.logic.demo;

import io.ebean.Database;
import io.ebean.Transaction;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.inclusio.logic.task.TaskContext;
import org.inclusio.logic.task.CancelledException;
import org.inclusio.model.BaseEntity;

/**
 * Writes the demo records through one batched transaction, counts them, and reports progress to
 * the background task (checking for cancellation) every few steps.
 */
final class BatchWriter {

    static final int BATCH_SIZE = 500;
    private static final int STEPS_PER_REPORT = 100;

    private final Database database;
    private final Transaction transaction;
    private final TaskContext task;
    private final long totalSteps;
    private final Map<Class<?>, Long> written = new HashMap<>();
    private final DemoIds ids = DemoIds.startingNow();
    private long steps;

    BatchWriter(Database database, Transaction transaction, TaskContext task, long totalSteps) {
        this.database = database;
        this.transaction = transaction;
        this.task = task;
        this.totalSteps = totalSteps;
    }

    /** A new identity, larger than every one handed out before in this load. */
    UUID newId() {
        return ids.next();
    }

    void insert(BaseEntity bean) {
        if (bean.getId() == null) {
            bean.setId(newId());
        }
        database.insert(bean, transaction);
        written.merge(bean.getClass(), 1L, Long::sum);
    }

    /** Sends what is batched to the database, so that the next records may refer to it. */
    void flush() {
        transaction.flush();
    }

    /** A reference to a stored record by its identity, for a foreign key; nothing is loaded. */
    <T> T reference(Class<T> type, Object id) {
        return database.reference(type, id);
    }

    long written(Class<?> type) {
        return written.getOrDefault(type, 0L);
    }

    /** One unit of work done (a person or an activity written). */
    void step() throws CancelledException {
        steps++;
        if (steps % STEPS_PER_REPORT == 0 || steps == totalSteps) {
            report();
        }
    }

    void report() throws CancelledException {
        if (task != null) {
            task.checkCancelled();
            task.updateProgress(steps, totalSteps);
        }
    }
}
