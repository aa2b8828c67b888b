package org.inclusio.gui.unlock;

import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.print.PrinterJob;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.inclusio.gui.util.Fxml;
import org.inclusio.logic.i18n.Localization;

/** The recovery key, shown once in large letters, with copy, save and print, and "I have kept it". */
public final class RecoveryKeyView {

    private final RecoveryKeyViewModel viewModel;
    private final Localization l10n;
    private Parent root;

    @FXML private Label keyLabel;
    @FXML private Button copyButton;
    @FXML private Label copiedLabel;
    @FXML private Label noticeLabel;
    @FXML private CheckBox keptBox;
    @FXML private Button continueButton;

    public RecoveryKeyView(RecoveryKeyViewModel viewModel, Localization l10n) {
        this.viewModel = viewModel;
        this.l10n = l10n;
    }

    public Parent root() {
        if (root == null) {
            root = Fxml.load(RecoveryKeyView.class, "RecoveryKey.fxml", this, l10n);
        }
        return root;
    }

    @FXML
    private void initialize() {
        keyLabel.textProperty().bind(viewModel.recoveryKeyProperty());
        keyLabel.setAccessibleText(l10n.text("recovery.key.accessible", spelledOut(viewModel.recoveryKeyProperty().get())));
        copiedLabel.visibleProperty().bind(viewModel.copiedProperty());
        copiedLabel.managedProperty().bind(viewModel.copiedProperty());
        noticeLabel.textProperty().bind(viewModel.noticeProperty());
        noticeLabel.visibleProperty().bind(viewModel.noticeProperty().isNotEmpty());
        noticeLabel.managedProperty().bind(noticeLabel.visibleProperty());
        keptBox.selectedProperty().bindBidirectional(viewModel.keptProperty());
        continueButton.disableProperty().bind(viewModel.keptProperty().not());
        Platform.runLater(copyButton::requestFocus);
    }

    /** The key with spaces between its characters, so a screen reader reads it letter by letter. */
    private static String spelledOut(String key) {
        StringBuilder text = new StringBuilder();
        for (char c : key.toCharArray()) {
            text.append(c == '-' ? ", " : c + " ");
        }
        return text.toString().strip();
    }

    @FXML
    private void copy() {
        viewModel.copy();
    }

    @FXML
    private void save() {
        viewModel.saveToFile();
    }

    @FXML
    private void print() {
        PrinterJob job = PrinterJob.createPrinterJob();
        if (job == null) {
            viewModel.printed(false);
            return;
        }
        if (!job.showPrintDialog(root.getScene().getWindow())) {
            job.cancelJob();
            return;
        }
        Label text = new Label(viewModel.printedText());
        text.getStyleClass().add("recovery-print");
        text.setStyle("-fx-font-family: monospace; -fx-font-size: 12pt;");
        text.setWrapText(true);
        text.setMaxWidth(job.getJobSettings().getPageLayout().getPrintableWidth());
        VBox page = new VBox(text);
        boolean done = job.printPage(page) && job.endJob();
        viewModel.printed(done);
    }

    @FXML
    private void continueOn() {
        viewModel.continueOn();
    }
}
