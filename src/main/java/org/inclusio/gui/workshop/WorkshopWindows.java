package org.inclusio.gui.workshop;

import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.inclusio.gui.dialog.DialogService;
import org.inclusio.gui.help.HelpContext;
import org.inclusio.gui.util.AppIcons;
import org.inclusio.logic.common.ChoiceService;
import org.inclusio.logic.i18n.Localization;
import org.inclusio.logic.i18n.TaskGuide;
import org.inclusio.logic.task.TaskExecutor;
import org.inclusio.logic.workshop.WorkshopService;

/**
 * Opens live workshops in windows of their own: for a stored activity, or as a new workshop of a
 * team. When a window closes (the session stays stored and can be resumed) the listener learns which
 * activity it was, so the forms showing it read it again.
 */
public final class WorkshopWindows {

    /** The window's size when it opens: fits a 1366x768 screen with the task bar. */
    public static final double WIDTH = 1280;
    public static final double HEIGHT = 700;

    /** The room window's size when it opens; it can be maximised on the room's screen. */
    public static final double BALANCE_WIDTH = 1000;
    public static final double BALANCE_HEIGHT = 680;

    private final WorkshopService workshops;
    private final ChoiceService choices;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Localization l10n;
    private final Consumer<UUID> onClosed;
    private final WorkshopPacking packing;
    private final BiConsumer<Window, Node> openHelp;

    public WorkshopWindows(WorkshopService workshops, ChoiceService choices, TaskExecutor executor,
                           DialogService dialogs, Localization l10n, WorkshopPacking packing,
                           BiConsumer<Window, Node> openHelp, Consumer<UUID> onClosed) {
        this.openHelp = openHelp;
        this.packing = packing;
        this.workshops = workshops;
        this.choices = choices;
        this.executor = executor;
        this.dialogs = dialogs;
        this.l10n = l10n;
        this.onClosed = onClosed;
    }

    /** Runs (or resumes) the activity as a live workshop. */
    public void open(Window owner, UUID activityId) {
        show(owner).open(activityId);
    }

    /** Starts a new workshop for the team, dated today, with its members invited. */
    public void newWorkshop(Window owner, UUID teamId, String title) {
        show(owner).newWorkshop(teamId, title);
    }

    private WorkshopViewModel show(Window owner) {
        WorkshopViewModel viewModel = new WorkshopViewModel(workshops, choices, executor, dialogs, l10n, packing);
        WorkshopView view = new WorkshopView(viewModel, l10n);
        Stage stage = new Stage();
        if (owner != null) {
            stage.initOwner(owner);
        }
        stage.titleProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> l10n.text("workshop.window.title", viewModel.titleProperty().get()), viewModel.titleProperty()));
        AppIcons.apply(stage);
        Scene scene = new Scene(view.root(), WIDTH, HEIGHT);
        scene.getStylesheets().add(AppIcons.stylesheet());
        // F1 opens the guide to running a workshop (the window is marked as its place), in its walk-in dialog too
        Window helpOwner = owner != null ? owner : stage;
        helpOnF1(scene, helpOwner);
        view.setHelpOnF1(dialogScene -> helpOnF1(dialogScene, helpOwner));
        stage.setScene(scene);
        viewModel.setOnClosed(stage::close);
        Stage[] balance = new Stage[1];
        view.setOnShowBalance(() -> {
            if (balance[0] == null) {
                balance[0] = balanceWindow(stage, viewModel);
            }
            balance[0].show();
            balance[0].toFront();
        });
        stage.setOnShown(event -> view.shown());
        stage.setOnHidden(event -> {
            view.hidden();
            if (balance[0] != null) {
                balance[0].close();
            }
            // when the whole program closes, the owner is gone and nothing needs reading again
            if (viewModel.activityId() != null && (owner == null || owner.isShowing())) {
                onClosed.accept(viewModel.activityId());
            }
        });
        stage.show();
        stage.toFront();
        stage.requestFocus();
        return viewModel;
    }

    /**
     * The room's window: the balance of voice in large type, to drag to a second screen or a
     * projector; it follows every tap of the live window and closes with it (or with Escape).
     */
    private Stage balanceWindow(Stage live, WorkshopViewModel viewModel) {
        VoiceBalanceView view = new VoiceBalanceView(VoiceBalanceViewModel.of(viewModel, l10n), l10n);
        Stage stage = new Stage();
        stage.initOwner(live);
        stage.titleProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> l10n.text("workshop.balance.window", viewModel.titleProperty().get()), viewModel.titleProperty()));
        AppIcons.apply(stage);
        Scene scene = new Scene(HelpContext.mark(view.root(), TaskGuide.WORKSHOP), BALANCE_WIDTH, BALANCE_HEIGHT);
        scene.getStylesheets().add(AppIcons.stylesheet());
        // F1 opens the guide to running a workshop here too, as in the live window
        helpOnF1(scene, live);
        scene.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == javafx.scene.input.KeyCode.ESCAPE) {
                stage.close();
                event.consume();
            }
        });
        stage.setScene(scene);
        view.setOnClose(stage::close);
        stage.setOnShown(event -> view.closeButton().requestFocus());
        return stage;
    }

    /** F1 in the scene opens the help for where its focus is (the workshop guide: the windows are marked so). */
    private void helpOnF1(Scene scene, Window helpOwner) {
        scene.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == javafx.scene.input.KeyCode.F1 && !event.isShortcutDown() && !event.isAltDown()) {
                openHelp.accept(helpOwner, scene.getFocusOwner() == null ? scene.getRoot() : scene.getFocusOwner());
                event.consume();
            }
        });
    }
}
