package org.inclusio.model;

import io.ebean.annotation.SoftDelete;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;

/**
 * A pseudonymous participant. The code is the identity everywhere; names and contact details live
 * apart in PersonIdentity, which no analysis reads. Disadvantaged-group memberships are self-
 * identified and stored only under a recorded consent.
 */
@Entity
@Table(name = "person")
public class Person extends BaseEntity {

    @Column(nullable = false, unique = true, length = 40)
    private String code;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private PersonRole role;

    @Enumerated(EnumType.STRING)
    @Column(length = 40)
    private RecruitmentRoute recruitmentRoute;

    private boolean paid;

    private boolean leadPatient;

    @Column(length = 200)
    private String association;

    @Enumerated(EnumType.STRING)
    @Column(length = 40)
    private EducationLevel education;

    @OneToMany(mappedBy = "person", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<Consent> consents = new ArrayList<>();

    @OneToMany(mappedBy = "person", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<GroupMembership> memberships = new ArrayList<>();

    @SoftDelete
    private boolean deleted;

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public PersonRole getRole() {
        return role;
    }

    public void setRole(PersonRole role) {
        this.role = role;
    }

    public RecruitmentRoute getRecruitmentRoute() {
        return recruitmentRoute;
    }

    public void setRecruitmentRoute(RecruitmentRoute recruitmentRoute) {
        this.recruitmentRoute = recruitmentRoute;
    }

    public boolean isPaid() {
        return paid;
    }

    public void setPaid(boolean paid) {
        this.paid = paid;
    }

    public boolean isLeadPatient() {
        return leadPatient;
    }

    public void setLeadPatient(boolean leadPatient) {
        this.leadPatient = leadPatient;
    }

    public String getAssociation() {
        return association;
    }

    public void setAssociation(String association) {
        this.association = association;
    }

    public EducationLevel getEducation() {
        return education;
    }

    public void setEducation(EducationLevel education) {
        this.education = education;
    }

    public List<Consent> getConsents() {
        return consents;
    }

    public void setConsents(List<Consent> consents) {
        this.consents = consents;
    }

    public List<GroupMembership> getMemberships() {
        return memberships;
    }

    public void setMemberships(List<GroupMembership> memberships) {
        this.memberships = memberships;
    }

    public boolean isDeleted() {
        return deleted;
    }

    public void setDeleted(boolean deleted) {
        this.deleted = deleted;
    }
}
