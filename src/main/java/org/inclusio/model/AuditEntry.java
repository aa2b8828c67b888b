package org.inclusio.model;

import io.ebean.annotation.Identity;
import io.ebean.annotation.IdentityType;
import io.ebean.annotation.Index;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * One entry of the audit trail: who did what to which record, and when. Entries are only ever
 * added; each carries the hash of the entry before it and its own hash over its content, so a
 * removed, reordered or altered entry breaks the chain. Holds record kinds, ids and field names,
 * never the values of fields.
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

    /** The position in the chain, from 1 on, without gaps. */
    @Id
    @Identity(type = IdentityType.APPLICATION)
    @Column(name = "seq")
    private long seq;

    /** When it happened, in milliseconds since 1970-01-01 UTC (no time zone to misread). */
    @Index
    @Column(nullable = false)
    private long occurredAt;

    /** The operating system's user running the program. */
    @Column(nullable = false, length = 200)
    private String osUser;

    /** The name given when the store was unlocked, or the operating system's user. */
    @Column(nullable = false, length = 200)
    private String userName;

    /**
     * The server login that wrote the entry (the server checks it is the session's own), or null on an
     * embedded store.
     */
    @Column(length = 63)
    private String databaseUser;

    @Column(nullable = false, length = 40)
    private String action;

    /** The kind of record concerned (an entity's name), or null for an event about the whole store. */
    @Column(length = 80)
    private String subjectKind;

    private UUID subjectId;

    /** The names of the fields written, comma-separated; never their values. */
    @Column(length = 2000)
    private String fields;

    /** A summary without personal values, e.g. the counts of an import and its file's name. */
    @Column(length = 2000)
    private String detail;

    @Column(nullable = false, length = 64)
    private String previousHash;

    @Column(nullable = false, length = 64)
    private String hash;

    public long getSeq() {
        return seq;
    }

    public Instant getOccurredAt() {
        return Instant.ofEpochMilli(occurredAt);
    }

    public String getOsUser() {
        return osUser;
    }

    public String getUserName() {
        return userName;
    }

    public String getDatabaseUser() {
        return databaseUser;
    }

    public String getAction() {
        return action;
    }

    public String getSubjectKind() {
        return subjectKind;
    }

    public UUID getSubjectId() {
        return subjectId;
    }

    public String getFields() {
        return fields;
    }

    public String getDetail() {
        return detail;
    }

    public String getPreviousHash() {
        return previousHash;
    }

    public String getHash() {
        return hash;
    }
}
