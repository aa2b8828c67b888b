package org.inclusio.app;

import java.nio.file.Path;
import java.util.List;
import org.inclusio.gui.settings.BackupCatalogue;
import org.inclusio.gui.unlock.EnteredSecret;
import org.inclusio.gui.unlock.StoreRefusal;
import org.inclusio.logic.audit.AuditAction;
import org.inclusio.persistence.Backups;

/** The store's {@link Backups} for the Settings' Backups tab; failures become plain sentences. */
final class WindowBackups implements BackupCatalogue {

    private final WindowStoreGate gate;
    private final Backups backups;

    WindowBackups(WindowStoreGate gate, Path storeDirectory) {
        this.gate = gate;
        this.backups = new Backups(storeDirectory);
    }

    @Override
    public List<Row> list() throws StoreRefusal {
        try {
            return backups.list().stream().map(WindowBackups::row).toList();
        } catch (RuntimeException e) {
            throw gate.refusal(e);
        }
    }

    @Override
    public Row backUpNow() throws StoreRefusal {
        if (gate.onServer()) {
            throw new StoreRefusal(gate.serverBackupsNote());
        }
        try {
            Backups.Entry made = backups.backup(gate.services().store(), null, Backups.MANUAL);
            StoreOpening.record(gate.services().store(), AuditAction.BACKUP, "backup asked for in the window: "
                    + made.file().getFileName());
            return row(made);
        } catch (RuntimeException e) {
            throw gate.refusal(e);
        }
    }

    @Override
    public void check(Path backup, EnteredSecret secret) throws StoreRefusal {
        try {
            backups.verify(backup, WindowStoreGate.storeSecret(secret));
        } catch (RuntimeException e) {
            throw gate.refusal(e);
        }
    }

    @Override
    public void restore(Path backup, EnteredSecret secret) throws StoreRefusal {
        try {
            AppServices open = gate.services();
            if (open != null) {
                open.close();
                gate.closed();
            }
            backups.restore(backup, WindowStoreGate.storeSecret(secret));
            StoreOpening.noteWhileClosed(backups.folder().getParent(), AuditAction.RESTORE, "restored in the window from " + backup.getFileName());
        } catch (RuntimeException e) {
            throw gate.refusal(e);
        }
    }

    @Override
    public int keep() throws StoreRefusal {
        try {
            return backups.keep();
        } catch (RuntimeException e) {
            throw gate.refusal(e);
        }
    }

    @Override
    public void setKeep(int keep) throws StoreRefusal {
        try {
            backups.setKeep(keep);
        } catch (RuntimeException e) {
            throw gate.refusal(e);
        }
    }

    private static Row row(Backups.Entry entry) {
        return new Row(entry.file(), entry.made(), entry.reason(), entry.records());
    }
}
