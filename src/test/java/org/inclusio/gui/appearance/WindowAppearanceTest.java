package org.inclusio.gui.appearance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Every window, also one opened later (a dialog, the live workshop), follows the text size and the theme. */
class WindowAppearanceTest {

    private WindowAppearance appearance;

    @AfterEach
    void cleanUp() throws Exception {
        if (appearance != null) {
            WaitForAsyncUtils.asyncFx(appearance::close).get(30, TimeUnit.SECONDS);
        }
        FxToolkit.cleanupStages();
    }

    @Test
    void aWindowOpenedLaterFollowsTheTextSizeTheThemeAndTheKeys() throws Exception {
        FxToolkit.registerPrimaryStage();
        SimpleIntegerProperty size = new SimpleIntegerProperty(150);
        SimpleBooleanProperty highContrast = new SimpleBooleanProperty(false);
        Label[] label = new Label[1];
        Stage[] window = new Stage[1];
        WaitForAsyncUtils.asyncFx(() -> {
            appearance = new WindowAppearance(size, highContrast);
            appearance.install();
            label[0] = new Label("Larger");
            window[0] = new Stage();
            window[0].setScene(new Scene(new StackPane(label[0]), 300, 200));
            window[0].show();
        }).get(30, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(label[0].getFont().getSize()).isEqualTo(19.5);
        assertThat(window[0].getScene().getStylesheets()).doesNotContain(WindowAppearance.HIGH_CONTRAST_STYLESHEET);

        WaitForAsyncUtils.asyncFx(() -> {
            highContrast.set(true);
            window[0].fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.ADD, false, true, false, false));
        }).get(30, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(size.get()).isEqualTo(175);
        assertThat(label[0].getFont().getSize()).isEqualTo(22.75);
        assertThat(window[0].getScene().getStylesheets()).contains(WindowAppearance.HIGH_CONTRAST_STYLESHEET);

        WaitForAsyncUtils.asyncFx(() -> window[0].fireEvent(
                new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.DIGIT0, false, true, false, false)))
                .get(30, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(size.get()).isEqualTo(TextSize.NORMAL);
        assertThat(label[0].getFont().getSize()).isEqualTo(13.0);
    }
}
