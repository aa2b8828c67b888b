package org.inclusio.persistence;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Locale;
import java.util.Properties;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * The store's key file ({@value #FILE_NAME} beside the store): the random file key, wrapped twice with
 * AES-256-GCM, once under a key derived from the passphrase and once under a key derived from the
 * recovery key, both with Argon2id (the parameters are kept in the file, so they can be raised later).
 * Changing the passphrase re-wraps the same file key, so the store itself is not rewritten. The file is
 * replaced atomically and readable by its owner only.
 */
public final class KeyFile {

    public static final String FILE_NAME = "inclusio.key";
    static final String FORMAT = "inclusio-key-1";
    /** Argon2id: 46 MiB, one pass, one lane (the first of OWASP's recommended settings). */
    static final int MEMORY_KIB = 47_104;
    static final int ITERATIONS = 1;
    static final int PARALLELISM = 1;
    private static final int SALT_LENGTH = 16;
    private static final int NONCE_LENGTH = 12;
    private static final int RECOVERY_BYTES = 20;
    private static final String RECOVERY_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    private final Properties values;

    private KeyFile(Properties values) {
        this.values = values;
    }

    /** A new file key, with its key file content; the recovery key is shown to the user once. */
    public record Created(KeyFile keyFile, FileKey fileKey, String recoveryKey) {
        @Override
        public String toString() {
            return "Created[hidden]";
        }
    }

    static Created generate(char[] passphrase, SecureRandom random) {
        FileKey fileKey = FileKey.random(random);
        byte[] recoveryBytes = new byte[RECOVERY_BYTES];
        random.nextBytes(recoveryBytes);
        String recoveryKey = formatRecoveryKey(recoveryBytes);
        Properties values = new Properties();
        values.setProperty("format", FORMAT);
        values.setProperty("cipher", "AES-256-GCM");
        values.setProperty("kdf", "argon2id");
        values.setProperty("kdf.memoryKiB", Integer.toString(MEMORY_KIB));
        values.setProperty("kdf.iterations", Integer.toString(ITERATIONS));
        values.setProperty("kdf.parallelism", Integer.toString(PARALLELISM));
        KeyFile keyFile = new KeyFile(values);
        keyFile.wrap("passphrase", passphrase, fileKey, random);
        char[] recoveryChars = normaliseRecoveryKey(recoveryKey).toCharArray();
        keyFile.wrap("recovery", recoveryChars, fileKey, random);
        Arrays.fill(recoveryChars, '\0');
        return new Created(keyFile, fileKey, recoveryKey);
    }

    /** Reads the key file of a store; a missing or damaged file is a {@link StoreException}. */
    static KeyFile read(Path directory) {
        Path file = directory.resolve(FILE_NAME);
        if (!Files.exists(file)) {
            throw new StoreException(StoreProblem.KEY_MISSING, directory, "no key file", null);
        }
        Properties values = new Properties();
        try {
            String text = Files.readString(file, StandardCharsets.ISO_8859_1);
            values.load(new StringReader(text));
        } catch (IOException | IllegalArgumentException e) {
            throw new StoreException(StoreProblem.KEY_DAMAGED, directory, "key file unreadable", e);
        }
        KeyFile keyFile = new KeyFile(values);
        keyFile.checkComplete(directory);
        return keyFile;
    }

    private void checkComplete(Path directory) {
        if (!FORMAT.equals(values.getProperty("format"))) {
            throw new StoreException(StoreProblem.KEY_DAMAGED, directory, "key file of an unknown format", null);
        }
        try {
            for (String slot : new String[] {"passphrase", "recovery"}) {
                if (decode(slot + ".salt").length != SALT_LENGTH || decode(slot + ".nonce").length != NONCE_LENGTH
                        || decode(slot + ".wrapped").length != FileKey.LENGTH + 16) {
                    throw new IllegalArgumentException("slot " + slot);
                }
            }
            int memory = intValue("kdf.memoryKiB");
            int iterations = intValue("kdf.iterations");
            int lanes = intValue("kdf.parallelism");
            if (memory < 8 || memory > 4_194_304 || iterations < 1 || iterations > 100 || lanes < 1 || lanes > 16) {
                throw new IllegalArgumentException("kdf parameters");
            }
        } catch (IllegalArgumentException e) {
            throw new StoreException(StoreProblem.KEY_DAMAGED, directory, "key file incomplete", e);
        }
    }

    /** Writes the key file into the directory, atomically, readable by the owner only. */
    void writeTo(Path directory) throws IOException {
        Path target = directory.resolve(FILE_NAME);
        Path temporary = directory.resolve(FILE_NAME + ".new");
        Files.deleteIfExists(temporary);
        FilePermissions.createPrivateFile(temporary);
        try (OutputStream out = Files.newOutputStream(temporary)) {
            values.store(out, "Inclusio key file: the store's key, wrapped by the passphrase and by the recovery key."
                    + " Without this file the store cannot be opened; keep it with the store and its backups.");
        }
        FilePermissions.sync(temporary);
        FilePermissions.moveAtomically(temporary, target);
    }

    /** Unwraps the file key with the passphrase or the recovery key. */
    FileKey unlock(StoreSecret secret, Path directory) {
        if (secret instanceof StoreSecret.Passphrase passphrase) {
            return unwrap("passphrase", passphrase.value(), directory);
        }
        String recovery = normaliseRecoveryKey(((StoreSecret.RecoveryKey) secret).value());
        char[] chars = recovery.toCharArray();
        try {
            return unwrap("recovery", chars, directory);
        } finally {
            Arrays.fill(chars, '\0');
        }
    }

