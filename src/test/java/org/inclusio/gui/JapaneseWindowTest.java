package org.inclusio.gui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.inclusio.gui.AppUnderTest.waitUntil;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Cell;
import javafx.scene.control.Labeled;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import org.inclusio.gui.main.Area;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window in Japanese at 1366x768 with the example region, beside the same in English: every area and
 * every tab of the activity editor is rendered into {@code target/screenshots/japanese-window/ja/} and {@code en/}, the
 * example is in Japanese, and no label, button, tab or column heading is cut short (shown with an ellipsis)
 * in Japanese where the English shows it whole. Needs a font that JavaFX can draw Japanese with; skipped
 * where there is none.
 */
class JapaneseWindowTest {

    private static final Path OUT = Path.of("target", "screenshots", "japanese-window");

    @TempDir
    Path store;

    private final FxRobot robot = new FxRobot();

    @Test
    void theJapaneseWindowCutsNoTextShortThatTheEnglishShowsWhole() throws Exception {
        FxToolkit.registerPrimaryStage();
        assumeTrue(WaitForAsyncUtils.asyncFx(JapaneseWindowTest::japaneseGlyphsRender).get(),
                "no font with Japanese glyphs that JavaFX falls back to (on Debian: apt-get install fonts-ipafont-gothic)");
        Map<String, Map<String, String>> english = tour(Locale.ENGLISH, store.resolve("en"));
        Map<String, Map<String, String>> japanese = tour(Locale.JAPAN, store.resolve("ja"));

        Map<String, List<String>> onlyJapanese = new TreeMap<>();
        japanese.forEach((screen, cut) -> cut.forEach((path, text) -> {
            if (!english.getOrDefault(screen, Map.of()).containsKey(path)) {
                onlyJapanese.computeIfAbsent(screen, s -> new ArrayList<>()).add(text);
            }
        }));
        Files.writeString(OUT.resolve("clipped.txt"), "English\n" + report(english) + "\nJapanese\n"
                + report(japanese) + "\nCut short in Japanese only\n" + onlyJapanese, StandardCharsets.UTF_8);
        assertThat(english).as("the English tour saw the same screens").containsOnlyKeys(japanese.keySet());
        assertThat(onlyJapanese).as("texts cut short in Japanese but shown whole in English").isEmpty();
    }

    /**
     * Opens the window in the language on a new store with the example region at 1366x768 and visits every
     * area and every tab of the activity editor: the texts cut short on each screen, by their place in it.
     */
    private Map<String, Map<String, String>> tour(Locale locale, Path folder) throws Exception {
        Map<String, Map<String, String>> cut = new TreeMap<>();
        Path out = OUT.resolve(locale.getLanguage());
        Locale previous = Locale.getDefault();
        Locale.setDefault(locale);
        try (AppUnderTest ui = AppUnderTest.start(folder)) {
            ui.fitLaptopScreen();
            waitUntil(() -> robot.lookup("#loadExampleButton").tryQuery().isPresent());
            if (locale.getLanguage().equals("ja")) {
                assertThat(robot.lookup("#loadExampleButton").queryAs(Button.class).getText())
                        .isEqualTo("例の地域を読み込む(_L)");
            }
            inspect(ui.scene().getRoot(), out, "00-welcome", cut);
            loadExampleRegion(ui);
            for (Area area : Area.values()) {
                robot.press(KeyCode.CONTROL, area.shortcutDigit()).release(area.shortcutDigit(), KeyCode.CONTROL);
                WaitForAsyncUtils.waitForFxEvents();
                String name = String.format("%02d-%s", area.ordinal() + 1, area.name().toLowerCase(Locale.ROOT));
                if (area == Area.ACTIVITIES) {
                    inspectActivityEditor(ui, out, name, cut, locale);
                } else {
                    inspect(ui.scene().getRoot(), out, name, cut);
                }
            }
        } finally {
            Locale.setDefault(previous);
        }
        return cut;
    }

