package org.inclusio.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.inclusio.app.AppServices;
import org.inclusio.logic.i18n.Localization;
import org.inclusio.logic.security.AccountService;
import org.inclusio.model.AccountRole;
import org.inclusio.persistence.ServerAccounts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code inclusio accounts list|add|remove}: who may use a store on a region's server, and as what
 * (administrator, officer, coordinator, facilitator). The server enforces the roles.
 */
@Command(name = "accounts", mixinStandardHelpOptions = true,
        subcommands = {AccountsCommand.ListAccounts.class, AccountsCommand.AddAccount.class,
                AccountsCommand.RemoveAccount.class})
final class AccountsCommand extends StoreCommand implements Callable<Integer> {

    /** The environment variable a new login's password may come from. */
    static final String LOGIN_PASSWORD_VARIABLE = "INCLUSIO_NEW_LOGIN_PASSWORD";

    @Spec
    private CommandSpec spec;

    /** Without a subcommand, lists the accounts. */
    @Override
    public Integer call() {
        return list(spec.commandLine().getOut());
    }

    AppServices open() {
        if (serverAddress() == null) {
            throw new CommandFailure(localization().text("cli.accounts.serverOnly"), ExitStatus.USAGE);
        }
        return openStore();
    }

    int list(PrintWriter out) {
        Localization l10n = localization();
        try (AppServices services = open()) {
            List<AccountService.AccountRow> rows = new AccountService(services.store()).list();
            if (rows.isEmpty()) {
                out.println(l10n.text("cli.accounts.none"));
            }
            for (AccountService.AccountRow row : rows) {
                String role = l10n.text("account.role." + row.role().name());
                out.println(row.teams().isEmpty() ? l10n.text("cli.accounts.row", row.login(), role)
                        : l10n.text("cli.accounts.rowWithTeams", row.login(), role, String.join(", ", row.teams())));
            }
            out.flush();
            return 0;
        }
    }

    static AccountRole role(String text) {
        try {
            return AccountRole.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new CommandFailure(localization().text("cli.accounts.badRole", text), ExitStatus.USAGE);
        }
    }

    static CommandFailure failure(ServerAccounts.AccountException e, String login) {
        Localization l10n = localization();
        return switch (e.reason()) {
            case NOT_SERVER -> new CommandFailure(l10n.text("cli.accounts.serverOnly"), ExitStatus.USAGE);
            case BAD_LOGIN -> new CommandFailure(l10n.text("cli.accounts.badLogin", login), ExitStatus.USAGE);
            case NO_SUCH_LOGIN -> new CommandFailure(l10n.text("cli.accounts.noSuchLogin", login));
            case LOGIN_EXISTS -> new CommandFailure(l10n.text("cli.accounts.loginExists", login));
            case NO_SUCH_ACCOUNT -> new CommandFailure(l10n.text("cli.accounts.noSuchAccount", login));
            case NEEDS_TEAM -> new CommandFailure(l10n.text("cli.accounts.needsTeam"), ExitStatus.USAGE);
        };
    }

    /** {@code inclusio accounts list}. */
    @Command(name = "list", mixinStandardHelpOptions = true)
    static final class ListAccounts implements Callable<Integer> {
        @ParentCommand
        private AccountsCommand parent;

        @Spec
        private CommandSpec spec;

        @Override
        public Integer call() {
            return parent.list(spec.commandLine().getOut());
        }
    }

    /** {@code inclusio accounts add LOGIN --role ROLE [--team NAME]...}. */
    @Command(name = "add", mixinStandardHelpOptions = true)
    static final class AddAccount implements Callable<Integer> {
        @ParentCommand
        private AccountsCommand parent;

        @Spec
        private CommandSpec spec;

        @Parameters(index = "0", paramLabel = "LOGIN", descriptionKey = "cli.accounts.login")
        private String login;

        @Option(names = "--role", paramLabel = "ROLE", required = true, descriptionKey = "cli.accounts.role")
        private String role;

        @Option(names = "--team", paramLabel = "NAME", descriptionKey = "cli.accounts.team")
        private List<String> teams = new ArrayList<>();

        @Option(names = "--new-login", descriptionKey = "cli.accounts.newLogin")
        private boolean newLogin;

        @Option(names = "--login-password-file", paramLabel = "FILE", descriptionKey = "cli.accounts.loginPasswordFile")
        private Path loginPasswordFile;

        @Override
        public Integer call() {
            Localization l10n = localization();
            AccountRole chosen = role(role);
            if (!ServerAccounts.validLogin(login)) {
                throw new CommandFailure(l10n.text("cli.accounts.badLogin", login), ExitStatus.USAGE);
            }
            try (AppServices services = parent.open()) {
                char[] password = newLogin ? parent.secrets().chosen(loginPasswordFile, LOGIN_PASSWORD_VARIABLE,
                        l10n.text("cli.accounts.passwordPrompt", login), l10n.text("cli.accounts.passwordAgain"),
                        l10n.text("cli.accounts.passwordNeeded", LOGIN_PASSWORD_VARIABLE)) : null;
                try {
                    new AccountService(services.store()).add(login, chosen, teams, password);
                } catch (AccountService.UnknownTeamException e) {
                    throw new CommandFailure(l10n.text("cli.accounts.noSuchTeam", e.team()));
                } catch (ServerAccounts.AccountException e) {
                    throw failure(e, login);
                } finally {
                    if (password != null) {
                        Arrays.fill(password, '\0');
                    }
                }
                PrintWriter out = spec.commandLine().getOut();
                out.println(l10n.text("cli.accounts.added", login, l10n.text("account.role." + chosen.name())));
                out.flush();
                return 0;
            }
        }
    }

    /** {@code inclusio accounts remove LOGIN}. */
    @Command(name = "remove", mixinStandardHelpOptions = true)
    static final class RemoveAccount implements Callable<Integer> {
        @ParentCommand
        private AccountsCommand parent;

        @Spec
        private CommandSpec spec;

        @Parameters(index = "0", paramLabel = "LOGIN", descriptionKey = "cli.accounts.login")
        private String login;

        @Override
        public Integer call() {
            Localization l10n = localization();
            try (AppServices services = parent.open()) {
                try {
                    new AccountService(services.store()).remove(login);
                } catch (ServerAccounts.AccountException e) {
                    throw failure(e, login);
                }
                PrintWriter out = spec.commandLine().getOut();
                out.println(l10n.text("cli.accounts.removed", login));
                out.flush();
                return 0;
            }
        }
    }
}
