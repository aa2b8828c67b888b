package org.inclusio.gui.workshop;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.Scene;
import javafx.stage.Modality;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.controlsfx.control.CheckListView;
import org.inclusio.gui.help.HelpContext;
import org.inclusio.gui.util.AppIcons;
import org.inclusio.logic.common.Choice;
import org.inclusio.logic.i18n.Localization;
import org.inclusio.logic.i18n.TaskGuide;
import org.inclusio.logic.workshop.WalkInDraft;
import org.inclusio.model.ConsentScope;
import org.inclusio.model.PersonRole;

/**
 * Adds someone who came without being listed: a new pseudonymous code (suggested, may be changed),
 * the role, and the groups the person chooses to declare, with the consent for them given right here.
 * The dialog stays open when the walk-in cannot be stored, so nothing typed is lost.
 */
final class WalkInDialog {

    private final Dialog<ButtonType> dialog = new Dialog<>();

    /**
     * @param helpOnF1 gives the dialog's scene F1, which opens the help; the dialog is marked as a place of the
     *                 workshop guide
     */
    WalkInDialog(WorkshopViewModel viewModel, Localization l10n, Window owner, Consumer<Scene> helpOnF1) {
        dialog.setTitle(l10n.text("workshop.walkIn.title"));
        dialog.setHeaderText(l10n.text("workshop.walkIn.header"));
        if (owner != null) {
            dialog.initOwner(owner);
            // blocks the workshop's window only, so the help opened with F1 beside it can be read and scrolled
            dialog.initModality(Modality.WINDOW_MODAL);
        }
        TextField code = new TextField(viewModel.suggestCode());
        code.setId("walkInCode");
        ComboBox<PersonRole> role = new ComboBox<>();
        role.setId("walkInRole");
        role.getItems().setAll(PersonRole.values());
        role.setValue(PersonRole.PATIENT);
        role.setConverter(labels(l10n));
        CheckListView<Choice> groups = new CheckListView<>(viewModel.groups());
        groups.setId("walkInGroups");
        groups.setPrefHeight(150);
        org.inclusio.gui.util.Pickers.tabOverChecks(groups);
        ComboBox<ConsentScope> consent = new ComboBox<>();
        consent.setId("walkInConsent");
        consent.getItems().add(null);
        consent.getItems().addAll(ConsentScope.values());
        consent.setConverter(new StringConverter<>() {
            @Override
            public String toString(ConsentScope scope) {
                return scope == null ? l10n.text("workshop.walkIn.noConsent") : l10n.label(scope);
            }

            @Override
            public ConsentScope fromString(String text) {
                return null;
            }
        });
        consent.setValue(null);

        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.setPadding(new Insets(10));
        Label codeLabel = new Label(l10n.text("workshop.walkIn.code"));
        codeLabel.setLabelFor(code);
        Label roleLabel = new Label(l10n.text("workshop.walkIn.role"));
        roleLabel.setLabelFor(role);
        Label groupsLabel = new Label(l10n.text("workshop.walkIn.groups"));
        groupsLabel.setLabelFor(groups);
        Label consentLabel = new Label(l10n.text("workshop.walkIn.consent"));
        consentLabel.setLabelFor(consent);
        code.setAccessibleText(codeLabel.getText());
        role.setAccessibleText(roleLabel.getText());
        groups.setAccessibleText(groupsLabel.getText());
        consent.setAccessibleText(consentLabel.getText());
        Label hint = new Label(l10n.text("workshop.walkIn.hint"));
        hint.setWrapText(true);
        hint.setMaxWidth(460);
        grid.addRow(0, codeLabel, code);
        grid.addRow(1, roleLabel, role);
        grid.addRow(2, groupsLabel, groups);
        grid.addRow(3, consentLabel, consent);
        grid.add(hint, 0, 4, 2, 1);
        dialog.getDialogPane().setContent(grid);
        ButtonType add = new ButtonType(l10n.text("workshop.walkIn.add"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(l10n.text("workshop.walkIn.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(add, cancel);
        dialog.getDialogPane().lookupButton(add).addEventFilter(javafx.event.ActionEvent.ACTION, event -> {
            Set<UUID> chosen = new HashSet<>();
            groups.getCheckModel().getCheckedItems().forEach(choice -> chosen.add(choice.id()));
            boolean stored = viewModel.addWalkIn(new WalkInDraft(code.getText(), role.getValue(), chosen,
                    consent.getValue()));
            if (!stored) {
                event.consume();
            }
        });
        // after the dialog has placed its own first focus, which may be inside the list of groups
        dialog.setOnShown(event -> javafx.application.Platform.runLater(code::requestFocus));
        HelpContext.mark(dialog.getDialogPane(), TaskGuide.WORKSHOP);
        helpOnF1.accept(dialog.getDialogPane().getScene());
        AppIcons.apply((javafx.stage.Stage) dialog.getDialogPane().getScene().getWindow());
    }

    private static StringConverter<PersonRole> labels(Localization l10n) {
        return new StringConverter<>() {
            @Override
            public String toString(PersonRole value) {
                return value == null ? "" : l10n.label(value);
            }

            @Override
            public PersonRole fromString(String text) {
                return null;
            }
        };
    }

    void showAndWait() {
        dialog.showAndWait();
    }
}