    /** A copy of this key file whose passphrase slot opens the same file key with a new passphrase. */
    KeyFile withPassphrase(FileKey fileKey, char[] passphrase, SecureRandom random) {
        Properties copy = new Properties();
        copy.putAll(values);
        KeyFile changed = new KeyFile(copy);
        changed.wrap("passphrase", passphrase, fileKey, random);
        return changed;
    }

    private void wrap(String slot, char[] secret, FileKey fileKey, SecureRandom random) {
        byte[] salt = new byte[SALT_LENGTH];
        byte[] nonce = new byte[NONCE_LENGTH];
        random.nextBytes(salt);
        random.nextBytes(nonce);
        byte[] kek = derive(secret, salt);
        byte[] plain = fileKey.bytes();
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(kek, "AES"), new GCMParameterSpec(128, nonce));
            cipher.updateAAD(associatedData(slot));
            byte[] wrapped = cipher.doFinal(plain);
            values.setProperty(slot + ".salt", encode(salt));
            values.setProperty(slot + ".nonce", encode(nonce));
            values.setProperty(slot + ".wrapped", encode(wrapped));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        } finally {
            Arrays.fill(kek, (byte) 0);
            Arrays.fill(plain, (byte) 0);
        }
    }

    private FileKey unwrap(String slot, char[] secret, Path directory) {
        byte[] kek = derive(secret, decode(slot + ".salt"));
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(kek, "AES"),
                    new GCMParameterSpec(128, decode(slot + ".nonce")));
            cipher.updateAAD(associatedData(slot));
            byte[] plain = cipher.doFinal(decode(slot + ".wrapped"));
            try {
                return new FileKey(plain);
            } finally {
                Arrays.fill(plain, (byte) 0);
            }
        } catch (AEADBadTagException e) {
            StoreProblem problem = "recovery".equals(slot) ? StoreProblem.WRONG_RECOVERY_KEY : StoreProblem.WRONG_PASSPHRASE;
            throw new StoreException(problem, directory, "the " + slot + " does not unwrap the key", null);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        } finally {
            Arrays.fill(kek, (byte) 0);
        }
    }

    private byte[] derive(char[] secret, byte[] salt) {
        return argon2id(secret, salt, intValue("kdf.memoryKiB"), intValue("kdf.iterations"),
                intValue("kdf.parallelism"));
    }

    private static byte[] argon2id(char[] secret, byte[] salt, int memoryKiB, int iterations, int parallelism) {
        Argon2Parameters parameters = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withSalt(salt)
                .withMemoryAsKB(memoryKiB)
                .withIterations(iterations)
                .withParallelism(parallelism)
                .build();
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(parameters);
        byte[] key = new byte[32];
        generator.generateBytes(secret, key);
        return key;
    }

    /** What one warm-up derivation hashes: a sixth of an unlock's memory, enough for the JIT to compile the loop. */
    static final int WARM_UP_MEMORY_KIB = 8_192;
    /** Warm-up derivations: the second one already runs mostly compiled code. */
    static final int WARM_UP_ROUNDS = 2;

    /**
     * Runs Argon2id a few times on a throwaway secret with a fraction of an unlock's memory, so that the
     * derivation of the real key finds its code compiled: in a new process the first derivation runs in the
     * interpreter and takes two to three times as long as later ones. Nothing is kept or written.
     *
     * @return the KiB hashed in all
     */
    static long warmUpDerivation() {
        char[] throwaway = "warm-up".toCharArray();
        byte[] salt = new byte[SALT_LENGTH];
        long hashed = 0;
        for (int round = 0; round < WARM_UP_ROUNDS; round++) {
            Arrays.fill(argon2id(throwaway, salt, WARM_UP_MEMORY_KIB, ITERATIONS, PARALLELISM), (byte) 0);
            hashed += WARM_UP_MEMORY_KIB;
        }
        return hashed;
    }

    private static byte[] associatedData(String slot) {
        return (FORMAT + "|" + slot).getBytes(StandardCharsets.US_ASCII);
    }

    private int intValue(String name) {
        String text = values.getProperty(name);
        if (text == null) {
            throw new IllegalArgumentException(name);
        }
        return Integer.parseInt(text.trim());
    }

    private byte[] decode(String name) {
        String text = values.getProperty(name);
        if (text == null) {
            throw new IllegalArgumentException(name);
        }
        return Base64.getDecoder().decode(text.trim());
    }

    private static String encode(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }

    /** Twenty random bytes as 32 characters of Crockford's base 32, in groups of four. */
    static String formatRecoveryKey(byte[] bytes) {
        StringBuilder text = new StringBuilder();
        int buffer = 0;
        int bits = 0;
        int written = 0;
        for (byte b : bytes) {
            buffer = (buffer << 8) | (b & 0xff);
            bits += 8;
            while (bits >= 5) {
                if (written > 0 && written % 4 == 0) {
                    text.append('-');
                }
                text.append(RECOVERY_ALPHABET.charAt((buffer >> (bits - 5)) & 0x1f));
                bits -= 5;
                written++;
            }
        }
        return text.toString();
    }

    /** The recovery key as compared: upper case, without separators, with the look-alike letters read as digits. */
    static String normaliseRecoveryKey(String typed) {
        StringBuilder text = new StringBuilder();
        for (char c : typed.toUpperCase(Locale.ROOT).toCharArray()) {
            if (c == 'O') {
                text.append('0');
            } else if (c == 'I' || c == 'L') {
                text.append('1');
            } else if (RECOVERY_ALPHABET.indexOf(c) >= 0) {
                text.append(c);
            }
        }
        return text.toString();
    }
}
