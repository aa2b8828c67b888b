package org.inclusio.gui.welcome;

import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.image.ImageView;
import org.inclusio.gui.main.MainWindowViewModel;
import org.inclusio.gui.util.AppIcons;
import org.inclusio.logic.i18n.Localization;
import org.inclusio.gui.util.Fxml;

/** The first-run welcome shown on an empty store: load the example region, open a file from the office, or start empty. */
public final class WelcomeView {

    private final MainWindowViewModel viewModel;
    private final Localization l10n;
    private final Runnable openHelp;

    @FXML
    private ImageView logo;
    @FXML
    private Button loadExampleButton;

    public WelcomeView(MainWindowViewModel viewModel, Localization l10n, Runnable openHelp) {
        this.viewModel = viewModel;
        this.l10n = l10n;
        this.openHelp = openHelp;
    }

    public Node create() {
        return Fxml.load(WelcomeView.class, "Welcome.fxml", this, l10n);
    }

    @FXML
    private void initialize() {
        logo.setImage(AppIcons.image(128));
        Platform.runLater(loadExampleButton::requestFocus);
    }

    @FXML
    private void loadExample() {
        viewModel.loadExampleRegion();
    }

    @FXML
    private void openOfficeFile() {
        viewModel.openOfficeFile();
    }

    @FXML
    private void startEmpty() {
        viewModel.startEmpty();
    }

    @FXML
    private void openHelp() {
        openHelp.run();
    }
}
