package org.inclusio.logic.exchange;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Opens an interchange file for reading, plain JSON or the {@link EncryptedContainer} (told apart
 * by the first bytes); the encrypted one is decrypted as it is read, never into a file.
 */
final class InterchangeInput {

    private InterchangeInput() {
    }

    /** The file's JSON as a stream; a wrong or missing passphrase is refused here, before reading. */
    static InputStream open(Path file, char[] passphrase, ProblemText problems) throws ExchangeException {
        boolean encrypted;
        try {
            encrypted = EncryptedContainer.isEncrypted(file);
        } catch (IOException e) {
            throw problems.at(Problem.NOT_READABLE, "", null, e.getMessage());
        }
        if (encrypted && (passphrase == null || passphrase.length == 0)) {
            throw problems.encrypted(Problem.PASSPHRASE_NEEDED);
        }
        InputStream raw = null;
        try {
            raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
            return encrypted ? EncryptedContainer.decrypt(raw, passphrase) : raw;
        } catch (EncryptedContainer.ContainerException e) {
            close(raw);
            throw problems.encrypted(e);
        } catch (IOException e) {
            close(raw);
            throw problems.at(Problem.NOT_READABLE, "", null, e.getMessage());
        }
    }

    private static void close(InputStream in) {
        if (in != null) {
            try {
                in.close();
            } catch (IOException e) {
                // nothing was read; the first failure is the one reported
            }
        }
    }
}
