package org.inclusio.gui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.inclusio.gui.AppUnderTest.waitUntil;

import java.nio.file.Path;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.inclusio.gui.main.Area;
import org.inclusio.logic.exchange.ExchangeHistory;
import org.inclusio.testing.CommandLineRun;
import org.inclusio.testing.TestStores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Reports area's exchange history at 1366x768: a file exported on the command line shows as sent,
 * with what it held and how many records, and the screen's controls are named for a screen reader.
 */
class ExchangeHistoryScreenTest {

    @TempDir
    Path dir;

    private final FxRobot robot = new FxRobot();

    @Test
    void aFileSentFromTheStoreIsListedWithWhatItHeld() throws Exception {
        Path store = dir.resolve("store");
        TestStores.open(store).close();
        assertThat(CommandLineRun.of(TestStores.withPassphrase("--store", store.toString(), "demo")).status()).isZero();
        assertThat(CommandLineRun.of(TestStores.withPassphrase("--store", store.toString(), "export",
                dir.resolve("region.inclusio.json").toString())).status()).isZero();

        try (AppUnderTest ui = AppUnderTest.start(store)) {
            ui.fitLaptopScreen();
            waitUntil(() -> ui.scene().lookup(".nav-button") != null);
            robot.press(KeyCode.CONTROL, Area.REPORTS.shortcutDigit())
                    .release(Area.REPORTS.shortcutDigit(), KeyCode.CONTROL);
            waitUntil(() -> ui.scene().lookup(".exchange-area") != null);
            TabPane tabs = (TabPane) ui.scene().lookup(".exchange-area");
            robot.interact(() -> tabs.getSelectionModel().select(tabs.getTabs().stream()
                    .filter(tab -> tab.getText().equals("Exchange history")).findFirst().orElseThrow()));
            WaitForAsyncUtils.waitForFxEvents();
            Parent screen = (Parent) ui.scene().lookup(".exchange-history");
            @SuppressWarnings("unchecked")
            TableView<ExchangeHistory.Line> table = (TableView<ExchangeHistory.Line>) screen.lookup("#historyTable");
            waitUntil(() -> table.getItems().size() == 1);

            ExchangeHistory.Line sent = table.getItems().get(0);
            assertThat(sent.direction()).isEqualTo("Sent");
            assertThat(sent.what()).isEqualTo("The whole store");
            assertThat(sent.records()).contains("120 activities");
            assertThat(((Label) screen.lookup("#thisStoreLabel")).getText()).matches("This store's id: [0-9a-f-]{8}");
            assertThat(WaitForAsyncUtils.asyncFx(() -> AccessibleNames.unnamed(screen)).get()).isEmpty();
            assertThat(screen.getLayoutBounds().getWidth()).isLessThanOrEqualTo(ui.scene().getWidth());
            WaitForAsyncUtils.asyncFx(() -> Screenshots.write(ui.scene().getRoot(),
                    Path.of("target", "screenshots", "05g-reports-exchange-history.png"))).get();
        }
    }
}
