package org.inclusio.gui.about;

import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.inclusio.gui.util.AppIcons;
import org.inclusio.logic.AppInfo;
import org.inclusio.logic.i18n.Localization;

/** The About box: name, version, purpose, where the data is kept, and the libraries used. */
public final class AboutDialog {

    private final Localization l10n;
    private final AppInfo appInfo;
    private final String storeLocation;

    public AboutDialog(Localization l10n, AppInfo appInfo, String storeLocation) {
        this.l10n = l10n;
        this.appInfo = appInfo;
        this.storeLocation = storeLocation;
    }

    public void show(Window owner) {
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(l10n.text("about.title", appInfo.name()));
        ImageView logo = new ImageView(AppIcons.image(128));
        logo.setFitWidth(96);
        logo.setFitHeight(96);
        logo.setAccessibleText(l10n.text("about.logo.accessible"));
        Label name = new Label(appInfo.name());
        name.getStyleClass().add("about-name");
        Label version = new Label(l10n.text("about.version", appInfo.version()));
        Label purpose = wrapped(l10n.text("about.purpose"));
        Label store = wrapped(l10n.text("about.store", storeLocation));
        store.getStyleClass().add("muted");
        Label credits = wrapped(l10n.text("about.credits"));
        credits.getStyleClass().add("muted");
        VBox text = new VBox(8, name, version, purpose, store, credits);
        HBox content = new HBox(20, logo, text);
        content.setPadding(new Insets(10));
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getStylesheets().add(AppIcons.stylesheet());
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        dialog.showAndWait();
    }

    private static Label wrapped(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMaxWidth(420);
        return label;
    }
}
