package org.inclusio.gui.settings;

import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.inclusio.logic.i18n.Localization;
import org.inclusio.gui.util.Fxml;

/**
 * The Settings area: one tab per topic (the region's vocabularies, the trash, the store's protection, its
 * backups, the audit trail, and the appearance of the windows). Each tab's content is a screen of its own; the trash and the audit trail are
 * read again whenever their tab is chosen.
 */
public final class SettingsView {

    private final VocabularySettingsView vocabularyView;
    private final TrashView trashView;
    private final SecuritySettingsView securityView;
    private final BackupSettingsView backupsView;
    private final AuditView auditView;
    private final AppearanceSettingsView appearanceView;
    private final Localization l10n;
    private Parent root;

    @FXML private TabPane settingsTabs;
    @FXML private Tab vocabularyTab;
    @FXML private Tab trashTab;
    @FXML private Tab securityTab;
    @FXML private Tab backupsTab;
    @FXML private Tab auditTab;
    @FXML private Tab appearanceTab;

    public SettingsView(VocabularySettingsView vocabularyView, TrashView trashView, SecuritySettingsView securityView,
                        BackupSettingsView backupsView, AuditView auditView, AppearanceSettingsView appearanceView,
                        Localization l10n) {
        this.appearanceView = appearanceView;
        this.backupsView = backupsView;
        this.vocabularyView = vocabularyView;
        this.trashView = trashView;
        this.securityView = securityView;
        this.auditView = auditView;
        this.l10n = l10n;
    }

    public Parent root() {
        if (root == null) {
            root = Fxml.load(SettingsView.class, "Settings.fxml", this, l10n);
        }
        return root;
    }

    @FXML
    private void initialize() {
        vocabularyTab.setContent(vocabularyView.root());
        trashTab.setContent(trashView.root());
        securityTab.setContent(securityView.root());
        backupsTab.setContent(backupsView.root());
        backupsTab.setOnSelectionChanged(event -> {
            if (backupsTab.isSelected()) {
                backupsView.viewModel().load();
            }
        });
        trashTab.setOnSelectionChanged(event -> {
            if (trashTab.isSelected()) {
                trashView.viewModel().load();
            }
        });
        appearanceTab.setContent(appearanceView.root());
        auditTab.setContent(auditView.root());
        auditTab.setOnSelectionChanged(event -> {
            if (auditTab.isSelected()) {
                auditView.viewModel().load();
            }
        });
    }
}
