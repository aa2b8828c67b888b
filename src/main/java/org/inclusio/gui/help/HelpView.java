package org.inclusio.gui.help;

import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.inclusio.gui.util.AppIcons;
import org.inclusio.gui.util.Fxml;
import org.inclusio.logic.i18n.HelpTopic;
import org.inclusio.logic.i18n.Localization;

/**
 * The help window: a searchable list of concepts and terms beside the explanation of the one
 * selected. One window, reused; opening help for a term brings it to the front at that term.
 */
public final class HelpView {

    private final HelpViewModel viewModel;
    private final Localization l10n;
    private Stage stage;

    @FXML
    private TextField searchField;
    @FXML
    private ListView<HelpTopic> topicList;
    @FXML
    private Label topicSection;
    @FXML
    private Label topicTitle;
    @FXML
    private Label topicText;

    public HelpView(HelpViewModel viewModel, Localization l10n) {
        this.viewModel = viewModel;
        this.l10n = l10n;
    }

    /** Opens (or raises) the help window, showing the given topic when it is not null. */
    public void show(Window owner, String topicKey) {
        if (stage == null) {
            stage = createStage(owner);
        }
        if (topicKey != null) {
            viewModel.show(topicKey);
        }
        stage.show();
        stage.toFront();
        searchField.requestFocus();
    }

    private Stage createStage(Window owner) {
        Parent root = Fxml.load(HelpView.class, "Help.fxml", this, l10n);
        Stage window = new Stage();
        window.initOwner(owner);
        window.setTitle(l10n.text("help.window.title"));
        AppIcons.apply(window);
        Scene scene = new Scene(root, 860, 560);
        scene.getStylesheets().add(AppIcons.stylesheet());
        scene.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                window.hide();
            }
        });
        window.setScene(scene);
        return window;
    }

    @FXML
    private void initialize() {
        searchField.textProperty().bindBidirectional(viewModel.queryProperty());
        topicList.setItems(viewModel.visibleTopics());
        topicList.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(HelpTopic topic, boolean empty) {
                super.updateItem(topic, empty);
                setText(empty || topic == null ? null : topic.title() + "  \u2014  " + topic.section());
            }
        });
        topicList.getSelectionModel().selectedItemProperty().addListener((o, old, topic) -> {
            if (topic != null) {
                viewModel.selectedProperty().set(topic);
            }
        });
        viewModel.selectedProperty().addListener((o, old, topic) -> showTopic(topic));
        showTopic(viewModel.selectedProperty().get());
        searchField.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.DOWN) {
                topicList.requestFocus();
                topicList.getSelectionModel().selectFirst();
            }
        });
    }

    private void showTopic(HelpTopic topic) {
        if (topic == null) {
            return;
        }
        topicSection.setText(topic.section());
        topicTitle.setText(topic.title());
        topicText.setText(topic.text());
        if (topicList.getSelectionModel().getSelectedItem() != topic) {
            topicList.getSelectionModel().select(topic);
            topicList.scrollTo(topic);
        }
    }
}
