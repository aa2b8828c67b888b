package org.inclusio.gui.team;

import javafx.scene.Parent;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.inclusio.gui.util.AreaShortcuts;
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
            // the section's shortcuts work wherever the focus is while the area is on screen
            AreaShortcuts.whileShown(root, event -> root.getSelectionModel().getSelectedItem() == teamTab
                    ? teams.shortcut(event) : organisations.shortcut(event));
        }
        return root;
    }
}
