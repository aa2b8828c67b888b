package org.inclusio.model;

import io.ebean.annotation.SoftDelete;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/**
 * A healthcare provider or administration that runs coproduction, with the governance model it
 * follows.
 */
@Entity
@Table(name = "organisation")
public class Organisation extends BaseEntity {

    @Column(nullable = false, unique = true, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(length = 40)
    private GovernanceModel governanceModel;

    @Column(length = 2000)
    private String description;

    @SoftDelete
    private boolean deleted;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public GovernanceModel getGovernanceModel() {
        return governanceModel;
    }

    public void setGovernanceModel(GovernanceModel governanceModel) {
        this.governanceModel = governanceModel;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public boolean isDeleted() {
        return deleted;
    }

    public void setDeleted(boolean deleted) {
        this.deleted = deleted;
    }
}
