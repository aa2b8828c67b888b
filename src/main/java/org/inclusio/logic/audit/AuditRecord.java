package org.inclusio.logic.audit;

import java.time.Instant;
import java.util.UUID;

/**
 * One entry of the audit trail as read back.
 *
 * @param seq          its position in the chain, from 1
 * @param occurredAt   when it happened
 * @param osUser       the operating system's user
 * @param userName     the name given at unlock (or the operating system's user)
 * @param action       the action's name (see {@link AuditAction}; a newer version may write others)
 * @param subjectKind  the kind of record concerned, or null
 * @param subjectId    the record's id, or null
 * @param fields       the names of the fields written, comma-separated, or null
 * @param detail       a summary without personal values, or null
 * @param previousHash the hash of the entry before it
 * @param hash         its own hash
 * @param databaseUser the server login that wrote it, or null (an embedded store)
 */
public record AuditRecord(long seq, Instant occurredAt, String osUser, String userName, String action,
        String subjectKind, UUID subjectId, String fields, String detail, String previousHash, String hash,
        String databaseUser) {
}
