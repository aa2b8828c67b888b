package org.inclusio.model;

import io.ebean.annotation.SoftDelete;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;

/**
 * A disease-specific regional team of professionals from several areas and levels of care that is
 * supposed to include lay members representing the patient group it serves.
 */
@Entity
@Table(name = "process_team")
public class ProcessTeam extends BaseEntity {

    @Column(length = 200, nullable = false)
    private String name;

    @ManyToOne
    private Organisation organisation;

    @Column(length = 300)
    private String patientGroupServed;

    @Column(length = 2000)
    private String description;

    @OneToMany(mappedBy = "team", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<TeamMembership> members = new ArrayList<>();

    @OneToMany(mappedBy = "team", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<ReferenceShare> referenceShares = new ArrayList<>();

    @SoftDelete
    private boolean deleted;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public void setOrganisation(Organisation organisation) {
        this.organisation = organisation;
    }

    public String getPatientGroupServed() {
        return patientGroupServed;
    }

    public void setPatientGroupServed(String patientGroupServed) {
        this.patientGroupServed = patientGroupServed;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public List<TeamMembership> getMembers() {
        return members;
    }

    public void setMembers(List<TeamMembership> members) {
        this.members = members;
    }

    public List<ReferenceShare> getReferenceShares() {
        return referenceShares;
    }

    public void setReferenceShares(List<ReferenceShare> referenceShares) {
        this.referenceShares = referenceShares;
    }

    public boolean isDeleted() {
        return deleted;
    }

    public void setDeleted(boolean deleted) {
        this.deleted = deleted;
    }
}
