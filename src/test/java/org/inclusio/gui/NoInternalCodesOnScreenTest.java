package org.inclusio.gui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.inclusio.gui.AppUnderTest.waitUntil;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import org.controlsfx.control.CheckComboBox;
import org.inclusio.gui.main.Area;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * With the example region loaded, walks every area, every tab of every editor and every section of
 * the analysis (flags found and opened) and reads each text a user can see or hear: labels, texts
 * drawn in charts and tables, fields, choices, tab titles, every row of every table and tree, and
 * the names screen readers speak. None may be one of the program's internal codes, such as
 * {@code NON_NATIVE_SPEAKERS} or an enum name like {@code CO_DESIGN}.
 */
class NoInternalCodesOnScreenTest {

    /** An upper-case word joined to another by an underscore: how the program's codes look. */
    static final Pattern CODE = Pattern.compile("\\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\\b");

    @TempDir
    Path store;

    /** The areas whose table is a register: choosing a row opens the record in an editor beside it. */
    private static final Set<Area> REGISTERS = EnumSet.of(Area.ACTIVITIES, Area.PEOPLE, Area.TEAMS);

    private final FxRobot robot = new FxRobot();
    private final Set<String> found = new LinkedHashSet<>();

    @Test
    void theCodePatternFindsCodesAndLeavesWordsAlone() {
        assertThat(codes("Reference share of NON_NATIVE_SPEAKERS in COPD, 2025")).containsExactly("NON_NATIVE_SPEAKERS");
        assertThat(codes("Mode: CO_DESIGN")).containsExactly("CO_DESIGN");
        assertThat(codes("Non-native speakers in the COPD team, P-0012, 2025-03-14, <5")).isEmpty();
    }

    @Test
    void noScreenShowsAnInternalCode() throws Exception {
        try (AppUnderTest ui = AppUnderTest.start(store)) {
            waitUntil(() -> robot.lookup("#loadExampleButton").tryQuery().isPresent());
            robot.clickOn("#loadExampleButton");
            waitUntil(() -> robot.lookup("#loadExampleButton").tryQuery().isEmpty());
            for (Area area : Area.values()) {
                robot.press(KeyCode.CONTROL, area.shortcutDigit()).release(area.shortcutDigit(), KeyCode.CONTROL);
                WaitForAsyncUtils.waitForFxEvents();
                WaitForAsyncUtils.sleep(800, java.util.concurrent.TimeUnit.MILLISECONDS);
                openFirstRecord(ui, area);
                visitEveryTab(ui, area);
            }
        }
        assertThat(found).as("internal codes on screen").isEmpty();
    }

    /** Opens the first record of the area's register, so the editor's tabs are read too. */
    private void openFirstRecord(AppUnderTest ui, Area area) throws Exception {
        Node table = ui.scene().lookup("#table");
        if (table instanceof TableView<?> register) {
            waitUntil(() -> !register.getItems().isEmpty());
            robot.interact(() -> {
                register.requestFocus();
                register.getSelectionModel().selectFirst();
            });
            if (REGISTERS.contains(area)) {
                // the record is read in the background: its editor's tabs are read once it shows
                AppUnderTest.waitForOpenedRecord(ui.scene());
            } else {
                WaitForAsyncUtils.sleep(800, java.util.concurrent.TimeUnit.MILLISECONDS);
                WaitForAsyncUtils.waitForFxEvents();
            }
        }
    }

