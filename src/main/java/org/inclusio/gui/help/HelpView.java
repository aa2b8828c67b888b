package org.inclusio.gui.help;

import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.inclusio.gui.util.AppIcons;
import org.inclusio.gui.util.Fxml;
import org.inclusio.logic.i18n.Guide;
import org.inclusio.logic.i18n.HelpTopic;
import org.inclusio.logic.i18n.Localization;
import org.inclusio.logic.i18n.TaskGuide;

/**
 * The help window: the task guides and a searchable glossary of concepts and terms on the left, the page being
 * read on the right. One window, reused; F1 brings it to the front at the guide for where the user is, a "?"
 * button at its term.
 */
public final class HelpView {

    private final java.util.function.Supplier<HelpViewModel> viewModelSource;
    private HelpViewModel viewModel;
    private final Localization l10n;
    private Stage stage;
    private Parent root;

    @FXML
    private Button contentsButton;
    @FXML
    private ListView<Guide> guideList;
    @FXML
    private TextField searchField;
    @FXML
    private ListView<HelpTopic> topicList;
    @FXML
    private ScrollPane pageScroll;
    @FXML
    private VBox page;

    public HelpView(HelpViewModel viewModel, Localization l10n) {
        this(() -> viewModel, l10n);
    }

    /**
     * A help window whose topics and guides are read when it is first used (F1, a {@code ?} button), not while
     * the main window is being built.
     */
    public HelpView(java.util.function.Supplier<HelpViewModel> viewModel, Localization l10n) {
        this.viewModelSource = viewModel;
        this.l10n = l10n;
    }

    private HelpViewModel model() {
        if (viewModel == null) {
            viewModel = viewModelSource.get();
        }
        return viewModel;
    }

    /** Opens (or raises) the help window, showing the given topic when it is not null. */
    public void show(Window owner, String topicKey) {
        if (topicKey != null) {
            model().show(topicKey);
        }
        raise(owner, () -> searchField);
    }

    /** Opens (or raises) the help window at a task guide. */
    public void showGuide(Window owner, TaskGuide guide) {
        root();
        model().showGuide(guide);
        raise(owner, () -> pageScroll);
    }

    /** Opens (or raises) the help window at its contents. */
    public void showContents(Window owner) {
        root();
        model().showContents();
        raise(owner, () -> guideList);
    }

    /** What F1 does: the guide for the task done where the focus is, else the help's contents. */
    public void showFor(Window owner, Node focus) {
        HelpContext.guideAt(focus).ifPresentOrElse(guide -> showGuide(owner, guide), () -> showContents(owner));
    }

    /** The window, once it has been opened (for tests and screenshots). */
    public Stage stage() {
        return stage;
    }

    /** Shows the window, built the first time, and puts the focus where the reader starts (a control of it). */
    private void raise(Window owner, java.util.function.Supplier<Node> focus) {
        if (stage == null) {
            stage = createStage(owner);
        }
        stage.show();
        stage.toFront();
        focus.get().requestFocus();
    }

