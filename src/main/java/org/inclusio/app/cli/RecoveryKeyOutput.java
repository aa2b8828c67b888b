package org.inclusio.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.inclusio.logic.i18n.Localization;
import org.inclusio.persistence.FilePermissions;

/** Hands the recovery key of a new store to the user once: into a private file, or on the terminal. */
final class RecoveryKeyOutput {

    private RecoveryKeyOutput() {
    }

    static void deliver(String recoveryKey, Path file, PrintWriter out, Path store) {
        Localization l10n = StoreCommand.localization();
        String explanation = l10n.text("cli.recoveryKey.explanation", store.toAbsolutePath().toString());
        if (file == null) {
            out.println(explanation);
            out.println(l10n.text("cli.recoveryKey.shown", recoveryKey));
            out.flush();
            return;
        }
        try {
            if (Files.exists(file)) {
                throw new CommandFailure(l10n.text("cli.recoveryKey.fileExists", file.toString(), recoveryKey));
            }
            FilePermissions.createPrivateFile(file);
            Files.writeString(file, l10n.text("cli.recoveryKey.fileHeading", store.toAbsolutePath().toString())
                    + System.lineSeparator()
                    + recoveryKey + System.lineSeparator(), StandardCharsets.UTF_8);
            out.println(l10n.text("cli.recoveryKey.written", file.toString(), explanation));
            out.flush();
        } catch (IOException e) {
            throw new CommandFailure(l10n.text("cli.recoveryKey.notWritten", file.toString(), recoveryKey));
        }
    }
}
