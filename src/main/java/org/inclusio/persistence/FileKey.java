package org.inclusio.persistence;

import java.security.SecureRandom;
import java.util.Arrays;

/**
 * The random 256-bit key that encrypts a store's file. It never leaves the program in clear: on disk it
 * exists only wrapped by the passphrase and by the recovery key ({@link KeyFile}). H2 stretches its file
 * password only weakly, which is harmless here because this key is random, not a human passphrase.
 */
public final class FileKey {

    static final int LENGTH = 32;
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private final byte[] bytes;

    FileKey(byte[] bytes) {
        if (bytes.length != LENGTH) {
            throw new IllegalArgumentException("a file key has " + LENGTH + " bytes");
        }
        this.bytes = bytes.clone();
    }

    static FileKey random(SecureRandom random) {
        byte[] bytes = new byte[LENGTH];
        random.nextBytes(bytes);
        return new FileKey(bytes);
    }

    byte[] bytes() {
        return bytes.clone();
    }

    /** The file password H2 is given: the key in hexadecimal. */
    char[] h2FilePassword() {
        char[] text = new char[bytes.length * 2];
        for (int i = 0; i < bytes.length; i++) {
            text[2 * i] = HEX[(bytes[i] >> 4) & 0xf];
            text[2 * i + 1] = HEX[bytes[i] & 0xf];
        }
        return text;
    }

    /** Overwrites the key in memory once it is no longer needed. */
    public void destroy() {
        Arrays.fill(bytes, (byte) 0);
    }

    @Override
    public String toString() {
        return "FileKey[hidden]";
    }
}
