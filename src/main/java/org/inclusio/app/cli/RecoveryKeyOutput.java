package org.inclusio.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.inclusio.persistence.FilePermissions;

/** Hands the recovery key of a new store to the user once: into a private file, or on the terminal. */
final class RecoveryKeyOutput {

    private RecoveryKeyOutput() {
    }

    static void deliver(String recoveryKey, Path file, PrintWriter out, Path store) {
        String explanation = "The recovery key opens the store in " + store.toAbsolutePath() + " if the passphrase is forgotten. "
                + "It is shown only this once and kept nowhere else: print it or save it somewhere safe, apart "
                + "from the computer.";
        if (file == null) {
            out.println(explanation);
            out.println("Recovery key: " + recoveryKey);
            out.flush();
            return;
        }
        try {
            if (Files.exists(file)) {
                throw new CommandFailure("The recovery key file " + file + " already exists; it was not overwritten. "
                        + "The store was created: its recovery key is " + recoveryKey);
            }
            FilePermissions.createPrivateFile(file);
            Files.writeString(file, "Inclusio recovery key for the store in " + store.toAbsolutePath() + System.lineSeparator()
                    + recoveryKey + System.lineSeparator(), StandardCharsets.UTF_8);
            out.println("The recovery key was written to " + file + " (readable by you only). " + explanation);
            out.flush();
        } catch (IOException e) {
            throw new CommandFailure("The recovery key could not be written to " + file + ". The store was created: "
                    + "its recovery key is " + recoveryKey);
        }
    }
}