    private Stage createStage(Window owner) {
        Stage window = new Stage();
        window.initOwner(owner);
        window.setTitle(l10n.text("help.window.title"));
        AppIcons.apply(window);
        Scene scene = new Scene(root(), 900, 600);
        scene.getStylesheets().add(AppIcons.stylesheet());
        scene.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                window.hide();
            }
        });
        window.setScene(scene);
        return window;
    }

    /** The window's content, built once. */
    Parent root() {
        if (root == null) {
            root = Fxml.load(HelpView.class, "Help.fxml", this, l10n);
        }
        return root;
    }

    @FXML
    private void initialize() {
        contentsButton.setAccessibleText(l10n.text("help.contents.title"));
        guideList.setItems(model().visibleGuides());
        guideList.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(Guide guide, boolean empty) {
                super.updateItem(guide, empty);
                setText(empty || guide == null ? null : guide.title());
            }
        });
        guideList.getSelectionModel().selectedItemProperty().addListener((o, old, guide) -> model().choose(guide));
        searchField.textProperty().bindBidirectional(model().queryProperty());
        topicList.setItems(model().visibleTopics());
        topicList.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(HelpTopic topic, boolean empty) {
                super.updateItem(topic, empty);
                setText(empty || topic == null ? null : topic.title() + "  \u2014  " + topic.section());
            }
        });
        topicList.getSelectionModel().selectedItemProperty().addListener((o, old, topic) -> model().choose(topic));
        searchField.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.DOWN) {
                topicList.requestFocus();
                topicList.getSelectionModel().selectFirst();
            }
        });
        // the reading pane scrolls with the arrow and page keys once Tab has reached it
        pageScroll.addEventFilter(KeyEvent.KEY_PRESSED, this::scrollPage);
        model().pageProperty().addListener((o, old, shown) -> showPage(shown));
        showPage(model().pageProperty().get());
    }

    @FXML
    private void showContents() {
        model().showContents();
        guideList.requestFocus();
    }

    private void showPage(HelpPage shown) {
        page.getChildren().clear();
        pageScroll.setVvalue(0);
        if (shown instanceof HelpPage.GuidePage guidePage) {
            showGuidePage(guidePage.guide());
        } else if (shown instanceof HelpPage.TopicPage topicPage) {
            showTopicPage(topicPage.topic());
        } else {
            showContentsPage();
        }
    }

    private void showContentsPage() {
        guideList.getSelectionModel().clearSelection();
        topicList.getSelectionModel().clearSelection();
        String title = l10n.text("help.contents.title");
        page.getChildren().addAll(title(title), text(l10n.text("help.contents.text")),
                heading(l10n.text("help.guides.heading")));
        for (Guide guide : model().guides()) {
            Hyperlink link = new Hyperlink(guide.title());
            link.setId("guide-" + guide.task().helpKey().replace('.', '-'));
            link.setAccessibleText(l10n.text("help.contents.open", guide.title()));
            link.setWrapText(true);
            link.setOnAction(event -> model().showGuide(guide.task()));
            page.getChildren().add(link);
        }
        page.getChildren().addAll(heading(l10n.text("help.glossary.heading")), text(l10n.text("help.glossary.text")));
        pageScroll.setAccessibleText(title);
    }

    private void showGuidePage(Guide guide) {
        topicList.getSelectionModel().clearSelection();
        if (guideList.getSelectionModel().getSelectedItem() != guide) {
            guideList.getSelectionModel().select(guide);
        }
        Label section = new Label(l10n.text("help.guides.section"));
        section.getStyleClass().add("help-section");
        page.getChildren().addAll(section, title(guide.title()), text(guide.summary()));
        int number = 1;
        for (Guide.Section step : guide.sections()) {
            page.getChildren().addAll(heading(l10n.text("help.guides.step", number++, step.heading())),
                    text(step.text()));
        }
        pageScroll.setAccessibleText(guide.title());
    }

    private void showTopicPage(HelpTopic topic) {
        guideList.getSelectionModel().clearSelection();
        Label section = new Label(topic.section());
        section.getStyleClass().add("help-section");
        page.getChildren().addAll(section, title(topic.title()), text(topic.text()));
        if (topicList.getSelectionModel().getSelectedItem() != topic) {
            topicList.getSelectionModel().select(topic);
            topicList.scrollTo(topic);
        }
        pageScroll.setAccessibleText(topic.title());
    }

    private static Label title(String text) {
        return wrapped(text, "help-title");
    }

    private static Label heading(String text) {
        return wrapped(text, "help-heading");
    }

    private static Label text(String text) {
        return wrapped(text, "help-text");
    }

    /** A label of the page whose text wraps and is never squeezed shorter than its lines. */
    private static Label wrapped(String text, String styleClass) {
        Label label = new Label(text);
        label.getStyleClass().add(styleClass);
        label.setWrapText(true);
        label.setMinHeight(Label.USE_PREF_SIZE);
        return label;
    }

    private void scrollPage(KeyEvent event) {
        if (event.getTarget() != pageScroll) {
            return;
        }
        double step = 60 / Math.max(1, page.getHeight() - pageScroll.getViewportBounds().getHeight());
        double pageStep = step * Math.max(1, pageScroll.getViewportBounds().getHeight() / 60 - 1);
        double value = pageScroll.getVvalue();
        switch (event.getCode()) {
            case DOWN -> value += step;
            case UP -> value -= step;
            case PAGE_DOWN, SPACE -> value += pageStep;
            case PAGE_UP -> value -= pageStep;
            case HOME -> value = 0;
            case END -> value = 1;
            default -> {
                return;
            }
        }
        pageScroll.setVvalue(Math.max(0, Math.min(1, value)));
        event.consume();
    }
}
