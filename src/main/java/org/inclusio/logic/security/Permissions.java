package org.inclusio.logic.security;

import java.util.UUID;
import org.inclusio.model.AccountRole;
import org.inclusio.persistence.StoreAccess;

/**
 * What the user may do, for the screens to offer only that: everything on a store on this computer; on a
 * region's server, what the account's role allows (the server enforces the same rules whatever the program
 * shows).
 */
public final class Permissions {

    /** The one user of a store on this computer. */
    public static final Permissions ALL = new Permissions(StoreAccess.FULL);

    private final StoreAccess access;

    public Permissions(StoreAccess access) {
        this.access = access;
    }

    /** The server login, or null on a store on this computer. */
    public String login() {
        return access.login();
    }

    public AccountRole role() {
        return access.role();
    }

    /** Settings, the trash, accounts, erasure and the audit trail. */
    public boolean administers() {
        return access.administers();
    }

    /** May add activities and people at all. */
    public boolean records() {
        return access.records();
    }

    /** May add teams and organisations. */
    public boolean managesRegion() {
        return access.managesRegion();
    }

    /**
     * May change an activity of this team. A new activity without a team yet may be started by anyone who
     * records; its team decides at saving.
     */
    public boolean mayRecord(UUID team, boolean isNew) {
        return access.mayRecord(team) || isNew && team == null && access.records();
    }

    /** May change this team (null: a new team). */
    public boolean mayCoordinate(UUID team) {
        return team == null ? access.managesRegion() : access.mayCoordinate(team);
    }
}
