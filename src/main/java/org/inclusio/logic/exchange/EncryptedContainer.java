package org.inclusio.logic.exchange;

import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Iterator;
import org.bouncycastle.bcpg.HashAlgorithmTags;
import org.bouncycastle.bcpg.SymmetricKeyAlgorithmTags;
import org.bouncycastle.openpgp.PGPCompressedData;
import org.bouncycastle.openpgp.PGPEncryptedDataGenerator;
import org.bouncycastle.openpgp.PGPEncryptedDataList;
import org.bouncycastle.openpgp.PGPException;
import org.bouncycastle.openpgp.PGPLiteralData;
import org.bouncycastle.openpgp.PGPLiteralDataGenerator;
import org.bouncycastle.openpgp.PGPMarker;
import org.bouncycastle.openpgp.PGPOnePassSignatureList;
import org.bouncycastle.openpgp.PGPPBEEncryptedData;
import org.bouncycastle.openpgp.PGPUtil;
import org.bouncycastle.openpgp.bc.BcPGPObjectFactory;
import org.bouncycastle.openpgp.operator.PGPDigestCalculatorProvider;
import org.bouncycastle.openpgp.operator.jcajce.JcaPGPDigestCalculatorProviderBuilder;
import org.bouncycastle.openpgp.operator.jcajce.JcePBEDataDecryptorFactoryBuilder;
import org.bouncycastle.openpgp.operator.jcajce.JcePBEKeyEncryptionMethodGenerator;
import org.bouncycastle.openpgp.operator.jcajce.JcePGPDataEncryptorBuilder;

/**
 * The encrypted container of an export that holds identities: an OpenPGP message (RFC 4880, RFC 9580)
 * encrypted with a passphrase, as {@code gpg --symmetric} writes it. A symmetric-key encrypted
 * session key packet whose key comes from the passphrase through the iterated and salted S2K with
 * SHA-256 and the largest count the format allows (65,011,712 bytes hashed), then AES-256 data with
 * an integrity check (SEIPD version 1, with MDC), holding one literal data packet with the JSON.
 * GnuPG 2.2 and later open it with {@code gpg --decrypt}. (RFC 9580's Argon2 S2K needs packets that
 * GnuPG does not read, so it is not used for writing; reading accepts it.)
 *
 * <p>Encryption and decryption stream: no clear text is ever written to a file on the way.
 */
public final class EncryptedContainer {

    /** The S2K count byte: 0xff encodes 65,011,712 bytes, the most OpenPGP allows. */
    static final int S2K_COUNT = 0xff;
    /** The name the literal data packet carries; GnuPG uses it only when asked to. */
    static final String INNER_NAME = "inclusio-export.json";
    private static final int BUFFER = 1 << 16;
    private static final int HEAD = 64;
    private static final String ARMOUR = "-----BEGIN PGP MESSAGE-----";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** Why an encrypted file could not be opened. */
    public enum Reason {
        /** The passphrase does not open the file. */
        WRONG_PASSPHRASE,
        /** Encrypted to a key, not with a passphrase. */
        NOT_FOR_PASSPHRASE,
        /** Encrypted without an integrity check, so tampering could go unnoticed. */
        UNPROTECTED,
        /** The integrity check failed: the file was damaged or altered after it was written. */
        ALTERED,
        /** Not a readable OpenPGP message (cut off, or something else). */
        DAMAGED
    }

    /** An encrypted file that could not be opened, with the reason. */
    public static final class ContainerException extends IOException {
        private static final long serialVersionUID = 1L;
        private final Reason reason;

        ContainerException(Reason reason, Throwable cause) {
            super(reason.name(), cause);
            this.reason = reason;
        }

        public Reason reason() {
            return reason;
        }
    }

    private EncryptedContainer() {
    }

    /** True when the file begins like an OpenPGP encrypted message (binary or ASCII-armoured). */
    public static boolean isEncrypted(Path file) throws IOException {
        byte[] head = new byte[HEAD];
        int length;
        try (InputStream in = Files.newInputStream(file)) {
            length = in.readNBytes(head, 0, head.length);
        }
        return looksEncrypted(head, length);
    }

    /**
     * True for the first bytes of an OpenPGP message that starts with an encrypted session key
     * packet (tag 3, passphrase; tag 1, public key), in the new or old packet format, or with the
     * armour header. A JSON file starts with "{", white space or a byte-order mark: never one of these.
     */
    static boolean looksEncrypted(byte[] head, int length) {
        if (length <= 0) {
            return false;
        }
        int first = head[0] & 0xff;
        if ((first & 0x80) != 0) {
            int tag = (first & 0x40) != 0 ? first & 0x3f : (first >> 2) & 0x0f;
            return tag == 3 || tag == 1;
        }
        return new String(head, 0, length, StandardCharsets.US_ASCII).startsWith(ARMOUR);
    }

