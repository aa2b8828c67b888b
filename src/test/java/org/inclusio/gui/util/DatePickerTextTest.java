package org.inclusio.gui.util;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** A date field keeps what was typed when it is not a date, so the user can correct it instead of typing again. */
class DatePickerTextTest {

    private DatePicker picker;
    private TextField next;

    @AfterEach
    void cleanUp() throws Exception {
        FxToolkit.cleanupStages();
    }

    private void show() throws Exception {
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(stage -> {
            picker = new DatePicker();
            next = new TextField();
            Pickers.isoDates(picker);
            stage.setScene(new Scene(new VBox(picker, next), 300, 200));
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void typeThenLeave(String text) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            picker.requestFocus();
            picker.getEditor().setText(text);
        }).get(30, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.asyncFx(next::requestFocus).get(30, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void anInvalidDateKeepsWhatWasTypedAndLeavesTheValueEmpty() throws Exception {
        show();
        typeThenLeave("2025-06-14");
        assertThat(picker.getValue()).isEqualTo(LocalDate.of(2025, 6, 14));

        typeThenLeave("2025-13-45");
        assertThat(picker.getValue()).isNull();
        assertThat(picker.getEditor().getText()).isEqualTo("2025-13-45");

        typeThenLeave("2025-06-15");
        assertThat(picker.getValue()).isEqualTo(LocalDate.of(2025, 6, 15));
        assertThat(picker.getEditor().getText()).isEqualTo("2025-06-15");
    }
}
