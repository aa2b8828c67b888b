package org.inclusio.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.LocalDate;

/**
 * A person's seat on a process team: professionals with their profession, area and level of care;
 * lay members with their role and tenure.
 */
@Entity
@Table(name = "team_membership", uniqueConstraints = @UniqueConstraint(columnNames = {"team_id", "person_id"}))
public class TeamMembership extends BaseEntity {

    @ManyToOne(optional = false)
    private ProcessTeam team;

    @ManyToOne(optional = false)
    private Person person;

    @Column(length = 120)
    private String profession;

    @Column(length = 120)
    private String areaOfCare;

    @Enumerated(EnumType.STRING)
    @Column(length = 40)
    private CareLevel careLevel;

    private LocalDate joinedOn;

    private LocalDate leftOn;

    public ProcessTeam getTeam() {
        return team;
    }

    public void setTeam(ProcessTeam team) {
        this.team = team;
    }

    public Person getPerson() {
        return person;
    }

    public void setPerson(Person person) {
        this.person = person;
    }

    public String getProfession() {
        return profession;
    }

    public void setProfession(String profession) {
        this.profession = profession;
    }

    public String getAreaOfCare() {
        return areaOfCare;
    }

    public void setAreaOfCare(String areaOfCare) {
        this.areaOfCare = areaOfCare;
    }

    public CareLevel getCareLevel() {
        return careLevel;
    }

    public void setCareLevel(CareLevel careLevel) {
        this.careLevel = careLevel;
    }

    public LocalDate getJoinedOn() {
        return joinedOn;
    }

    public void setJoinedOn(LocalDate joinedOn) {
        this.joinedOn = joinedOn;
    }

    public LocalDate getLeftOn() {
        return leftOn;
    }

    public void setLeftOn(LocalDate leftOn) {
        this.leftOn = leftOn;
    }
}
