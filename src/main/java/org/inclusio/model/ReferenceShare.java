package org.inclusio.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

/**
 * The share of a disadvantaged group in the population a process team serves, with where the
 * figure comes from and which year it describes.
 */
@Entity
@Table(name = "reference_share", uniqueConstraints = @UniqueConstraint(columnNames = {"team_id", "group_id", "population_year"}))
public class ReferenceShare extends BaseEntity {

    @ManyToOne(optional = false)
    private ProcessTeam team;

    @ManyToOne(optional = false)
    private DisadvantagedGroup group;

    @Column(nullable = false)
    private double share;

    @Column(length = 300)
    private String source;

    private int populationYear;

    public ProcessTeam getTeam() {
        return team;
    }

    public void setTeam(ProcessTeam team) {
        this.team = team;
    }

    public DisadvantagedGroup getGroup() {
        return group;
    }

    public void setGroup(DisadvantagedGroup group) {
        this.group = group;
    }

    public double getShare() {
        return share;
    }

    public void setShare(double share) {
        this.share = share;
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }

    public int getPopulationYear() {
        return populationYear;
    }

    public void setPopulationYear(int populationYear) {
        this.populationYear = populationYear;
    }
}
