package org.inclusio.logic.store;

import org.inclusio.logic.audit.AuditAction;
import org.inclusio.logic.audit.AuditTrail;
import org.inclusio.logic.task.ProgressListener;
import org.inclusio.persistence.Store;
import org.inclusio.persistence.StoreCopy;

/**
 * Moves a region's data from a laptop's store onto its server: every record is copied into the server's
 * empty store in one transaction and counted on both sides (see {@link StoreCopy}). Both audit trails say
 * so: the laptop's that its records were copied, and where; the server's, continuing the copied chain, where
 * they came from. The laptop's store is left as it was.
 */
public final class StoreMigration {

    private StoreMigration() {
    }

    public static StoreCopy.Result toServer(Store laptop, Store server, ProgressListener progress,
                                            java.util.function.BooleanSupplier cancelled) {
        StoreCopy.Result result = StoreCopy.copy(laptop, server, new StoreCopy.Progress() {
            @Override
            public void copied(String table, long rows, long done, long total) {
                progress.progress(done, total);
            }

            @Override
            public boolean cancelled() {
                return cancelled.getAsBoolean();
            }
        });
        String detail = "whole store copied from a laptop store to the server, " + result.total()
                + " rows, counts verified";
        new AuditTrail(server.database()).record(AuditAction.IMPORT, "Store", null, detail);
        new AuditTrail(laptop.database()).record(AuditAction.EXPORT, "Store", null,
                "whole store copied to the server " + server.displayName() + ", " + result.total() + " rows");
        return result;
    }
}
