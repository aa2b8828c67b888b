package org.inclusio.gui.flag;

import java.util.UUID;
import java.util.function.BiConsumer;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.value.ObservableObjectValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.layout.StackPane;
import org.inclusio.logic.i18n.Localization;

/**
 * Puts an exclusion-flags pane into an editor's tab: it shows the flags of the stored record the
 * editor has open, and for a record not saved yet says that flags come after the first save.
 */
public final class FlagsTab {

    private FlagsTab() {
    }

    /**
     * @param storedId the id of the record the editor shows, null while it is new
     * @param show     how the pane is pointed at that record (activity or team)
     */
    public static void install(Tab tab, ExclusionFlagsPaneView pane, ObservableObjectValue<UUID> storedId,
                               BiConsumer<ExclusionFlagsPaneViewModel, UUID> show, Localization l10n) {
        Node content = pane.root();
        Label saveFirst = new Label(l10n.text("flag.saveFirst"));
        saveFirst.setWrapText(true);
        saveFirst.getStyleClass().add("muted");
        saveFirst.setPadding(new Insets(12));
        BooleanBinding stored = javafx.beans.binding.Bindings.isNotNull(storedId);
        content.visibleProperty().bind(stored);
        saveFirst.visibleProperty().bind(stored.not());
        StackPane.setAlignment(saveFirst, Pos.TOP_LEFT);
        tab.setContent(new StackPane(saveFirst, content));
        storedId.addListener((o, old, now) -> show.accept(pane.viewModel(), now));
        show.accept(pane.viewModel(), storedId.get());
    }
}
