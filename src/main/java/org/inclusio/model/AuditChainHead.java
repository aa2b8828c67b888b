package org.inclusio.model;

import io.ebean.annotation.Identity;
import io.ebean.annotation.IdentityType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The newest entry of the audit trail: its position and hash. Appending locks this single row, so
 * two transactions never extend the chain from the same entry; it also tells a verification where
 * the chain must end, so entries removed from its end are noticed.
 */
@Entity
@Table(name = "audit_chain_head")
public class AuditChainHead {

    /** The one row's id. */
    public static final int ID = 1;

    @Id
    @Identity(type = IdentityType.APPLICATION)
    private int id;

    @Column(nullable = false)
    private long lastSeq;

    @Column(nullable = false, length = 64)
    private String lastHash;

    public int getId() {
        return id;
    }

    public long getLastSeq() {
        return lastSeq;
    }

    public String getLastHash() {
        return lastHash;
    }
}
