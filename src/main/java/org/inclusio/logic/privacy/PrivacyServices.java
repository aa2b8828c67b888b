package org.inclusio.logic.privacy;

import io.ebean.Database;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.UUID;
import org.inclusio.logic.store.VocabularyTexts;
import org.inclusio.logic.i18n.Localization;

/**
 * The data subject's rights over one store: erasure, access and the retention of identities, all
 * reporting to the same {@link PrivacyLog}.
 */
public final class PrivacyServices {

    private final ErasureService erasure;
    private final AccessService access;
    private final AccessWriter accessWriter;
    private final RetentionService retention;
    private final PrivacyLog log;

    public PrivacyServices(Database db, Localization l10n, Clock clock, PrivacyLog log) {
        this.log = log;
        this.erasure = new ErasureService(db, log);
        this.access = new AccessService(db, clock, new VocabularyTexts(l10n));
        this.accessWriter = new AccessWriter(l10n);
        this.retention = new RetentionService(db, clock, log);
    }

    public ErasureService erasure() {
        return erasure;
    }

    public AccessService access() {
        return access;
    }

    public AccessWriter accessWriter() {
        return accessWriter;
    }

    public RetentionService retention() {
        return retention;
    }

    /**
     * Writes everything held about the person to the file (private to its owner), then records the export.
     *
     * @throws PersonNotFoundException when the person does not exist
     * @throws IOException             when the file cannot be written; no partial file is left
     */
    public void exportAccess(UUID personId, AccessWriter.Format format, Path file) throws IOException {
        accessWriter.write(access.report(personId), format, file);
        log.accessExported(personId);
    }

    /** Where erasures, access exports and purges are recorded. */
    public PrivacyLog log() {
        return log;
    }
}
