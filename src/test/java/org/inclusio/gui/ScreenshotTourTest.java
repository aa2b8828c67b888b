package org.inclusio.gui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.inclusio.gui.AppUnderTest.waitUntil;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.inclusio.gui.appearance.TextSize;
import org.inclusio.gui.exchange.ImportViewModel;
import org.inclusio.gui.main.Area;
import org.inclusio.gui.prefs.WindowPreferences;
import org.inclusio.logic.exchange.sheet.SheetKind;
import org.inclusio.logic.exchange.sheet.TargetField;
import org.inclusio.logic.trash.TrashKind;
import org.inclusio.model.Activity;
import org.inclusio.model.query.QActivity;
import org.inclusio.testing.TestStores;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The screenshot tour: renders every screen and every editor tab with the example region at
 * 1366x768 into {@code target/screenshots/<language>/} for people to look at. The default run is in English;
 * the system property {@value #LANGUAGES} names the languages to tour ({@code en,sv,ja}, or {@code all}). Run
 * alone with {@code ./mvnw -B test -Dtest=ScreenshotTourTest -Dinclusio.tour.languages=all}. The system property
 * {@value #TEXT_SIZE} gives the text size in percent ({@code 200} tours at the largest, into
 * {@code target/screenshots/<language>-200/}). On every screen the tour checks that no text is cut short (a table's
 * column headings included), no labelled control reaches past the window and no form needs scrolling sideways
 * ({@link TextFit}), and fails if any does; what it found is listed in {@code not-fitting.txt} and, for column
 * headings, {@code column-headings-cut-short.txt} beside the screenshots. The activity's details are also shown
 * in a window 1280 pixels wide, the size the program first opens at.
 */
class ScreenshotTourTest {

    /** The system property with the languages to tour, separated by commas; {@code all} for every one. */
    static final String LANGUAGES = "inclusio.tour.languages";
    private static final List<String> ALL_LANGUAGES = List.of("en", "sv", "ja");
    /** The system property with the text size of the tour, in percent (100 unless given). */
    static final String TEXT_SIZE = "inclusio.tour.textSize";

    private Path out = Path.of("target", "screenshots", "en");

    @TempDir
    Path store;
    @TempDir
    Path files;

    private final FxRobot robot = new FxRobot();

    /** Every focusable control without a name that a screen reader could read, by the screen it was on. */
    private static final java.util.Map<String, List<String>> UNNAMED = new java.util.TreeMap<>();
    /** Every text that does not fit (cut short, past the window, scrolled sideways), by screenshot. */
    private static final java.util.Map<String, List<String>> NOT_FITTING = new java.util.TreeMap<>();

    /** The languages of this run: English unless {@value #LANGUAGES} names others (a tour takes a minute or two). */
    static List<String> languages() {
        String asked = System.getProperty(LANGUAGES, "en").trim();
        if (asked.equalsIgnoreCase("all")) {
            return ALL_LANGUAGES;
        }
        List<String> chosen = java.util.Arrays.stream(asked.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .toList();
        assertThat(ALL_LANGUAGES).as("languages the tour can take (" + LANGUAGES + ")").containsAll(chosen);
        return chosen;
    }

    /** The text size of this run: {@value #TEXT_SIZE}, or normal. */
    static int textSize() {
        int size = Integer.parseInt(System.getProperty(TEXT_SIZE, String.valueOf(TextSize.NORMAL)).trim());
        assertThat(TextSize.STEPS).as("text sizes the tour can take (" + TEXT_SIZE + ")").contains(size);
        return size;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("languages")
    void rendersEveryScreenAndEditor(String language) throws Exception {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.forLanguageTag(language));
        int size = textSize();
        out = Path.of("target", "screenshots", size == TextSize.NORMAL ? language : language + "-" + size);
        Files.deleteIfExists(out.resolve("column-headings-cut-short.txt"));
        Files.deleteIfExists(out.resolve("not-fitting.txt"));
        UNNAMED.clear();
        NOT_FITTING.clear();
        try {
            tour(size);
        } finally {
            Locale.setDefault(before);
        }
        assertThat(UNNAMED).as("controls a screen reader announces without a name, per screenshot").isEmpty();
        assertThat(NOT_FITTING).as("text that does not fit at %d %%, per screenshot", size).isEmpty();
    }

    private void tour(int size) throws Exception {
        WindowPreferences preferences = AppUnderTest.freshPreferences();
        preferences.appearancePreferences().textSizeProperty().set(size);
        try (AppUnderTest ui = AppUnderTest.startAsUser(store, preferences)) {
            ui.fitLaptopScreen();
            createStore(ui);
            waitUntil(() -> robot.lookup("#loadExampleButton").tryQuery().isPresent());
            shoot(ui.scene().getRoot(), "00-welcome");
            loadExampleRegion(ui);
            for (Area area : Area.values()) {
                robot.press(KeyCode.CONTROL, area.shortcutDigit()).release(area.shortcutDigit(), KeyCode.CONTROL);
                WaitForAsyncUtils.waitForFxEvents();
                int number = area.ordinal() + 1;
                Node content = ui.scene().lookup("#content");
                switch (area) {
                    case ACTIVITIES -> shootActivities(ui, content, number);
                    case PEOPLE -> shootPeople(ui, content, number);
                    case TEAMS -> shootTeams(ui, content, number);
                    case ANALYSIS -> shootAnalysisSections(ui, number);
                    case REPORTS -> shootReports(ui, content, number);
                    case SETTINGS -> shootSettings(ui, content, number);
                }
            }
            shootAbout(ui);
            shootHelp(ui);
            shootLocked(ui);
        }
    }

    /** The first start: "Create a new store" (with the policy's message, then filled in) and the recovery key. */
    private void createStore(AppUnderTest ui) throws Exception {
        waitUntil(() -> robot.lookup("#createScreen").tryQuery().isPresent());
        PasswordField passphrase = robot.lookup("#passphraseField").queryAs(PasswordField.class);
        robot.interact(() -> passphrase.setText("harbour"));
        shoot(ui.scene().getRoot(), "00-1-create-store");
        robot.interact(() -> {
            passphrase.setText(TestStores.PASSPHRASE);
            robot.lookup("#repeatField").queryAs(PasswordField.class).setText(TestStores.PASSPHRASE);
            robot.lookup("#createButton").queryButton().fire();
        });
        // deriving the key from the passphrase takes a while on purpose, and longer on a busy machine
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> robot.lookup("#recoveryScreen").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> robot.lookup("#copyButton").queryButton().fire());
        shoot(ui.scene().getRoot(), "00-2-recovery-key");
        robot.interact(() -> {
            robot.lookup("#keptBox").queryAs(CheckBox.class).setSelected(true);
            robot.lookup("#continueButton").queryButton().fire();
        });
    }

    /** Locked: the unlock screen, then a wrong passphrase and its message. */
    private void shootLocked(AppUnderTest ui) throws Exception {
        Platform.runLater(ui.app()::lock);
        waitUntil(() -> robot.lookup("#unlockScreen").tryQuery().isPresent());
        shoot(ui.scene().getRoot(), "10-unlock");
        PasswordField passphrase = robot.lookup("#passphraseField").queryAs(PasswordField.class);
        robot.interact(() -> {
            passphrase.setText("not the passphrase");
            robot.lookup("#unlockButton").queryButton().fire();
        });
        Label error = robot.lookup("#errorLabel").queryAs(Label.class);
        waitUntil(() -> !error.getText().isEmpty());
        shoot(ui.scene().getRoot(), "10a-unlock-wrong-passphrase");
    }

    /** Clicks "Load example region" on the welcome screen and shoots the status bar while it works. */
    private void loadExampleRegion(AppUnderTest ui) throws Exception {
        Button load = robot.lookup("#loadExampleButton").queryAs(Button.class);
        robot.interact(load::fire);
        ProgressBar progress = robot.from(ui.scene().lookup("#statusBar")).lookup(".progress-bar")
                .queryAs(ProgressBar.class);
        waitUntil(() -> progress.isVisible() || robot.lookup("#loadExampleButton").tryQuery().isEmpty());
        if (progress.isVisible()) {
            shoot(ui.scene().getRoot(), "00b-status-task");
        }
        waitUntil(() -> !progress.isVisible() && robot.lookup("#loadExampleButton").tryQuery().isEmpty());
    }

    private void shootActivities(AppUnderTest ui, Node area, int number) throws Exception {
        shoot(ui.scene().getRoot(), String.format("%02d-activities", number));
        TableView<?> table = find(area, "#table", TableView.class);
        openFirstRecord(table);
        TextField title = find(area, "#titleField", TextField.class);
        TableView<?> participants = find(area, "#participantTable", TableView.class);
        TableView<?> proposals = find(area, "#proposalTable", TableView.class);
        for (int row = 0; row < Math.min(30, table.getItems().size()); row++) {
            selectRecord(table, row, "titleColumn", title);
            if (!participants.getItems().isEmpty() && !proposals.getItems().isEmpty()) {
                break;
            }
        }
        shootEditorTabs(ui, find(area, "#tabs", TabPane.class), number, "activity");
        // the window as wide as it opens the first time (1280): the details still need no sideways scrolling
        robot.interact(() -> ui.app().stage().setWidth(1280));
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        shoot(ui.scene().getRoot(), String.format("%02dv-activity-details-1280", number));
        ui.fitLaptopScreen();
        if (textSize() == TextSize.NORMAL) {
            // the same record at the largest text size (Ctrl+plus five times), then back to normal (Ctrl+0)
            for (int step = 0; step < 5; step++) {
                robot.press(KeyCode.CONTROL, KeyCode.EQUALS).release(KeyCode.EQUALS, KeyCode.CONTROL);
            }
            WaitForAsyncUtils.waitForFxEvents();
            robot.interact(() -> find(area, "#tabs", TabPane.class).getSelectionModel().select(0));
            shoot(ui.scene().getRoot(), String.format("%02dy-activity-text-200", number));
            robot.press(KeyCode.CONTROL, KeyCode.DIGIT0).release(KeyCode.DIGIT0, KeyCode.CONTROL);
            WaitForAsyncUtils.waitForFxEvents();
        }
        shootLiveWorkshop(ui, area, number);

        robot.interact(() -> find(area, "#newButton", Button.class).fire());
        waitUntil(() -> title.getText().isEmpty());
        robot.interact(() -> {
            title.setText("x");
            title.setText("");
            find(area, "#startTimeField", TextField.class).setText("25:70");
            find(area, "#durationField", TextField.class).setText("-5");
        });
        WaitForAsyncUtils.waitForFxEvents();
        shoot(ui.scene().getRoot(), String.format("%02dz-activity-new-invalid", number));
        robot.interact(() -> find(area, "#resetButton", Button.class).fire());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void shootPeople(AppUnderTest ui, Node area, int number) throws Exception {
        shoot(ui.scene().getRoot(), String.format("%02d-people", number));
        TableView<?> table = find(area, "#table", TableView.class);
        openFirstRecord(table);
        selectRecord(table, 0, "codeColumn", find(area, "#codeField", TextField.class));
        TabPane tabs = find(area, "#tabs", TabPane.class);
        shootEditorTabs(ui, tabs, number, "person");
        robot.interact(() -> tabs.getSelectionModel().select(0));
        Button identity = find(area, "#identityButton", Button.class);
        Platform.runLater(identity::fire);
        DialogPane confirm = waitForDialog(ui);
        shoot(confirm, String.format("%02dy-person-identity-confirm", number));
        robot.interact(() -> answer(confirm, ButtonBar.ButtonData.OK_DONE));
        waitUntil(() -> find(area, "#identityBox", Node.class).isVisible());
        shoot(ui.scene().getRoot(), String.format("%02dz-person-identity-shown", number));
        robot.interact(identity::fire);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void shootTeams(AppUnderTest ui, Node area, int number) throws Exception {
        shoot(ui.scene().getRoot(), String.format("%02d-teams", number));
        TableView<?> table = find(area, "#table", TableView.class);
        openFirstRecord(table);
        selectRecord(table, 0, "nameColumn", find(area, "#nameField", TextField.class));
        shootEditorTabs(ui, find(area, "#tabs", TabPane.class), number, "team");
        TabPane sections = (TabPane) ui.scene().lookup(".team-area");
        robot.interact(() -> sections.getSelectionModel().select(1));
        WaitForAsyncUtils.waitForFxEvents();
        Node organisations = sections.getTabs().get(1).getContent();
        TextField organisationName = find(organisations, "#organisationNameField", TextField.class);
        selectRecord(find(organisations, "#organisationTable", TableView.class), 0, "organisationNameColumn",
                organisationName);
        shoot(ui.scene().getRoot(), String.format("%02dz-organisations", number));
        robot.interact(() -> sections.getSelectionModel().select(0));
    }

    /** Every tab of the Analysis area, the first as 04-analysis, the others as 04a-..., 04b-... */
    private void shootAnalysisSections(AppUnderTest ui, int number) throws Exception {
        WaitForAsyncUtils.sleep(1500, TimeUnit.MILLISECONDS);
        shoot(ui.scene().getRoot(), String.format("%02d-analysis", number));
        TabPane sections = (TabPane) ui.scene().lookup(".analysis-area .tab-pane");
        char letter = 'a';
        for (int i = 1; i < sections.getTabs().size(); i++) {
            int index = i;
            robot.interact(() -> sections.getSelectionModel().select(index));
            if ("flagsSection".equals(sections.getTabs().get(i).getId())) {
                robot.clickOn("#checkButton");
                javafx.scene.control.TreeTableView<org.inclusio.gui.analysis.FlagsView.FlagNode> tree =
                        robot.lookup("#automaticTree").query();
                waitUntil(() -> !tree.getRoot().getChildren().isEmpty());
                robot.interact(() -> {
                    javafx.scene.control.TreeItem<org.inclusio.gui.analysis.FlagsView.FlagNode> first =
                            tree.getRoot().getChildren().get(0);
                    first.setExpanded(true);
                    first.getChildren().get(0).setExpanded(true);
                    tree.getSelectionModel().select(first.getChildren().get(0).getChildren().get(0));
                });
            }
            WaitForAsyncUtils.sleep(1500, TimeUnit.MILLISECONDS);
            WaitForAsyncUtils.waitForFxEvents();
            String id = sections.getTabs().get(i).getId().replace("Section", "");
            shoot(ui.scene().getRoot(), String.format("%02d%c-%s", number, letter++, id));
        }
        robot.interact(() -> sections.getSelectionModel().select(0));
    }

    /** Import (empty, then the spreadsheet wizard's steps on a small people CSV) and export. */
    private void shootReports(AppUnderTest ui, Node area, int number) throws Exception {
        TabPane tabs = find(area, ".exchange-area", TabPane.class);
        shoot(ui.scene().getRoot(), String.format("%02d-reports-import", number));
        robot.interact(() -> tabs.getSelectionModel().select(1));
        WaitForAsyncUtils.waitForFxEvents();
        shoot(ui.scene().getRoot(), String.format("%02da-reports-export", number));
        // the board report and the letters, once their choices of teams have been read
        for (int i = 2; i < tabs.getTabs().size(); i++) {
            int index = i;
            robot.interact(() -> tabs.getSelectionModel().select(index));
            WaitForAsyncUtils.sleep(800, TimeUnit.MILLISECONDS);
            WaitForAsyncUtils.waitForFxEvents();
            shoot(ui.scene().getRoot(), String.format("%02d%c-reports-tab%d", number, (char) ('e' + i - 2), i + 1));
        }
        robot.interact(() -> tabs.getSelectionModel().select(0));

        ImportViewModel importer = (ImportViewModel) tabs.getProperties().get(ImportViewModel.class);
        Path sheet = Files.writeString(files.resolve("people.csv"),
                "Pseudonym;Sort of member;Paid\nW-1;patient;ja\nW-2;frobnicator;nej\nW-3;carer;ja\n");
        robot.interact(() -> {
            importer.kindProperty().set(SheetKind.PEOPLE);
            importer.open(sheet);
        });
        waitUntil(() -> importer.stepProperty().get() == ImportViewModel.Step.PREVIEW);
        shoot(ui.scene().getRoot(), String.format("%02db-reports-import-preview", number));
        robot.interact(() -> {
            importer.columns().stream().filter(c -> c.field() == TargetField.ROLE).findFirst()
                    .ifPresent(c -> c.columnProperty().set("Sort of member"));
            importer.toValues();
        });
        waitUntil(() -> importer.stepProperty().get() == ImportViewModel.Step.VALUES);
        shoot(ui.scene().getRoot(), String.format("%02dc-reports-import-values", number));
        robot.interact(importer::check);
        waitUntil(() -> importer.stepProperty().get() == ImportViewModel.Step.CHECKED);
        shoot(ui.scene().getRoot(), String.format("%02dd-reports-import-checked", number));
    }

    /** Vocabularies with an entry selected; the trash holding one activity moved there first. */
    private void shootSettings(AppUnderTest ui, Node area, int number) throws Exception {
        TableView<?> vocabulary = find(area, "#vocabularyTable", TableView.class);
        waitUntil(() -> !vocabulary.getItems().isEmpty());
        shoot(ui.scene().getRoot(), String.format("%02d-settings", number));
        robot.interact(() -> vocabulary.getSelectionModel().select(0));
        WaitForAsyncUtils.waitForFxEvents();
        shoot(ui.scene().getRoot(), String.format("%02da-settings-vocabulary-entry", number));

        Activity activity = new QActivity(ui.app().services().store().database()).setMaxRows(1).findOne();
        ui.app().services().trash().moveToTrash(TrashKind.ACTIVITY, activity.getId());
        TabPane tabs = find(area, "#settingsTabs", TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(1));
        robot.interact(() -> find(area, "#refreshButton", Button.class).fire());
        TableView<?> trash = find(area, "#trashTable", TableView.class);
        waitUntil(() -> !trash.getItems().isEmpty());
        robot.interact(() -> trash.getSelectionModel().select(0));
        WaitForAsyncUtils.waitForFxEvents();
        shoot(ui.scene().getRoot(), String.format("%02db-settings-trash", number));
        robot.interact(() -> tabs.getSelectionModel().select(0));
    }

    /** Opens Help > About from the menu bar and shoots the dialog before closing it. */
    private void shootAbout(AppUnderTest ui) throws Exception {
        MenuBar menus = (MenuBar) ui.scene().lookup(".menu-bar");
        String label = ui.app().services().localization().text("menu.help.about");
        MenuItem about = menus.getMenus().stream().map(Menu::getItems).flatMap(List::stream)
                .filter(item -> label.equals(item.getText())).findFirst().orElseThrow();
        Platform.runLater(about::fire);
        DialogPane pane = waitForDialog(ui);
        shoot(pane, "08-about");
        robot.interact(() -> answer(pane, ButtonBar.ButtonData.CANCEL_CLOSE));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** F1 from Settings (no task guide there): the help's contents, then a task guide and a term of the glossary. */
    private void shootHelp(AppUnderTest ui) throws Exception {
        robot.press(KeyCode.F1).release(KeyCode.F1);
        AtomicReference<Window> help = new AtomicReference<>();
        waitUntil(() -> {
            help.set(Window.getWindows().stream().filter(w -> w != ui.app().stage() && w instanceof Stage
                    && w.isShowing()).findFirst().orElse(null));
            return help.get() != null;
        });
        Node root = help.get().getScene().getRoot();
        WaitForAsyncUtils.waitForFxEvents();
        shoot(root, "09-help-contents");
        ListView<?> guides = find(root, "#guideList", ListView.class);
        for (int i = 0; i < guides.getItems().size(); i++) {
            int index = i;
            robot.interact(() -> guides.getSelectionModel().select(index));
            WaitForAsyncUtils.waitForFxEvents();
            shoot(root, String.format("09%c-help-guide", (char) ('a' + i)));
        }
        TextField search = find(root, "#searchField", TextField.class);
        String tokenism = ui.app().services().localization().termText("concept.tokenism.label");
        robot.interact(() -> search.setText(tokenism));
        ListView<?> topics = find(root, "#topicList", ListView.class);
        robot.interact(() -> topics.getSelectionModel().selectFirst());
        WaitForAsyncUtils.waitForFxEvents();
        shoot(root, "09z-help-term");
        robot.interact(() -> help.get().hide());
    }

    /**
     * The live workshop of the record open in the editor, with a participant selected, then its balance-of-voice
     * window; both closed again.
     */
    private void shootLiveWorkshop(AppUnderTest ui, Node area, int number) throws Exception {
        Button live = find(area, "#liveButton", Button.class);
        waitUntil(() -> !live.isDisabled());
        Platform.runLater(live::fire);
        String prefix = ui.app().services().localization().text("workshop.window.title", "");
        Stage workshop = AppUnderTest.waitForWindowTitled(prefix);
        Node root = workshop.getScene().getRoot();
        TableView<?> people = find(root, "#peopleTable", TableView.class);
        waitUntil(() -> !people.getItems().isEmpty());
        robot.interact(() -> people.getSelectionModel().select(0));
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        shoot(root, String.format("%02dw-live-workshop", number));
        robot.interact(() -> find(root, "#balanceButton", Button.class).fire());
        AtomicReference<Stage> balance = new AtomicReference<>();
        waitUntil(() -> {
            balance.set(Window.getWindows().stream().filter(w -> w instanceof Stage stage && stage.isShowing()
                    && stage.getOwner() == workshop).map(Stage.class::cast).findFirst().orElse(null));
            return balance.get() != null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        shoot(balance.get().getScene().getRoot(), String.format("%02dx-live-workshop-balance", number));
        robot.interact(() -> balance.get().close());
        robot.interact(() -> workshop.close());
        waitUntil(() -> !workshop.isShowing());
        robot.interact(ui.app().stage()::requestFocus);
        waitUntil(() -> ui.app().stage().isFocused());
    }

    /** Shoots each tab of an editor, selecting the first row of the tab's first table if it has one. */
    private void shootEditorTabs(AppUnderTest ui, TabPane tabs, int number, String editor) throws Exception {
        char letter = 'a';
        for (int i = 0; i < tabs.getTabs().size(); i++) {
            Tab tab = tabs.getTabs().get(i);
            if (tab.isDisable()) {
                continue;
            }
            int index = i;
            robot.interact(() -> tabs.getSelectionModel().select(index));
            Optional<TableView> table = tab.getContent() == null ? Optional.empty()
                    : robot.from(tab.getContent()).lookup(".table-view").tryQueryAs(TableView.class);
            table.filter(t -> !t.getItems().isEmpty())
                    .ifPresent(t -> robot.interact(() -> t.getSelectionModel().select(0)));
            WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
            WaitForAsyncUtils.waitForFxEvents();
            String name = tab.getId() == null ? "tab" + (i + 1) : tab.getId().replace("Tab", "");
            shoot(ui.scene().getRoot(), String.format("%02d%c-%s-%s", number, letter++, editor, name));
        }
        robot.interact(() -> tabs.getSelectionModel().select(0));
    }

    /** Selects a row of a register and waits until the editor shows it (its field equals the column). */
    private void selectRecord(TableView<?> table, int row, String columnId, TextInputControl field)
            throws Exception {
        waitUntil(() -> table.getItems().size() > row);
        TableColumn<?, ?> column = table.getColumns().stream().filter(c -> columnId.equals(c.getId()))
                .findFirst().orElseThrow();
        robot.interact(() -> table.getSelectionModel().select(row));
        String expected = String.valueOf(column.getCellData(row));
        waitUntil(() -> expected.equals(field.getText()));
    }

    private static DialogPane waitForDialog(AppUnderTest ui) throws Exception {
        AtomicReference<DialogPane> pane = new AtomicReference<>();
        waitUntil(() -> {
            pane.set(Window.getWindows().stream().filter(w -> w != ui.app().stage() && w.isShowing()
                            && w.getScene() != null && w.getScene().getRoot() instanceof DialogPane)
                    .map(w -> (DialogPane) w.getScene().getRoot()).findFirst().orElse(null));
            return pane.get() != null;
        });
        return pane.get();
    }

    private static void answer(DialogPane pane, ButtonBar.ButtonData data) {
        ButtonType type = pane.getButtonTypes().stream().filter(t -> t.getButtonData() == data).findFirst()
                .orElseThrow();
        ((Button) pane.lookupButton(type)).fire();
    }

    /** Selects the register's first row: the editor is built when the first record opens. */
    private void openFirstRecord(TableView<?> table) throws Exception {
        waitUntil(() -> !table.getItems().isEmpty());
        robot.interact(() -> table.getSelectionModel().select(0));
    }

    /** The node, once it is in the scene (an editor's tabs join it after their first layout). */
    private <T extends Node> T find(Node root, String query, Class<T> type) {
        try {
            waitUntil(() -> robot.from(root).lookup(query).tryQuery().isPresent());
        } catch (Exception e) {
            throw new IllegalStateException("not in the scene: " + query, e);
        }
        return robot.from(root).lookup(query).queryAs(type);
    }


    /** Adds the problems of a screenshot to a list beside the screenshots, one a line. */
    private static void list(Path file, String name, List<String> problems) throws java.io.IOException {
        if (problems.isEmpty()) {
            return;
        }
        Files.createDirectories(file.getParent());
        StringBuilder lines = new StringBuilder();
        problems.forEach(problem -> lines.append(name).append(": ").append(problem).append('\n'));
        Files.writeString(file, lines, java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.APPEND);
    }

    private void shoot(Node root, String name) throws Exception {
        List<String> unnamed = WaitForAsyncUtils.asyncFx(() -> AccessibleNames.unnamed(root)).get();
        if (!unnamed.isEmpty()) {
            UNNAMED.put(name, unnamed);
        }
        List<String> notFitting = WaitForAsyncUtils.asyncFx(() -> TextFit.problems(root)).get();
        // a table's column heading cut short fails the tour too (a column is never narrower than its heading),
        // and is listed apart as well
        List<String> headings = notFitting.stream().filter(TextFit::isColumnHeading).toList();
        List<String> others = notFitting.stream().filter(problem -> !TextFit.isColumnHeading(problem)).toList();
        if (!notFitting.isEmpty()) {
            NOT_FITTING.put(name, notFitting);
        }
        list(out.resolve("column-headings-cut-short.txt"), name, headings);
        list(out.resolve("not-fitting.txt"), name, others);
        BufferedImage image = WaitForAsyncUtils.asyncFx(() -> Screenshots.write(root, out.resolve(name + ".png"))).get();
        assertThat(Screenshots.distinctColours(image)).as(name + " looks rendered").isGreaterThan(20);
    }
}
