package org.inclusio.gui.exchange;

import java.io.OutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.inclusio.gui.dialog.DialogService;
import org.inclusio.logic.common.Choice;
import org.inclusio.logic.common.ChoiceService;
import org.inclusio.logic.exchange.CsvDialect;
import org.inclusio.logic.exchange.ExportOptions;
import org.inclusio.logic.exchange.ExportPassphrase;
import org.inclusio.logic.exchange.ExportTarget;
import org.inclusio.logic.exchange.InterchangeExporter;
import org.inclusio.logic.exchange.InterchangeFileName;
import org.inclusio.logic.exchange.RecordKind;
import org.inclusio.logic.exchange.Selection;
import org.inclusio.logic.exchange.TableExporter;
import org.inclusio.logic.exchange.TableFormat;
import org.inclusio.logic.exchange.TempFiles;
import org.inclusio.logic.i18n.Localization;
import org.inclusio.logic.task.BackgroundTask;
import org.inclusio.logic.task.TaskContext;
import org.inclusio.logic.task.TaskExecutor;

/**
 * The export half of the Reports area: a register to CSV or XLSX, and the interchange file of the
 * whole store, one team or one period. Identifying details go out only after the user confirmed,
 * and an interchange file with them only encrypted with a passphrase typed twice.
 */
public final class ExportViewModel {

    /** What an interchange export holds. */
    public enum Scope { ALL, TEAM, PERIOD }

    private final TableExporter tables;
    private final InterchangeExporter interchange;
    private final TempFiles temporary;
    private final ChoiceService choices;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Localization l10n;

    private final ObjectProperty<RecordKind> register = new SimpleObjectProperty<>(RecordKind.ACTIVITY);
    private final ObjectProperty<TableFormat> format = new SimpleObjectProperty<>(TableFormat.XLSX);
    private final ObjectProperty<CsvDialect.Separator> separator;
    private final BooleanProperty includeIdentities = new SimpleBooleanProperty(false);
    private final ObjectProperty<Scope> scope = new SimpleObjectProperty<>(Scope.ALL);
    private final ObjectProperty<Choice> team = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final ObservableList<Choice> teams = FXCollections.observableArrayList();
    private final BooleanProperty busy = new SimpleBooleanProperty(false);

    public ExportViewModel(TableExporter tables, InterchangeExporter interchange, TempFiles temporary,
                           ChoiceService choices, TaskExecutor executor, DialogService dialogs, Localization l10n) {
        this(tables, interchange, temporary, choices, executor, dialogs, l10n,
                new SimpleObjectProperty<>(CsvDialect.Separator.LOCALE));
    }

    /** With {@code separator}, the CSV separator chosen (kept wherever the property keeps it, e.g. the preferences). */
    public ExportViewModel(TableExporter tables, InterchangeExporter interchange, TempFiles temporary,
                           ChoiceService choices, TaskExecutor executor, DialogService dialogs, Localization l10n,
                           ObjectProperty<CsvDialect.Separator> separator) {
        this.separator = separator;
        this.tables = tables;
        this.interchange = interchange;
        this.temporary = temporary;
        this.choices = choices;
        this.executor = executor;
        this.dialogs = dialogs;
        this.l10n = l10n;
    }

    /** Reads the teams to choose from. */
    public void load() {
        executor.execute(BackgroundTask.of(l10n.text("exchangeScreen.task.load"), task -> choices.teams())
                .onSuccess(teams::setAll));
    }

    /** Registers the user may export (identifying details only when asked for). */
    public List<RecordKind> registers() {
        return List.of(RecordKind.values());
    }

    /** Turns identifying details on only after the user confirmed; off at once. */
    public void requestIdentities(boolean wanted) {
        if (wanted && !includeIdentities.get()) {
            includeIdentities.set(dialogs.confirm(l10n.text("exchangeScreen.identities.title"),
                    l10n.text("exchangeScreen.identities.confirm"), l10n.text("exchangeScreen.identities.include")));
        } else if (!wanted) {
            includeIdentities.set(false);
        }
    }

    public void exportRegister() {
        RecordKind kind = register.get();
        if (kind.identifying() && !includeIdentities.get()) {
            dialogs.showError(l10n.text("exchangeScreen.export.title"), l10n.text("exchangeScreen.identities.needed"));
            return;
        }
        String extension = format.get().name().toLowerCase(Locale.ROOT);
        TableFormat chosenFormat = format.get();
        CsvDialect dialect = dialect();
        if (!kind.identifying()) {
            dialogs.chooseSaveFile(l10n.text("exchangeScreen.export.title"), kind.section() + "." + extension, extension)
                    .ifPresent(file -> run(file, false, (out, task) -> tables.exportRegister(kind,
                            includeIdentities.get(), chosenFormat, dialect, out, task)));
            return;
        }
        // names and contact details leave the program only encrypted
        exportEncrypted(kind.section() + "." + extension + ".gpg", "gpg", (out, task, secret) ->
                tables.exportRegisterEncrypted(kind, chosenFormat, dialect, out, task, secret));
    }

