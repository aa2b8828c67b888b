package org.inclusio.gui.team;

import javafx.scene.Parent;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyEvent;
import org.inclusio.logic.i18n.Localization;

/**
 * The Process teams area: two sections, "Process teams" and "Organisations", as tabs. Keyboard
 * shortcuts go to the section on show.
 */
public final class TeamAreaView {

    private final TeamRegisterView teams;
    private final OrganisationsView organisations;
    private final Localization l10n;
    private TabPane root;

    public TeamAreaView(TeamRegisterView teams, OrganisationsView organisations, Localization l10n) {
        this.teams = teams;
        this.organisations = organisations;
        this.l10n = l10n;
    }

    public Parent root() {
        if (root == null) {
            Tab teamTab = new Tab(l10n.text("team.section.teams"), teams.root());
            teamTab.setId("teamsSection");
            Tab organisationTab = new Tab(l10n.text("team.section.organisations"), organisations.root());
            organisationTab.setId("organisationsSection");
            root = new TabPane(teamTab, organisationTab);
            root.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
            root.getStyleClass().add("team-area");
            root.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
                boolean handled = root.getSelectionModel().getSelectedItem() == teamTab
                        ? teams.shortcut(event) : organisations.shortcut(event);
                if (handled) {
                    event.consume();
                }
            });
        }
        return root;
    }
}
