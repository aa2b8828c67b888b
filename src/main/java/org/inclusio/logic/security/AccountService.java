package org.inclusio.logic.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.inclusio.model.AccountRole;
import org.inclusio.model.ProcessTeam;
import org.inclusio.model.query.QProcessTeam;
import org.inclusio.persistence.ServerAccounts;
import org.inclusio.persistence.Store;
import org.inclusio.persistence.StoreAccess;

/**
 * The accounts of a store on a region's server: who may read and record what. The server enforces the roles;
 * this service names the teams and keeps what it is asked to do whole (one transaction) or refuses it with a
 * reason.
 */
public final class AccountService {

    /** An account as shown: the login, its role and the names of its teams. */
    public record AccountRow(String login, AccountRole role, List<String> teams) {
    }

    /** A team name that matches no team. */
    public static final class UnknownTeamException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final String team;

        UnknownTeamException(String team) {
            super("no such team");
            this.team = team;
        }

        public String team() {
            return team;
        }
    }

    private final Store store;
    private final ServerAccounts accounts;

    public AccountService(Store store) {
        this.store = store;
        this.accounts = new ServerAccounts(store);
    }

    /** What the user of this store may do. */
    public StoreAccess access() {
        return store.access();
    }

    public List<AccountRow> list() {
        return accounts.list().stream().map(row -> new AccountRow(row.login(), row.role(), row.teams())).toList();
    }

    /**
     * Gives a login an account with a role and, for a coordinator or facilitator, teams named by their names.
     *
     * @param newPassword the password of a login to create on the server, or null for an existing login
     * @throws UnknownTeamException when a team name matches no team
     * @throws ServerAccounts.AccountException when the login or role is not acceptable
     */
    public void add(String login, AccountRole role, Collection<String> teamNames, char[] newPassword) {
        List<UUID> teams = new ArrayList<>();
        for (String name : teamNames) {
            teams.add(team(name).orElseThrow(() -> new UnknownTeamException(name)).getId());
        }
        accounts.add(login, role, teams, newPassword);
    }

    public void remove(String login) {
        accounts.remove(login);
    }

    private Optional<ProcessTeam> team(String name) {
        String wanted = name.strip();
        return new QProcessTeam(store.database()).name.ieq(wanted).deleted.isFalse().setMaxRows(1).findOneOrEmpty();
    }
}
