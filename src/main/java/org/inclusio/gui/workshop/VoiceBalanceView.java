package org.inclusio.gui.workshop;

import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.fxml.FXML;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;
import org.inclusio.gui.util.Fxml;
import org.inclusio.logic.i18n.Localization;

/**
 * The balance of voice in large type, for a second screen or a projector in the room. Binds to
 * {@link VoiceBalanceViewModel}; each line is read out by a screen reader as one sentence.
 */
public final class VoiceBalanceView {

    private final VoiceBalanceViewModel viewModel;
    private final Parent root;
    private Runnable onClose = () -> { };

    @FXML private Button closeButton;
    @FXML private Label summaryLabel;
    @FXML private VBox rolesBox;
    @FXML private VBox groupsBox;
    @FXML private Label groupNoteLabel;

    public VoiceBalanceView(VoiceBalanceViewModel viewModel, Localization l10n) {
        this.viewModel = viewModel;
        this.root = Fxml.load(VoiceBalanceView.class, "VoiceBalance.fxml", this, l10n);
    }

    public Parent root() {
        return root;
    }

    /** What the close button does. */
    public void setOnClose(Runnable onClose) {
        this.onClose = onClose;
    }

    @FXML
    private void initialize() {
        summaryLabel.textProperty().bind(viewModel.summaryProperty());
        summaryLabel.accessibleTextProperty().bind(viewModel.summaryProperty());
        groupNoteLabel.textProperty().bind(viewModel.groupNoteProperty());
        groupNoteLabel.accessibleTextProperty().bind(viewModel.groupNoteProperty());
        viewModel.roles().addListener((ListChangeListener<VoiceBalanceViewModel.Line>) change ->
                show(rolesBox, viewModel.roles()));
        viewModel.groupLines().addListener((ListChangeListener<VoiceBalanceViewModel.Line>) change ->
                show(groupsBox, viewModel.groupLines()));
        show(rolesBox, viewModel.roles());
        show(groupsBox, viewModel.groupLines());
    }

    private static void show(VBox box, ObservableList<VoiceBalanceViewModel.Line> lines) {
        List<Node> shown = lines.stream().map(VoiceBalanceView::line).toList();
        box.getChildren().setAll(shown);
    }

    private static Node line(VoiceBalanceViewModel.Line line) {
        Label label = new Label(line.label());
        label.getStyleClass().add("voice-balance-label");
        label.setWrapText(true);
        ProgressBar bar = new ProgressBar(line.turnShare());
        bar.getStyleClass().add("voice-balance-bar");
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.setAccessibleText(line.accessible());
        Label text = new Label(line.text());
        text.setWrapText(true);
        VBox box = new VBox(4, label, bar, text);
        box.setAccessibleRole(AccessibleRole.TEXT);
        box.setAccessibleText(line.accessible());
        box.getStyleClass().add("voice-balance-line");
        return box;
    }

    @FXML
    private void close() {
        onClose.run();
    }

    /** The close button, for the window to give it focus. */
    Button closeButton() {
        return closeButton;
    }
}
