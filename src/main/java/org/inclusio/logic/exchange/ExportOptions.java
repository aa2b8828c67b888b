package org.inclusio.logic.exchange;

import java.nio.file.Path;

/**
 * How to export: whether identifying details (names and contact details) go into the file, which
 * is never the default; and optionally the file this store last imported from the destination,
 * whose stamps become each record's {@code base} so the destination can tell who changed what.
 * An export with identifying details is written only encrypted, with {@code passphrase} (one without
 * them is encrypted too when a passphrase is given)
 * (see {@link EncryptedContainer}); {@code sincePassphrase} opens the {@code since} file when that
 * one is encrypted.
 */
public record ExportOptions(boolean includeIdentities, Path since, char[] passphrase, char[] sincePassphrase) {

    public ExportOptions(boolean includeIdentities, Path since) {
        this(includeIdentities, since, null, null);
    }

    public static ExportOptions defaults() {
        return new ExportOptions(false, null);
    }

    /**
     * True when the file will be the encrypted container rather than plain JSON: always with
     * identifying details, and without them when a passphrase is given (a workshop packed for the office).
     */
    public boolean encrypted() {
        return includeIdentities || passphrase != null;
    }
}
