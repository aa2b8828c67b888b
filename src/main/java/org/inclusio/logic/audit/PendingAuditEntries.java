package org.inclusio.logic.audit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;
import org.inclusio.persistence.FilePermissions;

/**
 * What happens to a store while it is not open cannot be written into its audit trail at once: a failed attempt
 * to unlock it, a restore from a backup, a passphrase changed from the command line. Each is noted in a small
 * private file beside the store (when, what, which operating-system user; never a value of the data) and moved
 * into the audit trail at the next unlock.
 */
public final class PendingAuditEntries {

    static final String FILE_NAME = "audit-pending.log";
    private static final int MAX_LINES = 10_000;
    private static final Logger LOG = Logger.getLogger(PendingAuditEntries.class.getName());

    private PendingAuditEntries() {
    }

    /** Notes one event; a store folder that cannot be written is left alone. */
    public static void note(Path storeDirectory, AuditAction action, String detail) {
        if (!Files.isDirectory(storeDirectory)) {
            return;
        }
        Path file = storeDirectory.resolve(FILE_NAME);
        try {
            if (!Files.exists(file)) {
                FilePermissions.createPrivateFile(file);
            }
            if (Files.size(file) > MAX_LINES * 200L) {
                return;
            }
            String line = Instant.now() + "\t" + action.name() + "\t" + clean(Actor.osUser()) + "\t" + clean(detail)
                    + System.lineSeparator();
            Files.writeString(file, line, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        } catch (IOException e) {
            LOG.warning("An event for the audit trail could not be noted: " + e.getClass().getSimpleName());
        }
    }

    /** Moves the noted events into the audit trail, one entry each, and forgets them. */
    public static void moveInto(AuditTrail trail, Path storeDirectory) {
        Path file = storeDirectory.resolve(FILE_NAME);
        if (!Files.exists(file)) {
            return;
        }
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (String line : lines.subList(0, Math.min(lines.size(), MAX_LINES))) {
                String[] parts = line.split("\t", 4);
                if (parts.length == 4) {
                    AuditAction action = AuditAction.valueOf(parts[1]);
                    trail.record(action, "Store", null, parts[3] + " (at " + parts[0] + ", operating-system user "
                            + parts[2] + ")");
                }
            }
            Files.delete(file);
        } catch (IOException | RuntimeException e) {
            LOG.warning("Noted events could not be moved into the audit trail: " + e.getClass().getSimpleName());
        }
    }

    private static String clean(String text) {
        return text == null ? "" : text.replaceAll("[\\t\\r\\n]", " ");
    }
}
