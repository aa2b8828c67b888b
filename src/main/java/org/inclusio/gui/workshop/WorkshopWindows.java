package org.inclusio.gui.workshop;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.Parent;
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
        Stage stage = new Stage();
        if (owner != null) {
            stage.initOwner(owner);
        }
        AppIcons.apply(stage);
        LiveWindow window = new LiveWindow(owner, stage, viewModel);
        WorkshopView view = window.speak(this, null);
        Scene scene = new Scene(view.root(), WIDTH, HEIGHT);
        scene.getStylesheets().add(AppIcons.stylesheet());
        stage.setScene(scene);
        window.helpOnF1(this);
        viewModel.setOnClosed(stage::close);
        stage.setOnShown(event -> window.view.shown());
        stage.setOnHidden(event -> {
            window.view.hidden();
            window.keeper.open.remove(window);
            if (window.balance != null) {
                window.balance.stage.close();
            }
            // when the whole program closes, the owner is gone and nothing needs reading again
            if (viewModel.activityId() != null && (window.owner == null || window.owner.isShowing())) {
                window.keeper.onClosed.accept(viewModel.activityId());
            }
        });
        open.add(window);
        stage.show();
        stage.toFront();
        stage.requestFocus();
        return viewModel;
    }

    /**
     * Takes over the live workshops another's windows run (the main window was built again in another language)
     * and shows them in this one's language at once: the same windows in the same places, the session as it was
     * (who is here, the counts, the proposals, the timer, the ratings round, what can be taken back), and what
     * was typed or chosen on screen and not yet noted (a proposal being written, a barrier or accommodation
     * chosen) still there; the focus stays where it was. A closing window then tells this one's listener.
     */
    public void takeOver(WorkshopWindows previous) {
        for (LiveWindow window : List.copyOf(previous.open)) {
            previous.open.remove(window);
            window.viewModel.speak(l10n, dialogs, packing);
            Scene scene = window.stage.getScene();
            Node focused = scene.getFocusOwner();
            String focusedId = focused == null ? null : focused.getId();
            WorkshopView before = window.view;
            WorkshopView view = window.speak(this, before);
            scene.setRoot(view.root());
            window.helpOnF1(this);
            if (window.stage.isShowing()) {
                view.shown();
                Node again = focusedId == null ? null : view.root().lookup("#" + focusedId);
                if (again != null) {
                    again.requestFocus();
                }
            }
            if (window.balance != null) {
                window.balance.setTitleAndRoot(this);
            }
            open.add(window);
        }
    }

    /** The live workshop windows open now, each with its session. */
    private final List<LiveWindow> open = new ArrayList<>();

    /** One live workshop's window (and its room window, once opened), which can change language while it runs. */
    private static final class LiveWindow {
        private final Window owner;
        private final Stage stage;
        private final WorkshopViewModel viewModel;
        private WorkshopView view;
        private WorkshopWindows keeper;
        private BalanceWindow balance;
        private javafx.event.EventHandler<javafx.scene.input.KeyEvent> help;

        LiveWindow(Window owner, Stage stage, WorkshopViewModel viewModel) {
            this.owner = owner;
            this.stage = stage;
            this.viewModel = viewModel;
        }

        /** Builds the screen in the keeper's language, carrying what the previous one held; returns it. */
        WorkshopView speak(WorkshopWindows newKeeper, WorkshopView previous) {
            keeper = newKeeper;
            Localization language = newKeeper.l10n;
            WorkshopView built = new WorkshopView(viewModel, language);
            if (previous != null) {
                previous.hidden();
                built.carryFrom(previous);
            }
            stage.titleProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                    () -> language.text("workshop.window.title", viewModel.titleProperty().get()),
                    viewModel.titleProperty()));
            built.setOnShowBalance(() -> {
                if (balance == null) {
                    balance = new BalanceWindow(stage, viewModel);
                    balance.setTitleAndRoot(keeper);
                }
                balance.stage.show();
                balance.stage.toFront();
            });
            view = built;
            return built;
        }

        /** F1 opens the keeper's help (the workshop guide), in the walk-in dialog too. */
        void helpOnF1(WorkshopWindows newKeeper) {
            Window helpOwner = owner != null ? owner : stage;
            Scene scene = stage.getScene();
            if (help != null) {
                scene.removeEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, help);
            }
            help = newKeeper.helpOnF1(scene, helpOwner);
            view.setHelpOnF1(dialogScene -> newKeeper.helpOnF1(dialogScene, helpOwner));
        }
    }

    /**
     * The room's window: the balance of voice in large type, to drag to a second screen or a
     * projector; it follows every tap of the live window and closes with it (or with Escape).
     */
    private static final class BalanceWindow {
        private final Stage stage = new Stage();
        private final WorkshopViewModel viewModel;
        private javafx.event.EventHandler<javafx.scene.input.KeyEvent> help;

        BalanceWindow(Stage live, WorkshopViewModel viewModel) {
            this.viewModel = viewModel;
            stage.initOwner(live);
            AppIcons.apply(stage);
            stage.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, event -> {
                if (event.getCode() == javafx.scene.input.KeyCode.ESCAPE) {
                    stage.close();
                    event.consume();
                }
            });
        }

        /** Shows the balance in the keeper's language, in the same window wherever it was dragged. */
        void setTitleAndRoot(WorkshopWindows keeper) {
            Localization language = keeper.l10n;
            VoiceBalanceView view = new VoiceBalanceView(VoiceBalanceViewModel.of(viewModel, language), language);
            stage.titleProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                    () -> language.text("workshop.balance.window", viewModel.titleProperty().get()),
                    viewModel.titleProperty()));
            Parent root = HelpContext.mark(view.root(), TaskGuide.WORKSHOP);
            if (stage.getScene() == null) {
                Scene scene = new Scene(root, BALANCE_WIDTH, BALANCE_HEIGHT);
                scene.getStylesheets().add(AppIcons.stylesheet());
                stage.setScene(scene);
                stage.setOnShown(event -> stage.getScene().lookup("#closeButton").requestFocus());
            } else {
                stage.getScene().setRoot(root);
            }
            view.setOnClose(stage::close);
            if (help != null) {
                stage.getScene().removeEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, help);
            }
            // F1 opens the guide to running a workshop here too, as in the live window
            help = keeper.helpOnF1(stage.getScene(), stage.getOwner());
            if (stage.isShowing()) {
                view.closeButton().requestFocus();
            }
        }
    }

    /** F1 in the scene opens the help for where its focus is (the workshop guide: the windows are marked so). */
    private javafx.event.EventHandler<javafx.scene.input.KeyEvent> helpOnF1(Scene scene, Window helpOwner) {
        javafx.event.EventHandler<javafx.scene.input.KeyEvent> handler = event -> {
            if (event.getCode() == javafx.scene.input.KeyCode.F1 && !event.isShortcutDown() && !event.isAltDown()) {
                openHelp.accept(helpOwner, scene.getFocusOwner() == null ? scene.getRoot() : scene.getFocusOwner());
                event.consume();
            }
        };
        scene.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, handler);
        return handler;
    }
}
