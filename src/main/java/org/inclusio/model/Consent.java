package org.inclusio.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;

/**
 * A person's recorded consent to store self-identified disadvantaged-group memberships: when it
 * was given, its scope, and when it was withdrawn, if it was.
 */
@Entity
@Table(name = "consent")
public class Consent extends BaseEntity {

    @ManyToOne(optional = false)
    private Person person;

    @Column(nullable = false)
    private LocalDate givenOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private ConsentScope scope;

    private LocalDate withdrawnOn;

    public Person getPerson() {
        return person;
    }

    public void setPerson(Person person) {
        this.person = person;
    }

    public LocalDate getGivenOn() {
        return givenOn;
    }

    public void setGivenOn(LocalDate givenOn) {
        this.givenOn = givenOn;
    }

    public ConsentScope getScope() {
        return scope;
    }

    public void setScope(ConsentScope scope) {
        this.scope = scope;
    }

    public LocalDate getWithdrawnOn() {
        return withdrawnOn;
    }

    public void setWithdrawnOn(LocalDate withdrawnOn) {
        this.withdrawnOn = withdrawnOn;
    }

    /** A consent covers memberships on a day when it was given by then and not withdrawn yet. */
    public boolean isValidOn(LocalDate day) {
        return !givenOn.isAfter(day) && (withdrawnOn == null || withdrawnOn.isAfter(day));
    }
}
