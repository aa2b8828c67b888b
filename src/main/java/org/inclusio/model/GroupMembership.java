package org.inclusio.model;

import jakarta.persistence.Entity;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

/**
 * A person's self-identified membership of a disadvantaged group, which exists only under the
 * consent it was recorded with.
 */
@Entity
@Table(name = "group_membership", uniqueConstraints = @UniqueConstraint(columnNames = {"person_id", "group_id"}))
public class GroupMembership extends BaseEntity {

    @ManyToOne(optional = false)
    private Person person;

    @ManyToOne(optional = false)
    private DisadvantagedGroup group;

    @ManyToOne(optional = false)
    private Consent consent;

    public Person getPerson() {
        return person;
    }

    public void setPerson(Person person) {
        this.person = person;
    }

    public DisadvantagedGroup getGroup() {
        return group;
    }

    public void setGroup(DisadvantagedGroup group) {
        this.group = group;
    }

    public Consent getConsent() {
        return consent;
    }

    public void setConsent(Consent consent) {
        this.consent = consent;
    }
}