    /** The CSV dialect of the separator chosen, the decimal mark following the language and region. */
    public CsvDialect dialect() {
        CsvDialect.Separator chosen = separator.get() == null ? CsvDialect.Separator.LOCALE : separator.get();
        return CsvDialect.of(chosen, Locale.getDefault(Locale.Category.FORMAT));
    }

    /** How a separator is named in the choice: "As usual for this language (semicolon)", "Comma"... */
    public String separatorLabel(CsvDialect.Separator choice) {
        if (choice != CsvDialect.Separator.LOCALE) {
            return l10n.text("exchangeScreen.separator." + choice.name());
        }
        char usual = CsvDialect.forLocale(Locale.getDefault(Locale.Category.FORMAT)).separator();
        String name = usual == ';' ? "SEMICOLON" : usual == '\t' ? "TAB" : "COMMA";
        return l10n.text("exchangeScreen.separator.LOCALE", l10n.text("exchangeScreen.separator.name." + name));
    }

    public void exportInterchange() {
        Selection selection = switch (scope.get()) {
            case ALL -> Selection.all();
            case TEAM -> team.get() == null ? null : Selection.team(team.get().id());
            case PERIOD -> from.get() == null || to.get() == null || to.get().isBefore(from.get()) ? null
                    : Selection.period(from.get(), to.get());
        };
        if (selection == null) {
            dialogs.showError(l10n.text("exchangeScreen.export.title"), l10n.text("exchangeScreen.scope.incomplete"));
            return;
        }
        if (!includeIdentities.get()) {
            dialogs.chooseSaveFile(l10n.text("exchangeScreen.export.title"), InterchangeFileName.SUGGESTED,
                    InterchangeFileName.EXTENSION)
                    .ifPresent(file -> run(file, false, (out, task) -> interchange.export(selection,
                            new ExportOptions(false, null), out, task)));
            return;
        }
        // the same ending as a plain export, so that opening the file leads to Inclusio, which decrypts in memory
        exportEncrypted(InterchangeFileName.SUGGESTED, InterchangeFileName.EXTENSION, (out, task, secret) ->
                interchange.export(selection, new ExportOptions(true, null, secret, null), out, task));
    }

    /** Asks where and, twice, for the passphrase, then writes the file sealed with it; the passphrase is wiped. */
    private void exportEncrypted(String suggestedName, String extension, EncryptedWriting writing) {
        Optional<Path> chosen = dialogs.chooseSaveFile(l10n.text("exchangeScreen.export.title"), suggestedName,
                extension);
        if (chosen.isEmpty()) {
            return;
        }
        Optional<char[]> passphrase = dialogs.askNewPassphrase(l10n.text("exchangeScreen.passphrase.title"),
                l10n.text("exchangeScreen.passphrase.protect", ExportPassphrase.MINIMUM_LENGTH),
                (first, second) -> ExportPassphrase.check(first, second)
                        .map(problem -> ExportPassphrase.message(problem, l10n)));
        if (passphrase.isEmpty() || ExportPassphrase.check(passphrase.get(), null).isPresent()) {
            return;
        }
        char[] secret = passphrase.get();
        run(chosen.get(), true, (out, task) -> {
            try {
                writing.write(out, task, secret);
            } finally {
                Arrays.fill(secret, '\0');
            }
        });
    }

    private interface EncryptedWriting {
        void write(OutputStream out, TaskContext task, char[] passphrase) throws Exception;
    }

    private interface Writing {
        void write(OutputStream out, TaskContext task) throws Exception;
    }

    /** Writes into a private partial file beside the target, which replaces the target only when complete. */
    private void run(Path file, boolean encrypted, Writing writing) {
        busy.set(true);
        executor.execute(BackgroundTask.<Void>of(l10n.text("exchangeScreen.task.export"), task -> {
            try (ExportTarget target = temporary.beginExport(file)) {
                writing.write(target.stream(), task);
                target.commit();
            }
            return null;
        }).onSuccess(done -> {
            busy.set(false);
            dialogs.notify(l10n.text(encrypted ? "exchangeScreen.export.encryptedDone" : "exchangeScreen.export.done",
                    file.getFileName().toString()));
        }).onFailure(failure -> {
            busy.set(false);
            dialogs.showError(l10n.text("exchangeScreen.export.title"),
                    l10n.text("exchangeScreen.export.failed", file.getFileName().toString()));
        }).onCancelled(() -> busy.set(false)));
    }

    public ObjectProperty<RecordKind> registerProperty() {
        return register;
    }

    public ObjectProperty<TableFormat> formatProperty() {
        return format;
    }

    public ObjectProperty<CsvDialect.Separator> separatorProperty() {
        return separator;
    }

    public BooleanProperty includeIdentitiesProperty() {
        return includeIdentities;
    }

    public ObjectProperty<Scope> scopeProperty() {
        return scope;
    }

    public ObjectProperty<Choice> teamProperty() {
        return team;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public ObservableList<Choice> teams() {
        return teams;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }
}