    private void visitEveryTab(AppUnderTest ui, Area area) throws Exception {
        read(ui.scene().getRoot(), area + "");
        for (Node node : ui.scene().getRoot().lookupAll(".tab-pane")) {
            TabPane tabs = (TabPane) node;
            if (!tabs.isVisible() || tabs.getScene() == null) {
                continue;
            }
            for (int i = 0; i < tabs.getTabs().size(); i++) {
                int index = i;
                Tab tab = tabs.getTabs().get(i);
                robot.interact(() -> tabs.getSelectionModel().select(index));
                WaitForAsyncUtils.sleep(600, java.util.concurrent.TimeUnit.MILLISECONDS);
                WaitForAsyncUtils.waitForFxEvents();
                if ("flagsSection".equals(tab.getId())) {
                    TreeTableView<?> tree = (TreeTableView<?>) ui.scene().lookup("#automaticTree");
                    waitUntil(() -> !tree.getRoot().getChildren().isEmpty());
                    robot.interact(() -> expandAll(tree.getRoot()));
                    WaitForAsyncUtils.waitForFxEvents();
                    // the first flag (a group without a place) lists the records behind it, reference shares among them
                    robot.interact(() -> tree.getSelectionModel().select(2));
                    ListView<?> records = (ListView<?>) ui.scene().lookup("#recordList");
                    waitUntil(() -> !records.getItems().isEmpty());
                }
                check(tab.getText(), area + " tab");
                read(ui.scene().getRoot(), area + " / " + tab.getText());
            }
        }
    }

    private static void expandAll(TreeItem<?> item) {
        item.setExpanded(true);
        item.getChildren().forEach(NoInternalCodesOnScreenTest::expandAll);
    }

    private void read(Node node, String where) {
        if (!node.isVisible()) {
            return;
        }
        check(node.getAccessibleText(), where + " (screen reader)");
        if (node instanceof Labeled labeled) {
            check(labeled.getText(), where);
        }
        if (node instanceof Text text) {
            check(text.getText(), where);
        }
        if (node instanceof TextInputControl field) {
            check(field.getText(), where);
            check(field.getPromptText(), where);
        }
        if (node instanceof ComboBox<?> box) {
            readChoices(box, where);
        }
        if (node instanceof CheckComboBox<?> box) {
            // its skin's inner list holds the bare values; what it shows are the converter's words
            readChoices(box, where);
            return;
        }
        if (node instanceof TableView<?> table) {
            readRows(table, where);
        }
        if (node instanceof TreeTableView<?> tree) {
            readRows(tree, where);
        }
        if (node instanceof Parent parent) {
            for (Node child : new ArrayList<>(parent.getChildrenUnmodifiable())) {
                read(child, where);
            }
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void readChoices(ComboBox box, String where) {
        for (Object item : box.getItems()) {
            check(box.getConverter() == null ? String.valueOf(item) : box.getConverter().toString(item),
                    where + " (choice)");
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void readChoices(CheckComboBox box, String where) {
        check(box.getTitle(), where);
        for (Object item : box.getItems()) {
            check(box.getConverter() == null ? String.valueOf(item) : box.getConverter().toString(item),
                    where + " (choice)");
        }
    }

    private void readRows(TableView<?> table, String where) {
        for (TableColumn<?, ?> column : table.getVisibleLeafColumns()) {
            check(column.getText(), where + " (column)");
            for (int row = 0; row < table.getItems().size(); row++) {
                Object value = column.getCellData(row);
                check(value == null ? null : value.toString(), where + " (table " + column.getText() + ")");
            }
        }
    }

    private void readRows(TreeTableView<?> tree, String where) {
        for (TreeTableColumn<?, ?> column : tree.getVisibleLeafColumns()) {
            check(column.getText(), where + " (column)");
            for (int row = 0; row < tree.getExpandedItemCount(); row++) {
                Object value = column.getCellData(row);
                check(value == null ? null : value.toString(), where + " (tree " + column.getText() + ")");
            }
        }
    }

    private void check(String text, String where) {
        for (String code : codes(text)) {
            found.add(where + ": " + code + " in \"" + text + "\"");
        }
    }

    private static List<String> codes(String text) {
        List<String> codes = new ArrayList<>();
        if (text != null) {
            Matcher matcher = CODE.matcher(text);
            while (matcher.find()) {
                codes.add(matcher.group());
            }
        }
        return codes;
    }
}
