package org.inclusio.gui.report;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.inclusio.gui.util.Fxml;
import org.inclusio.logic.common.Choice;
import org.inclusio.logic.i18n.Localization;

/**
 * The Reports area's "you said, we did" letters: the choices on the left, the preview of the pages on the
 * right. Binds {@link LettersViewModel}; every control has a label a screen reader announces and is reached
 * with the keyboard (Tab, and the labels' mnemonics).
 */
public final class LettersView {

    private final LettersViewModel viewModel;
    private final Localization l10n;
    private Node root;

    @FXML private ComboBox<LettersViewModel.Extent> extentBox;
    @FXML private Label fromLabel;
    @FXML private DatePicker fromPicker;
    @FXML private Label toLabel;
    @FXML private DatePicker toPicker;
    @FXML private ComboBox<Choice> teamBox;
    @FXML private Label activityLabel;
    @FXML private ComboBox<Choice> activityBox;
    @FXML private ComboBox<Locale> languageBox;
    @FXML private TextField contactField;
    @FXML private RadioButton perPersonRadio;
    @FXML private RadioButton groupRadio;
    @FXML private CheckBox namesCheck;
    @FXML private Button makeButton;
    @FXML private Button cancelButton;
    @FXML private ProgressBar progressBar;
    @FXML private Label statusLabel;
    @FXML private Button saveButton;
    @FXML private ScrollPane previewScroll;
    @FXML private VBox previewBox;
    @FXML private Label emptyLabel;

    public LettersView(LettersViewModel viewModel, Localization l10n) {
        this.viewModel = viewModel;
        this.l10n = l10n;
    }

    public Node root() {
        if (root == null) {
            root = Fxml.load(LettersView.class, "Letters.fxml", this, l10n);
            // at a large text size each label goes above its field, so the narrow side panel needs no scrolling
            org.inclusio.gui.util.ResponsiveGrid.applyToForms(root);
            root.getProperties().put(LettersViewModel.class, viewModel);
            viewModel.load();
        }
        return root;
    }

    /** The screen as a tab of the Reports area. */
    public Tab tab() {
        Tab tab = new Tab(l10n.text("letters.screen.tab"), root());
        tab.setClosable(false);
        return tab;
    }

    @FXML
    private void initialize() {
        extentBox.getItems().setAll(LettersViewModel.Extent.values());
        extentBox.setConverter(converter(extent -> l10n.text("letters.screen.extent." + extent.name())));
        extentBox.valueProperty().bindBidirectional(viewModel.extentProperty());
        fromPicker.valueProperty().bindBidirectional(viewModel.fromProperty());
        toPicker.valueProperty().bindBidirectional(viewModel.toProperty());
        fromPicker.setAccessibleText(l10n.text("letters.screen.from"));
        toPicker.setAccessibleText(l10n.text("letters.screen.to"));
        teamBox.setItems(viewModel.teams());
        teamBox.valueProperty().bindBidirectional(viewModel.teamProperty());
        teamBox.setPromptText(l10n.text("letters.screen.allTeams"));
        teamBox.setAccessibleText(l10n.text("letters.screen.team").replace("_", ""));
        activityBox.setItems(viewModel.activities());
        activityBox.valueProperty().bindBidirectional(viewModel.activityProperty());
        activityBox.setAccessibleText(l10n.text("letters.screen.activity").replace("_", ""));
        activityBox.disableProperty().bind(viewModel.extentProperty().isNotEqualTo(LettersViewModel.Extent.ACTIVITY));
        activityLabel.disableProperty().bind(activityBox.disableProperty());
        languageBox.setItems(viewModel.languages());
        languageBox.setConverter(converter(viewModel::languageName));
        languageBox.valueProperty().bindBidirectional(viewModel.languageProperty());
        contactField.textProperty().bindBidirectional(viewModel.contactProperty());
        contactField.setAccessibleText(l10n.text("letters.screen.contact").replace("_", ""));

        ToggleGroup recipients = new ToggleGroup();
        perPersonRadio.setToggleGroup(recipients);
        groupRadio.setToggleGroup(recipients);
        perPersonRadio.setSelected(viewModel.perPersonProperty().get());
        groupRadio.setSelected(!viewModel.perPersonProperty().get());
        perPersonRadio.selectedProperty().addListener((o, was, now) -> viewModel.perPersonProperty().set(now));
        viewModel.perPersonProperty().addListener((o, was, now) -> {
            perPersonRadio.setSelected(now);
            groupRadio.setSelected(!now);
        });
        namesCheck.setSelected(viewModel.withNamesProperty().get());
        namesCheck.setOnAction(e -> {
            viewModel.requestNames(namesCheck.isSelected());
            namesCheck.setSelected(viewModel.withNamesProperty().get());
        });
        viewModel.withNamesProperty().addListener((o, was, now) -> namesCheck.setSelected(now));
        namesCheck.disableProperty().bind(viewModel.perPersonProperty().not());

        makeButton.setOnAction(e -> viewModel.makeLetters());
        makeButton.disableProperty().bind(viewModel.busyProperty());
        cancelButton.setOnAction(e -> viewModel.cancel());
        cancelButton.disableProperty().bind(viewModel.busyProperty().not());
        saveButton.setOnAction(e -> viewModel.save());
        saveButton.disableProperty().bind(viewModel.readyProperty().not().or(viewModel.busyProperty()));
        progressBar.progressProperty().bind(viewModel.progressProperty());
        progressBar.visibleProperty().bind(viewModel.busyProperty());
        statusLabel.textProperty().bind(viewModel.statusProperty());
        statusLabel.accessibleTextProperty().bind(viewModel.statusProperty());
        // reachable by Tab only when there is something to read
        statusLabel.focusTraversableProperty().bind(viewModel.statusProperty().isNotEmpty());
        viewModel.pages().addListener((ListChangeListener<Image>) change -> showPages(List.copyOf(viewModel.pages())));
    }

    private void showPages(List<Image> pages) {
        previewBox.getChildren().clear();
        if (pages.isEmpty()) {
            previewBox.getChildren().add(emptyLabel);
            return;
        }
        for (int i = 0; i < pages.size(); i++) {
            ImageView page = new ImageView(pages.get(i));
            page.setPreserveRatio(true);
            page.setSmooth(true);
            page.setAccessibleText(l10n.text("letters.screen.page", i + 1, pages.size()));
            page.setStyle("-fx-effect: dropshadow(gaussian, rgba(0,0,0,0.25), 6, 0, 0, 1);");
            previewBox.getChildren().add(page);
        }
        previewScroll.setVvalue(0);
    }

    private static <T> StringConverter<T> converter(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String string) {
                return null;
            }
        };
    }
}
