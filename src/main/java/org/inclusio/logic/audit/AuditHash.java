package org.inclusio.logic.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;

/**
 * The chain's hash: SHA-256 over the previous entry's hash followed by the entry's content in a
 * canonical form (each value as its length, a colon and the value, a missing one as "-"), so no two
 * different entries read the same.
 */
final class AuditHash {

    /** What the first entry follows. */
    static final String GENESIS = "0".repeat(64);

    private AuditHash() {
    }

    static String of(String previousHash, long seq, long occurredAtMillis, String osUser, String userName,
            String action, String subjectKind, UUID subjectId, String fields, String detail, String databaseUser) {
        StringBuilder content = new StringBuilder(previousHash).append('\n');
        append(content, Long.toString(seq));
        append(content, Long.toString(occurredAtMillis));
        append(content, osUser);
        append(content, userName);
        append(content, action);
        append(content, subjectKind);
        append(content, subjectId == null ? null : subjectId.toString());
        append(content, fields);
        append(content, detail);
        if (databaseUser != null) {
            // written by a server login; entries of an embedded store (and every earlier entry) hash as before
            append(content, databaseUser);
        }
        return sha256(content.toString());
    }

    static String of(AuditRecord record) {
        return of(record.previousHash(), record.seq(), record.occurredAt().toEpochMilli(), record.osUser(),
                record.userName(), record.action(), record.subjectKind(), record.subjectId(), record.fields(),
                record.detail(), record.databaseUser());
    }

    private static void append(StringBuilder content, String value) {
        if (value == null) {
            content.append('-');
        } else {
            content.append(value.length()).append(':').append(value);
        }
        content.append('\n');
    }

    private static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
