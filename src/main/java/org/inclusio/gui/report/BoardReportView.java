package org.inclusio.gui.report;

import org.inclusio.gui.help.HelpContext;
import org.inclusio.logic.i18n.TaskGuide;
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
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.inclusio.gui.util.Fxml;
import org.inclusio.logic.common.Choice;
import org.inclusio.logic.i18n.Localization;
import org.inclusio.logic.report.ReportScope;
import org.inclusio.logic.report.ReportSection;

/**
 * The Reports area's board report: the choices on the left, the preview of the pages on the right. Binds
 * {@link BoardReportViewModel}; every control has a label a screen reader announces and is reached with the
 * keyboard (Tab, and the labels' mnemonics).
 */
public final class BoardReportView {

    private final BoardReportViewModel viewModel;
    private final Localization l10n;
    private Node root;

    @FXML private Label scopeLabel;
    @FXML private ComboBox<ReportScope.Kind> scopeBox;
    @FXML private Label organisationLabel;
    @FXML private ComboBox<Choice> organisationBox;
    @FXML private Label teamLabel;
    @FXML private ComboBox<Choice> teamBox;
    @FXML private DatePicker fromPicker;
    @FXML private DatePicker toPicker;
    @FXML private ComboBox<Locale> languageBox;
    @FXML private VBox sectionBox;
    @FXML private Button makeButton;
    @FXML private Button cancelButton;
    @FXML private ProgressBar progressBar;
    @FXML private Label statusLabel;
    @FXML private Button saveButton;
    @FXML private ScrollPane previewScroll;
    @FXML private VBox previewBox;
    @FXML private Label emptyLabel;

    public BoardReportView(BoardReportViewModel viewModel, Localization l10n) {
        this.viewModel = viewModel;
        this.l10n = l10n;
    }

    public Node root() {
        if (root == null) {
            root = Fxml.load(BoardReportView.class, "BoardReport.fxml", this, l10n);
            // at a large text size each label goes above its field, so the narrow side panel needs no scrolling
            org.inclusio.gui.util.ResponsiveGrid.applyToForms(root);
            HelpContext.mark(root, TaskGuide.BOARD_REPORT);
            root.getProperties().put(BoardReportViewModel.class, viewModel);
            viewModel.load();
        }
        return root;
    }

    /** The screen as a tab of the Reports area. */
    public Tab tab() {
        Tab tab = new Tab(l10n.text("report.screen.tab"), root());
        tab.setClosable(false);
        return tab;
    }

    @FXML
    private void initialize() {
        scopeBox.getItems().setAll(ReportScope.Kind.values());
        scopeBox.setConverter(converter(kind -> l10n.text("report.screen.scope." + kind.name())));
        scopeBox.valueProperty().bindBidirectional(viewModel.scopeProperty());
        organisationBox.setItems(viewModel.organisations());
        organisationBox.valueProperty().bindBidirectional(viewModel.organisationProperty());
        teamBox.setItems(viewModel.teams());
        teamBox.valueProperty().bindBidirectional(viewModel.teamProperty());
        organisationBox.disableProperty().bind(viewModel.scopeProperty().isNotEqualTo(ReportScope.Kind.ORGANISATION));
        organisationLabel.disableProperty().bind(organisationBox.disableProperty());
        teamBox.disableProperty().bind(viewModel.scopeProperty().isNotEqualTo(ReportScope.Kind.TEAM));
        teamLabel.disableProperty().bind(teamBox.disableProperty());
        fromPicker.valueProperty().bindBidirectional(viewModel.fromProperty());
        toPicker.valueProperty().bindBidirectional(viewModel.toProperty());
        fromPicker.setAccessibleText(l10n.text("report.screen.from"));
        toPicker.setAccessibleText(l10n.text("report.screen.to"));
        languageBox.setItems(viewModel.languages());
        languageBox.setConverter(converter(viewModel::languageName));
        languageBox.valueProperty().bindBidirectional(viewModel.languageProperty());
        for (ReportSection section : ReportSection.values()) {
            CheckBox box = new CheckBox(l10n.text("report.section." + section.name()));
            box.selectedProperty().bindBidirectional(viewModel.sectionProperty(section));
            box.setAccessibleText(l10n.text("report.screen.sectionCheck", box.getText()));
            box.setWrapText(true);
            box.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            sectionBox.getChildren().add(box);
        }
        makeButton.setOnAction(e -> viewModel.makeReport());
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
            page.setAccessibleText(l10n.text("report.screen.page", i + 1, pages.size()));
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