    /**
     * A stream that encrypts what is written to it onto {@code target}; closing it finishes the
     * OpenPGP message but leaves {@code target} open.
     */
    public static OutputStream encrypt(OutputStream target, char[] passphrase) throws IOException {
        PGPEncryptedDataGenerator generator = new PGPEncryptedDataGenerator(
                new JcePGPDataEncryptorBuilder(SymmetricKeyAlgorithmTags.AES_256)
                        .setWithIntegrityPacket(true)
                        .setSecureRandom(RANDOM));
        try {
            generator.addMethod(new JcePBEKeyEncryptionMethodGenerator(passphrase,
                    digests().get(HashAlgorithmTags.SHA256), S2K_COUNT).setSecureRandom(RANDOM));
            OutputStream encrypted = generator.open(new FilterOutputStream(target) {
                @Override
                public void write(byte[] bytes, int offset, int length) throws IOException {
                    out.write(bytes, offset, length);
                }

                @Override
                public void close() throws IOException {
                    out.flush();
                }
            }, new byte[BUFFER]);
            PGPLiteralDataGenerator literal = new PGPLiteralDataGenerator();
            OutputStream plain = literal.open(encrypted, PGPLiteralData.BINARY, INNER_NAME, PGPLiteralData.NOW,
                    new byte[BUFFER]);
            return new FilterOutputStream(plain) {
                private boolean closed;

                @Override
                public void write(byte[] bytes, int offset, int length) throws IOException {
                    out.write(bytes, offset, length);
                }

                @Override
                public void close() throws IOException {
                    if (closed) {
                        return;
                    }
                    closed = true;
                    plain.close();
                    literal.close();
                    encrypted.close();
                    generator.close();
                }
            };
        } catch (PGPException e) {
            throw new IOException("OpenPGP encryption could not start", e);
        }
    }

    /**
     * The clear content of an encrypted message, read as it is decrypted. A wrong passphrase is
     * refused at once; the integrity check is made when the content has been read to its end, where
     * a failure surfaces as a {@link ContainerException} from {@code read}.
     */
    public static InputStream decrypt(InputStream source, char[] passphrase) throws IOException {
        PGPPBEEncryptedData data;
        InputStream clear;
        try {
            BcPGPObjectFactory factory = new BcPGPObjectFactory(PGPUtil.getDecoderStream(source));
            Object first = factory.nextObject();
            while (first instanceof PGPMarker) {
                first = factory.nextObject();
            }
            if (!(first instanceof PGPEncryptedDataList list)) {
                throw new ContainerException(Reason.DAMAGED, null);
            }
            data = passphraseData(list);
            if (!data.isIntegrityProtected() && !data.isAEAD()) {
                throw new ContainerException(Reason.UNPROTECTED, null);
            }
            try {
                clear = data.getDataStream(new JcePBEDataDecryptorFactoryBuilder(digests()).build(passphrase));
            } catch (PGPException | IllegalArgumentException | IllegalStateException e) {
                throw new ContainerException(Reason.WRONG_PASSPHRASE, e);
            }
            PGPLiteralData literal = literal(new BcPGPObjectFactory(clear));
            return new Verified(literal.getInputStream(), data);
        } catch (ContainerException e) {
            throw e;
        } catch (IOException | PGPException | RuntimeException e) {
            throw new ContainerException(Reason.DAMAGED, e);
        }
    }

    /**
     * Hashing and ciphers of the Java runtime's own providers (hardware-accelerated SHA-256 and AES):
     * the passphrase stretching takes a fraction of the time of the pure-Java implementation.
     */
    private static PGPDigestCalculatorProvider digests() throws PGPException {
        return new JcaPGPDigestCalculatorProviderBuilder().build();
    }

    private static PGPPBEEncryptedData passphraseData(PGPEncryptedDataList list) throws ContainerException {
        Iterator<?> methods = list.getEncryptedDataObjects();
        while (methods.hasNext()) {
            if (methods.next() instanceof PGPPBEEncryptedData data) {
                return data;
            }
        }
        throw new ContainerException(Reason.NOT_FOR_PASSPHRASE, null);
    }

    private static PGPLiteralData literal(BcPGPObjectFactory factory) throws IOException, PGPException {
        Object next = factory.nextObject();
        if (next instanceof PGPCompressedData compressed) {
            factory = new BcPGPObjectFactory(compressed.getDataStream());
            next = factory.nextObject();
        }
        if (next instanceof PGPOnePassSignatureList) {
            next = factory.nextObject();
        }
        if (next instanceof PGPLiteralData literal) {
            return literal;
        }
        throw new ContainerException(Reason.DAMAGED, null);
    }

    /** The clear content; at its end the integrity check (MDC) must hold, or reading fails. */
    private static final class Verified extends FilterInputStream {
        private final PGPPBEEncryptedData data;
        private boolean verified;

        Verified(InputStream in, PGPPBEEncryptedData data) {
            super(in);
            this.data = data;
        }

        @Override
        public int read() throws IOException {
            int value = guarded(() -> super.read());
            if (value < 0) {
                verify();
            }
            return value;
        }

        @Override
        public int read(byte[] bytes, int offset, int length) throws IOException {
            int count = guarded(() -> super.read(bytes, offset, length));
            if (count < 0) {
                verify();
            }
            return count;
        }

        @Override
        public long skip(long count) throws IOException {
            return guarded(() -> (int) Math.min(Integer.MAX_VALUE, super.skip(count)));
        }

        private void verify() throws IOException {
            if (verified) {
                return;
            }
            try {
                if (data.isIntegrityProtected() && !data.isAEAD() && !data.verify()) {
                    throw new ContainerException(Reason.ALTERED, null);
                }
                verified = true;
            } catch (PGPException | RuntimeException e) {
                throw new ContainerException(Reason.ALTERED, e);
            }
        }

        private interface Read {
            int read() throws IOException;
        }

        private static int guarded(Read read) throws IOException {
            try {
                return read.read();
            } catch (ContainerException e) {
                throw e;
            } catch (IOException | RuntimeException e) {
                throw new ContainerException(Reason.DAMAGED, e);
            }
        }
    }
}
