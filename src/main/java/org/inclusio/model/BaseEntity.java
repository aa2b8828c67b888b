package org.inclusio.model;

import io.ebean.annotation.WhenCreated;
import io.ebean.annotation.WhenModified;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/**
 * Identity, optimistic locking and audit timestamps shared by every entity. UUID identities let
 * records made on several laptops be merged without clashes.
 */
@MappedSuperclass
public abstract class BaseEntity {

    @Id
    private UUID id;

    @Version
    private long version;

    @WhenCreated
    private Instant whenCreated;

    @WhenModified
    private Instant whenModified;

    public UUID getId() {
        return id;
    }

    public void setId(UUID id) {
        this.id = id;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public Instant getWhenCreated() {
        return whenCreated;
    }

    public Instant getWhenModified() {
        return whenModified;
    }
}
