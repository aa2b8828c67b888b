package org.inclusio.gui.main;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCharacterCombination;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.controlsfx.control.StatusBar;
import org.inclusio.gui.util.TaskProgressModel;
import org.inclusio.logic.i18n.Language;
import org.inclusio.logic.i18n.Localization;
import org.inclusio.gui.util.Fxml;

/**
 * The main window: menu, navigation between the areas, the selected area's screen (or the
 * welcome on first run), and a status bar with the store and the running background task.
 */
public final class MainWindowView {

    private final MainWindowViewModel viewModel;
    private final Localization l10n;
    private final TaskProgressModel taskProgress;
    private Map<Area, Supplier<Node>> areaScreens;
    private Supplier<Node> welcomeScreen;
    private Node openingScreen;
    private final Runnable openHelp;
    private final Runnable openAbout;
    private final Runnable quit;
    private final Map<Area, Node> createdScreens = new EnumMap<>(Area.class);
    private final Map<Area, ToggleButton> navigationButtons = new EnumMap<>(Area.class);
    private Node welcome;
    private Runnable lock = () -> { };
    private Parent root;

    @FXML
    private VBox navigation;
    @FXML
    private StackPane content;
    @FXML
    private StatusBar statusBar;
    @FXML
    private Menu viewMenu;
    @FXML
    private MenuItem loadExampleItem;
    @FXML
    private MenuItem lockItem;
    @FXML
    private Button lockButton;
    @FXML
    private Region navigationSpacer;

    public MainWindowView(MainWindowViewModel viewModel, Localization l10n, TaskProgressModel taskProgress,
                          Map<Area, Supplier<Node>> areaScreens, Supplier<Node> welcomeScreen,
                          Runnable openHelp, Runnable openAbout, Runnable quit) {
        this(viewModel, l10n, taskProgress, openHelp, openAbout, quit);
        this.areaScreens = areaScreens;
        this.welcomeScreen = welcomeScreen;
    }

    /**
     * The window's frame before its store is open: menu, navigation and status bar, with "Opening the store..."
     * where the areas go until {@link #setScreens} gives them.
     */
    public MainWindowView(MainWindowViewModel viewModel, Localization l10n, TaskProgressModel taskProgress,
                          Runnable openHelp, Runnable openAbout, Runnable quit) {
        this.viewModel = viewModel;
        this.l10n = l10n;
        this.taskProgress = taskProgress;
        this.openHelp = openHelp;
        this.openAbout = openAbout;
        this.quit = quit;
    }

    /**
     * The store is open: each area's screen is built the first time it is shown, the selected one (the
     * register, or the area chosen meanwhile) at once.
     *
     * @param welcomeScreen the welcome to an empty store
     */
    public void setScreens(Map<Area, Supplier<Node>> areaScreens, Supplier<Node> welcomeScreen) {
        this.areaScreens = areaScreens;
        this.welcomeScreen = welcomeScreen;
        openingScreen = null;
        if (root != null) {
            showContent();
        }
    }

    /**
     * What the Lock menu item, Ctrl+L and the Lock button do.
     *
     * @param available false where the window cannot lock (a store in clear): the item and button are disabled
     */
    public void setLockAction(Runnable lock, ObservableBooleanValue available) {
        this.lock = lock;
        root();
        lockItem.disableProperty().bind(Bindings.not(available));
        lockButton.disableProperty().bind(Bindings.not(available));
    }

    /**
     * Adds View > Larger text, Smaller text and Normal text size. Their keys (Ctrl+plus, Ctrl+minus, Ctrl+0) are
     * shown here and work in every window of the program.
     */
    public void setTextSizeActions(Runnable larger, Runnable smaller, Runnable normal) {
        root();
        MenuItem largerItem = new MenuItem(l10n.text("menu.view.largerText"));
        largerItem.setId("largerTextItem");
        largerItem.setAccelerator(new KeyCharacterCombination("+", KeyCombination.SHORTCUT_DOWN));
        largerItem.setOnAction(event -> larger.run());
        MenuItem smallerItem = new MenuItem(l10n.text("menu.view.smallerText"));
        smallerItem.setId("smallerTextItem");
        smallerItem.setAccelerator(new KeyCodeCombination(KeyCode.MINUS, KeyCombination.SHORTCUT_DOWN));
        smallerItem.setOnAction(event -> smaller.run());
        MenuItem normalItem = new MenuItem(l10n.text("menu.view.normalText"));
        normalItem.setId("normalTextItem");
        normalItem.setAccelerator(new KeyCodeCombination(KeyCode.DIGIT0, KeyCombination.SHORTCUT_DOWN));
        normalItem.setOnAction(event -> normal.run());
        viewMenu.getItems().addAll(new SeparatorMenuItem(), largerItem, smallerItem, normalItem);
    }

    /**
     * Adds View > Language: "the system's" and each language named in itself, the saved one selected.
     *
     * @param system the language "the system's" stands for on this computer
     * @param choose what choosing one does (it is saved, and the window switches to it)
     */
    public void setLanguageChoice(Language saved, Language system, Consumer<Language> choose) {
        root();
        Menu languages = new Menu(l10n.text("language.menu"));
        languages.setId("languageMenu");
        ToggleGroup group = new ToggleGroup();
        for (Language language : Language.values()) {
            String label = language == Language.SYSTEM ? l10n.text("language.system", system.nativeName())
                    : language.nativeName();
            RadioMenuItem item = new RadioMenuItem(label);
            item.setId("language-" + language.tag());
            item.setToggleGroup(group);
            item.setSelected(language == saved);
            item.setOnAction(event -> {
                item.setSelected(true);
                choose.accept(language);
            });
            languages.getItems().add(item);
        }
        viewMenu.getItems().addAll(new SeparatorMenuItem(), languages);
    }

