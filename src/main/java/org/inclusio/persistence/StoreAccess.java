package org.inclusio.persistence;

import java.util.Set;
import java.util.UUID;
import org.inclusio.model.AccountRole;

/**
 * What the user of an open store may do: on a region's server, the role and teams of the login's account
 * (the server enforces them; the program uses this to show only what is allowed); on an embedded store,
 * everything.
 *
 * @param role  the account's role
 * @param teams the teams a coordinator coordinates or a facilitator records for (empty for the others)
 * @param login the server login, or null on an embedded store
 */
public record StoreAccess(AccountRole role, Set<UUID> teams, String login) {

    /** The one user of an embedded store. */
    public static final StoreAccess FULL = new StoreAccess(AccountRole.ADMINISTRATOR, Set.of(), null);

    public StoreAccess {
        teams = Set.copyOf(teams);
    }

    /** Settings, accounts, erasure and the audit trail. */
    public boolean administers() {
        return role == AccountRole.ADMINISTRATOR;
    }

    /** Every team's records are visible (administrators and officers). */
    public boolean readsAll() {
        return role == AccountRole.ADMINISTRATOR || role == AccountRole.OFFICER;
    }

    /** May record activities and people at all (for some team). */
    public boolean records() {
        return role != AccountRole.OFFICER;
    }

    /** May record the activities of this team (null: an activity without a team). */
    public boolean mayRecord(UUID team) {
        return role == AccountRole.ADMINISTRATOR
                || (role == AccountRole.COORDINATOR || role == AccountRole.FACILITATOR) && team != null
                && teams.contains(team);
    }

    /** May change this team, its members and its reference shares. */
    public boolean mayCoordinate(UUID team) {
        return role == AccountRole.ADMINISTRATOR
                || role == AccountRole.COORDINATOR && team != null && teams.contains(team);
    }

    /** May create teams and organisations and change the shared vocabulary. */
    public boolean managesRegion() {
        return role == AccountRole.ADMINISTRATOR;
    }
}