    /** The register with the first activity open (an example activity, named in Japanese), then each tab of its editor. */
    private void inspectActivityEditor(AppUnderTest ui, Path out, String name, Map<String, Map<String, String>> cut,
            Locale locale) throws Exception {
        Node area = ui.scene().lookup("#content");
        TableView<?> table = robot.from(area).lookup("#table").queryAs(TableView.class);
        waitUntil(() -> !table.getItems().isEmpty());
        inspect(ui.scene().getRoot(), out, name, cut);
        TableColumn<?, ?> titles = table.getColumns().stream().filter(c -> "titleColumn".equals(c.getId()))
                .findFirst().orElseThrow();
        robot.interact(() -> table.getSelectionModel().select(0));
        String title = String.valueOf(titles.getCellData(0));
        assertThat(locale.getLanguage().equals("ja") ? title : "\u6f22").as("an example activity's title").containsPattern("[\\p{IsHan}\\p{IsKatakana}]");
        waitUntil(() -> robot.from(area).lookup("#titleField").tryQuery()
                .map(field -> title.equals(((TextField) field).getText())).orElse(false));
        waitUntil(() -> robot.from(area).lookup("#tabs").tryQuery().isPresent());
        TabPane tabs = robot.from(area).lookup("#tabs").queryAs(TabPane.class);
        for (int tab = 0; tab < tabs.getTabs().size(); tab++) {
            int index = tab;
            robot.interact(() -> tabs.getSelectionModel().select(index));
            WaitForAsyncUtils.waitForFxEvents();
            inspect(ui.scene().getRoot(), out, name + (char) ('a' + tab) + "-editor", cut);
        }
    }

    private void loadExampleRegion(AppUnderTest ui) throws Exception {
        robot.interact(robot.lookup("#loadExampleButton").queryAs(Button.class)::fire);
        ProgressBar progress = robot.from(ui.scene().lookup("#statusBar")).lookup(".progress-bar")
                .queryAs(ProgressBar.class);
        waitUntil(() -> !progress.isVisible() && robot.lookup("#loadExampleButton").tryQuery().isEmpty());
    }

    private void inspect(Parent root, Path out, String name, Map<String, Map<String, String>> cut) throws Exception {
        cut.put(name, WaitForAsyncUtils.asyncFx(() -> cutShort(root)).get());
        BufferedImage image = WaitForAsyncUtils.asyncFx(() -> Screenshots.write(root, out.resolve(name + ".png"))).get();
        assertThat(Screenshots.distinctColours(image)).as(name + " looks rendered").isGreaterThan(20);
    }

    /**
     * Whether the default font draws Japanese: a Japanese character is a full square, as wide as the font
     * size, where the box for a missing glyph is about half as wide.
     */
    static boolean japaneseGlyphsRender() {
        Text japanese = new Text("\u65e5\u672c\u8a9e\u65e5\u672c\u8a9e");
        return japanese.getLayoutBounds().getWidth() >= 0.9 * 6 * japanese.getFont().getSize();
    }

    /**
     * Every shown label, button, tab or column heading whose visible text is not its whole text, by its place
     * in the scene graph. The cells of tables and lists hold data, which is cut short by design, and are left out.
     */
    static Map<String, String> cutShort(Node root) {
        Map<String, String> cut = new TreeMap<>();
        collect(root, "", cut);
        return cut;
    }

    private static void collect(Node node, String path, Map<String, String> cut) {
        if (!node.isVisible() || node instanceof Cell) {
            return;
        }
        if (node instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isEmpty()) {
            String whole = labeled.isMnemonicParsing() ? withoutMnemonic(labeled.getText()) : labeled.getText();
            for (Node child : labeled.getChildrenUnmodifiable()) {
                if (child instanceof Text shown && shown.isVisible() && !whole.equals(shown.getText())) {
                    cut.put(path, whole + "  ->  " + shown.getText());
                }
            }
        }
        if (node instanceof Parent parent) {
            List<Node> children = parent.getChildrenUnmodifiable();
            for (int i = 0; i < children.size(); i++) {
                Node child = children.get(i);
                collect(child, path + "/" + child.getClass().getSimpleName()
                        + (child.getId() == null ? "" : "#" + child.getId()) + "[" + i + "]", cut);
            }
        }
    }

    /** The text as shown: JavaFX drops the first underscore that marks a mnemonic. */
    private static String withoutMnemonic(String text) {
        int underscore = text.indexOf('_');
        return underscore >= 0 && underscore < text.length() - 1
                ? text.substring(0, underscore) + text.substring(underscore + 1) : text;
    }

    private static String report(Map<String, Map<String, String>> cut) {
        StringBuilder out = new StringBuilder();
        cut.forEach((screen, texts) -> {
            out.append(screen).append('\n');
            texts.values().forEach(text -> out.append("    ").append(text).append('\n'));
        });
        return out.toString();
    }
}
