package org.inclusio.logic.audit;

import io.ebean.Transaction;
import io.ebean.event.BeanDeleteIdRequest;
import io.ebean.event.BeanPersistController;
import io.ebean.event.BeanPersistRequest;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.inclusio.model.AuditChainHead;
import org.inclusio.model.AuditEntry;
import org.inclusio.model.BaseEntity;

/**
 * Records every insert, update and delete that goes through Ebean in the audit trail, inside the
 * transaction that makes it: the record's kind, its id and the names of the fields written, never
 * their values. Ebean calls it while the transaction is open, unlike its change log, whose
 * listener runs after the commit on another thread. The store's factory finds it through
 * {@code META-INF/services}, so every store the program opens is audited. Transactions declared
 * bulk ({@link AuditTrail#markBulk}) are left to the one summary their caller records.
 */
public final class AuditPersistController implements BeanPersistController {

    /** Bookkeeping every entity has; not worth naming as a changed field. */
    private static final Set<String> TECHNICAL = Set.of("id", "version", "whenCreated", "whenModified");

    @Override
    public int getExecutionOrder() {
        return 1000;
    }

    @Override
    public boolean isRegisterFor(Class<?> type) {
        return type != AuditEntry.class && type != AuditChainHead.class;
    }

    @Override
    public boolean preInsert(BeanPersistRequest<?> request) {
        return true;
    }

    @Override
    public void postInsert(BeanPersistRequest<?> request) {
        record(request.transaction(), AuditAction.CREATE, request.bean(), request.loadedProperties());
    }

    @Override
    public boolean preUpdate(BeanPersistRequest<?> request) {
        Set<String> updated = request.updatedProperties();
        if (updated != null && updated.contains("deleted") && request.bean() instanceof BaseEntity) {
            // the trash is a flag; its own entry says so
            record(request.transaction(), AuditAction.MOVE_TO_TRASH, request.bean(), updated);
        } else {
            record(request.transaction(), AuditAction.UPDATE, request.bean(), updated);
        }
        return true;
    }

    @Override
    public void postUpdate(BeanPersistRequest<?> request) {
    }

    @Override
    public boolean preDelete(BeanPersistRequest<?> request) {
        record(request.transaction(), AuditAction.DELETE, request.bean(), null);
        return true;
    }

    @Override
    public boolean preSoftDelete(BeanPersistRequest<?> request) {
        record(request.transaction(), AuditAction.MOVE_TO_TRASH, request.bean(), null);
        return true;
    }

    @Override
    public void preDelete(BeanDeleteIdRequest request) {
        Transaction transaction = request.transaction();
        if (transaction == null || ChainAppender.isBulk(transaction)) {
            return;
        }
        Object id = request.id();
        ChainAppender.of(transaction).add(AuditAction.DELETE, request.beanType().getSimpleName(),
                id instanceof UUID uuid ? uuid : null, null, null);
    }

    @Override
    public void postDelete(BeanPersistRequest<?> request) {
    }

    @Override
    public void postSoftDelete(BeanPersistRequest<?> request) {
    }

    private static void record(Transaction transaction, AuditAction action, Object bean, Collection<String> fields) {
        if (transaction == null || ChainAppender.isBulk(transaction)) {
            return;
        }
        UUID id = bean instanceof BaseEntity entity ? entity.getId() : null;
        ChainAppender.of(transaction).add(action, bean.getClass().getSimpleName(), id, fieldNames(fields), null);
    }

    /** The field names, sorted, without bookkeeping; null when there are none. */
    static String fieldNames(Collection<String> fields) {
        if (fields == null) {
            return null;
        }
        Set<String> names = new TreeSet<>(fields);
        names.removeAll(TECHNICAL);
        return names.isEmpty() ? null : String.join(",", names);
    }
}