    /** Puts the keyboard focus on the selected area's navigation button (after the window was built again). */
    public void focusNavigation() {
        ToggleButton selected = navigationButtons.get(viewModel.selectedAreaProperty().get());
        if (selected != null) {
            selected.requestFocus();
        }
    }

    /** Builds the window's content once. */
    public Parent root() {
        if (root == null) {
            root = Fxml.load(MainWindowView.class, "MainWindow.fxml", this, l10n);
        }
        return root;
    }

    @FXML
    private void initialize() {
        ToggleGroup group = new ToggleGroup();
        for (Area area : Area.values()) {
            String label = l10n.text(area.labelKey());
            ToggleButton button = new ToggleButton(label);
            button.setToggleGroup(group);
            button.getStyleClass().add("nav-button");
            button.setMaxWidth(Double.MAX_VALUE);
            button.setAccessibleText(l10n.text("navigation.accessible", label));
            button.setOnAction(event -> viewModel.selectedAreaProperty().set(area));
            navigationButtons.put(area, button);
            navigation.getChildren().add(navigation.getChildren().indexOf(navigationSpacer), button);

            MenuItem item = new MenuItem(label);
            item.setAccelerator(new KeyCodeCombination(area.shortcutDigit(), KeyCombination.SHORTCUT_DOWN));
            item.setOnAction(event -> viewModel.selectedAreaProperty().set(area));
            viewMenu.getItems().add(item);
        }
        // a toggle button can be pressed again; the area stays selected
        group.selectedToggleProperty().addListener((o, old, now) -> {
            if (now == null && old != null) {
                old.setSelected(true);
            }
        });
        viewModel.selectedAreaProperty().addListener((o, old, area) -> showContent());
        viewModel.welcomeVisibleProperty().addListener((o, old, visible) -> showContent());
        loadExampleItem.disableProperty().bind(viewModel.storeEmptyProperty().not()
                .or(taskProgress.runningProperty()));
        setUpStatusBar();
        showContent();
    }

    private void setUpStatusBar() {
        statusBar.textProperty().bind(viewModel.statusTextProperty());
        statusBar.accessibleTextProperty().bind(viewModel.statusTextProperty());
        Label taskTitle = new Label();
        taskTitle.textProperty().bind(taskProgress.titleProperty());
        ProgressBar progress = new ProgressBar();
        progress.progressProperty().bind(taskProgress.progressProperty());
        progress.setPrefWidth(160);
        // when the room is short the bar narrows, not the task's name or the cancel button
        progress.setMinWidth(40);
        taskTitle.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        progress.setAccessibleText(l10n.text("status.progress.accessible"));
        Button cancel = new Button(l10n.text("action.cancel"));
        cancel.setOnAction(event -> taskProgress.cancel());
        cancel.setAccessibleText(l10n.text("status.cancel.accessible"));
        cancel.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        for (Node node : new Node[] {taskTitle, progress, cancel}) {
            node.visibleProperty().bind(taskProgress.runningProperty());
            node.managedProperty().bind(taskProgress.runningProperty());
        }
        statusBar.getRightItems().addAll(taskTitle, progress, cancel);
        Label warning = new Label();
        warning.getStyleClass().add("status-warning");
        warning.textProperty().bind(viewModel.storeWarningProperty());
        warning.accessibleTextProperty().bind(viewModel.storeWarningProperty());
        warning.visibleProperty().bind(viewModel.storeWarningProperty().isNotEmpty());
        warning.managedProperty().bind(warning.visibleProperty());
        statusBar.getLeftItems().add(warning);
        // the store's folder and the counts wrap onto a second line when the text is large, never cut short
        statusBar.skinProperty().addListener((o, old, skin) -> wrapStatusText());
        wrapStatusText();
    }

    private void wrapStatusText() {
        if (statusBar.lookup(".status-label") instanceof Label text) {
            text.setWrapText(true);
            text.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
    }

    private void showContent() {
        Area area = viewModel.selectedAreaProperty().get();
        ToggleButton selected = navigationButtons.get(area);
        selected.setSelected(true);
        // the navigation's focus follows the selected area (Ctrl+3 while a navigation button has the focus)
        if (root != null && root.getScene() != null
                && navigationButtons.containsValue(root.getScene().getFocusOwner())) {
            selected.requestFocus();
        }
        Node screen;
        if (areaScreens == null) {
            screen = openingScreen();
        } else if (viewModel.welcomeVisibleProperty().get()) {
            if (welcome == null) {
                welcome = welcomeScreen.get();
            }
            screen = welcome;
        } else {
            screen = createdScreens.computeIfAbsent(area, a -> areaScreens.get(a).get());
        }
        content.getChildren().setAll(screen);
    }

    /** What the window shows while its store is being opened. */
    private Node openingScreen() {
        if (openingScreen == null) {
            ProgressIndicator indicator = new ProgressIndicator();
            indicator.setMaxSize(48, 48);
            indicator.setAccessibleText(l10n.text("main.opening"));
            Label text = new Label(l10n.text("main.opening"));
            text.getStyleClass().add("empty-state-text");
            VBox box = new VBox(12, indicator, text);
            box.setAlignment(Pos.CENTER);
            box.setId("openingScreen");
            openingScreen = box;
        }
        return openingScreen;
    }

    @FXML
    private void loadExampleRegion() {
        viewModel.loadExampleRegion();
    }

    @FXML
    private void lock() {
        lock.run();
    }

    @FXML
    private void openHelp() {
        openHelp.run();
    }

    @FXML
    private void openAbout() {
        openAbout.run();
    }

    @FXML
    private void quit() {
        quit.run();
    }
}
