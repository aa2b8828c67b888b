package org.inclusio.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;

/**
 * A user of a region's server: the server login (a PostgreSQL role) and what it may do, with the teams a
 * coordinator coordinates or a facilitator records for. The server reads these rows in its row-level
 * security policies; an embedded store has none.
 */
@Entity
@Table(name = "account")
public class Account extends BaseEntity {

    /** The login's name on the server, as {@code current_user} gives it. */
    @Column(nullable = false, unique = true, length = 63)
    private String databaseUser;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AccountRole role;

    @ManyToMany
    @JoinTable(name = "account_team", joinColumns = @JoinColumn(name = "account_id"),
            inverseJoinColumns = @JoinColumn(name = "team_id"))
    private List<ProcessTeam> teams = new ArrayList<>();

    public String getDatabaseUser() {
        return databaseUser;
    }

    public void setDatabaseUser(String databaseUser) {
        this.databaseUser = databaseUser;
    }

    public AccountRole getRole() {
        return role;
    }

    public void setRole(AccountRole role) {
        this.role = role;
    }

    public List<ProcessTeam> getTeams() {
        return teams;
    }

    public void setTeams(List<ProcessTeam> teams) {
        this.teams = teams;
    }
}
