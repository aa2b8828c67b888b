package org.inclusio.logic.exchange.sheet;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.inclusio.logic.i18n.Localization;
import org.inclusio.logic.task.BackgroundTask;
import org.inclusio.logic.task.TaskContext;

/** Messy hand-made files and a throw-away preferences node for the spreadsheet import tests. */
final class SheetFiles {

    static final Localization L10N = new Localization(Locale.UK);
    static final TaskContext NO_TASK = BackgroundTask.progressChannel("test");
    static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private SheetFiles() {
    }

    static Path csv(Path dir, String name, String text, boolean bom) throws IOException {
        Path file = dir.resolve(name);
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[(bom ? 3 : 0) + body.length];
        if (bom) {
            System.arraycopy(BOM, 0, bytes, 0, 3);
        }
        System.arraycopy(body, 0, bytes, bom ? 3 : 0, body.length);
        Files.write(file, bytes);
        return file;
    }

    /** A preferences node of its own, removed by {@link #forget}. */
    static Preferences scratchPreferences() {
        return Preferences.userRoot().node("org/inclusio/test-import/" + UUID.randomUUID());
    }

    static void forget(Preferences node) throws BackingStoreException {
        node.removeNode();
    }
}
