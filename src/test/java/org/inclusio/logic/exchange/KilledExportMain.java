package org.inclusio.logic.exchange;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.inclusio.app.AppServices;
import org.inclusio.logic.i18n.Localization;
import org.inclusio.logic.task.TaskContext;

/**
 * Run in a child JVM by {@link LeftoversTest}: starts an export with identities (an encrypted
 * interchange file, or the identities register as XLSX) the way the program does, says
 * {@value #WRITING} on standard output once records are being written, and then waits to be killed.
 * Arguments: STORE TARGET PASSPHRASE-FILE interchange|register.
 */
public final class KilledExportMain {

    static final String WRITING = "writing";

    private KilledExportMain() {
    }

    public static void main(String[] args) throws Exception {
        Path store = Path.of(args[0]);
        Path target = Path.of(args[1]);
        char[] passphrase = Files.readString(Path.of(args[2]), StandardCharsets.UTF_8).strip().toCharArray();
        boolean register = "register".equals(args[3]);
        Localization l10n = new Localization(Locale.UK);
        PrintStream out = System.out;
        try (AppServices services = org.inclusio.testing.TestStores.services(store, l10n)) {
            TempFiles temporary = new TempFiles(store);
            int identities = services.store().database().sqlQuery("select count(*) as n from person_identity")
                    .findOne().getInteger("n");
            TaskContext pausing = new Pausing(out, register ? Math.max(1, identities - 1) : 1);
            try (ExportTarget export = temporary.beginExport(target)) {
                if (register) {
                    new TableExporter(services.store().database(), temporary).exportRegister(RecordKind.PERSON_IDENTITY,
                            true, TableFormat.XLSX, export.stream(), pausing);
                } else {
                    services.interchangeExporter().export(Selection.all(),
                            new ExportOptions(true, null, passphrase, null), export.stream(), pausing);
                }
                export.commit();
            }
        }
        out.println("finished");
        out.flush();
        System.exit(0);
    }

    /**
     * Lets the export run until the first progress report (interchange file) or up to the last row
     * (spreadsheet, so that rows have gone to its scratch file), then holds it.
     */
    private static final class Pausing implements TaskContext {
        private final PrintStream out;
        private final int after;
        private int seen;

        Pausing(PrintStream out, int after) {
            this.out = out;
            this.after = after;
        }

        private void tick() {
            if (++seen < after) {
                return;
            }
            out.println(WRITING);
            out.flush();
            while (true) {
                try {
                    Thread.sleep(60_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }

        @Override
        public void updateProgress(long done, long total) {
            if (done > 0 && done < total) {
                tick();
            }
        }

        @Override
        public void updateMessage(String message) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }

        @Override
        public void checkCancelled() {
            if (after > 1) {
                tick();
            }
        }
    }
}
