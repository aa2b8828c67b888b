package org.inclusio.gui.settings;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.inclusio.gui.unlock.EnteredSecret;
import org.inclusio.gui.unlock.StoreRefusal;

/** The store's backups as the Settings show them; every method is called off the FX thread. */
public interface BackupCatalogue {

    /** One backup: its file, when and why it was made, and how many rows it holds. */
    record Row(Path file, Instant made, String reason, long records) {
    }

    /** Newest first. */
    List<Row> list() throws StoreRefusal;

    /** Backs the open store up into its backups folder and checks the copy. */
    Row backUpNow() throws StoreRefusal;

    /** Checks that the backup opens with the secret and holds what it counted. */
    void check(Path backup, EnteredSecret secret) throws StoreRefusal;

    /** Closes the store and puts the backup in its place (the replaced file is kept beside it). */
    void restore(Path backup, EnteredSecret secret) throws StoreRefusal;

    int keep() throws StoreRefusal;

    void setKeep(int keep) throws StoreRefusal;
}
