package org.inclusio.gui.exchange;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.inclusio.gui.dialog.DialogService;
import org.inclusio.logic.exchange.EncryptedContainer;
import org.inclusio.logic.exchange.ExchangeException;
import org.inclusio.logic.exchange.ImportOptions;
import org.inclusio.logic.exchange.ImportSummary;
import org.inclusio.logic.exchange.InterchangeFileName;
import org.inclusio.logic.exchange.InterchangeImporter;
import org.inclusio.logic.exchange.Resolution;
import org.inclusio.logic.exchange.sheet.RowProblem;
import org.inclusio.logic.exchange.sheet.SheetImportService;
import org.inclusio.logic.exchange.sheet.SheetKind;
import org.inclusio.logic.exchange.sheet.SheetMapping;
import org.inclusio.logic.exchange.sheet.SheetReader;
import org.inclusio.logic.exchange.sheet.SheetTable;
import org.inclusio.logic.exchange.sheet.TargetField;
import org.inclusio.logic.exchange.sheet.ValueOption;
import org.inclusio.logic.i18n.Localization;
import org.inclusio.logic.task.BackgroundTask;
import org.inclusio.logic.task.TaskExecutor;

/**
 * The import half of the Reports area. An interchange file is checked first (added, updated,
 * unchanged, conflicts with a choice per conflict), then imported; an encrypted one (an export with
 * identities) after the user typed its passphrase. A spreadsheet goes through a
 * small wizard: preview, column mapping, value mapping, dry run with every problem by row and
 * column, import. All reading and writing runs in the background; other screens reload after.
 */
public final class ImportViewModel {

    /** Where the user is. */
    public enum Step { NONE, INTERCHANGE, PREVIEW, VALUES, CHECKED, DONE }

    private final InterchangeImporter interchange;
    private final SheetImportService sheets;
    private final SheetReader reader;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Localization l10n;
    private final Runnable dataChanged;

    private final ReadOnlyObjectWrapper<Step> step = new ReadOnlyObjectWrapper<>(Step.NONE);
    private final ObjectProperty<Path> file = new SimpleObjectProperty<>();
    private final ObjectProperty<SheetKind> kind = new SimpleObjectProperty<>(SheetKind.ACTIVITIES);
    private final ObjectProperty<SheetTable> preview = new SimpleObjectProperty<>();
    private final ObservableList<ColumnChoice> columns = FXCollections.observableArrayList();
    private final ObservableList<ValueChoice> values = FXCollections.observableArrayList();
    private final ObservableList<RowProblem> problems = FXCollections.observableArrayList();
    private final ObservableList<ConflictChoice> conflicts = FXCollections.observableArrayList();
    private final StringProperty summary = new SimpleStringProperty("");
    /** For an interchange file from a store exchanged with before: that it was merged against the exchange log. */
    private final StringProperty mergeNote = new SimpleStringProperty("");
    private final StringProperty encoding = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final BooleanProperty canImport = new SimpleBooleanProperty(false);
    private SheetTable table;
    private char[] passphrase;

    public ImportViewModel(InterchangeImporter interchange, SheetImportService sheets, TaskExecutor executor,
                           DialogService dialogs, Localization l10n, Runnable dataChanged) {
        this.interchange = interchange;
        this.sheets = sheets;
        this.reader = new SheetReader(l10n);
        this.executor = executor;
        this.dialogs = dialogs;
        this.l10n = l10n;
        this.dataChanged = dataChanged;
        kind.addListener((o, old, now) -> {
            if (preview.get() != null && now != null) {
                applyMapping(sheets.suggest(preview.get(), now));
            }
        });
    }

    /** Asks for a file and opens it. */
    public void chooseFile() {
        dialogs.chooseOpenFile(l10n.text("exchangeScreen.import.choose"), InterchangeFileName.EXTENSION, "json", "gpg",
                "pgp", "csv", "xlsx")
                .ifPresent(this::open);
    }

    /** Opens a file whose path the user typed or pasted; says so when there is no such file. */
    public void openTyped(String typed) {
        String path = typed == null ? "" : typed.strip();
        if (path.isEmpty()) {
            return;
        }
        Path chosen;
        try {
            chosen = Path.of(path);
        } catch (InvalidPathException e) {
            chosen = null;
        }
        if (chosen == null || !Files.isRegularFile(chosen)) {
            dialogs.showError(l10n.text("exchangeScreen.import.title"), l10n.text("exchangeScreen.import.noFile", path));
            return;
        }
        open(chosen);
    }

    /** Opens a file: checks an interchange file, or previews a spreadsheet. */
    public void open(Path chosen) {
        file.set(chosen);
        problems.clear();
        conflicts.clear();
        values.clear();
        summary.set("");
        mergeNote.set("");
        canImport.set(false);
        table = null;
        forget();
        if (SheetReader.isSheet(chosen)) {
            // the file before stays out of sight, also when this one cannot be read
            encoding.set("");
            preview.set(null);
            step.set(Step.NONE);
            background(l10n.text("exchangeScreen.task.preview"), task -> reader.preview(chosen), read -> {
                String name = reader.encodingName(read);
                encoding.set(name.isEmpty() ? ""
                        : java.nio.charset.StandardCharsets.UTF_8.equals(read.encoding())
                        ? l10n.text("exchangeScreen.preview.encodingUtf8", name)
                        : l10n.text("exchangeScreen.preview.encoding", name));
                preview.set(read);
                applyMapping(sheets.suggest(read, kind.get()));
                step.set(Step.PREVIEW);
            });
        } else {
            if (encrypted(chosen)) {
                Optional<char[]> typed = dialogs.askPassphrase(l10n.text("exchangeScreen.passphrase.title"),
                        l10n.text("exchangeScreen.passphrase.open", chosen.getFileName().toString()));
                if (typed.isEmpty()) {
                    file.set(null);
                    step.set(Step.NONE);
                    return;
                }
                passphrase = typed.get();
            }
            char[] secret = passphrase;
            background(l10n.text("exchangeScreen.task.check"), task -> interchange.importFile(chosen, secret,
                    ImportOptions.dryRunOnly(), task), result -> {
                conflicts.setAll(result.conflicts().stream().map(ConflictChoice::new).toList());
                summary.set(describe(result));
                mergeNote.set(mergeNote(result));
                canImport.set(true);
                step.set(Step.INTERCHANGE);
            });
        }
    }

    /** Imports the interchange file with the choices made per conflict. */
    public void importInterchange() {
        Path chosen = file.get();
        Map<UUID, Resolution> choices = new HashMap<>();
        conflicts.forEach(choice -> choices.put(choice.conflict().id(), choice.resolutionProperty().get()));
        char[] secret = passphrase;
        background(l10n.text("exchangeScreen.task.import"), task -> interchange.importFile(chosen, secret,
                ImportOptions.apply(choices), task), result -> {
            conflicts.setAll(result.conflicts().stream().map(ConflictChoice::new).toList());
            summary.set(describe(result));
            mergeNote.set(mergeNote(result));
            canImport.set(false);
            step.set(Step.DONE);
            forget();
            dataChanged.run();
        });
    }

    /** True for the encrypted container of an export with identities; a file that cannot be read is reported by the check. */
    private static boolean encrypted(Path chosen) {
        try {
            return EncryptedContainer.isEncrypted(chosen);
        } catch (IOException e) {
            return false;
        }
    }

    /** Wipes the passphrase of the last encrypted file; it is kept only from the check to the import. */
    private void forget() {
        if (passphrase != null) {
            Arrays.fill(passphrase, '\0');
            passphrase = null;
        }
    }

    /** Reads the whole spreadsheet and lists the distinct values of the mapped choice columns. */
    public void toValues() {
        SheetMapping mapping = mapping();
        Path chosen = file.get();
        background(l10n.text("exchangeScreen.task.read"), task -> {
            SheetTable all = table != null ? table : reader.readAll(chosen);
            return new Read(all, sheets.suggestValues(all, mapping), optionsOf(mapping));
        }, read -> {
            table = read.table();
            values.clear();
            for (TargetField field : read.mapping().kind().fields()) {
                if (!field.type().mapsValues()) {
                    continue;
                }
                List<ValueOption> options = read.options().getOrDefault(field, List.of());
                for (String source : sheets.distinctValues(read.table(), read.mapping(), field)) {
                    String code = read.mapping().value(field, source).orElse(null);
                    ValueOption chosenOption = options.stream().filter(o -> o.code().equals(code)).findFirst()
                            .orElse(null);
                    values.add(new ValueChoice(field, source, options, chosenOption));
                }
            }
            step.set(Step.VALUES);
        });
    }

    private Map<TargetField, List<ValueOption>> optionsOf(SheetMapping mapping) {
        Map<TargetField, List<ValueOption>> options = new HashMap<>();
        for (TargetField field : mapping.kind().fields()) {
            if (field.type().mapsValues() && mapping.column(field).isPresent()) {
                options.put(field, sheets.options(field));
            }
        }
        return options;
    }

    /** Dry run: lists every problem; nothing is written. */
    public void check() {
        SheetTable all = table;
        SheetMapping mapping = mapping();
        background(l10n.text("exchangeScreen.task.check"), task -> sheets.check(all, mapping, task), result -> {
            problems.setAll(result.problems());
            canImport.set(result.clean());
            summary.set(result.clean() ? l10n.text("exchangeScreen.sheet.clean", result.rows())
                    : l10n.text("exchangeScreen.sheet.problems", result.problems().size(), result.rows()));
            step.set(Step.CHECKED);
        });
    }

    /** Writes every row in one transaction, or none; remembers the mapping when it went in. */
    public void importSheet() {
        SheetTable all = table;
        SheetMapping mapping = mapping();
        background(l10n.text("exchangeScreen.task.import"), task -> sheets.importRows(all, mapping, task),
                result -> {
                    problems.setAll(result.problems());
                    canImport.set(false);
                    if (result.clean()) {
                        sheets.remember(mapping, all.headers());
                        summary.set(l10n.text("exchangeScreen.sheet.imported", result.imported(),
                                l10n.text("exchangeScreen.kind." + mapping.kind().name())));
                        step.set(Step.DONE);
                        dataChanged.run();
                    } else {
                        summary.set(l10n.text("exchangeScreen.sheet.problems", result.problems().size(),
                                result.rows()));
                        step.set(Step.CHECKED);
                    }
                });
    }

    /** The mapping the wizard shows now: chosen columns and chosen values. */
    public SheetMapping mapping() {
        SheetMapping mapping = SheetMapping.empty(kind.get());
        for (ColumnChoice choice : columns) {
            mapping = mapping.withColumn(choice.field(), choice.columnProperty().get());
        }
        for (ValueChoice choice : values) {
            ValueOption target = choice.targetProperty().get();
            mapping = mapping.withValue(choice.field(), choice.source(), target == null ? null : target.code());
        }
        return mapping;
    }

    private void applyMapping(SheetMapping mapping) {
        columns.setAll(mapping.kind().fields().stream()
                .map(field -> new ColumnChoice(field, mapping.column(field).orElse(""))).toList());
        values.clear();
        problems.clear();
        canImport.set(false);
        if (step.get() != Step.NONE && step.get() != Step.INTERCHANGE) {
            step.set(Step.PREVIEW);
        }
    }

    private String mergeNote(ImportSummary result) {
        return result.mergedFromLog() == 0 ? ""
                : l10n.text("exchangeScreen.interchange.fromLog", result.mergedFromLog());
    }

    private String describe(ImportSummary result) {
        ImportSummary.Counts total = result.total();
        String counts = l10n.text(result.dryRun() ? "exchangeScreen.interchange.dryRun"
                : "exchangeScreen.interchange.done", total.added(), total.updated(), total.unchanged(),
                total.keptLocal(), total.conflicts());
        return counts;
    }

    private <V> void background(String title, BackgroundTask.Work<V> work, java.util.function.Consumer<V> done) {
        busy.set(true);
        executor.execute(BackgroundTask.of(title, work).onSuccess(value -> {
            busy.set(false);
            done.accept(value);
        }).onFailure(failure -> {
            busy.set(false);
            if (failure instanceof ExchangeException refused) {
                dialogs.showError(l10n.text("exchangeScreen.import.title"), refused.getMessage());
            } else {
                dialogs.showUnexpectedError(failure);
            }
        }).onCancelled(() -> busy.set(false)));
    }

    private record Read(SheetTable table, SheetMapping mapping, Map<TargetField, List<ValueOption>> options) {
    }

    public ReadOnlyObjectProperty<Step> stepProperty() {
        return step.getReadOnlyProperty();
    }

    public ObjectProperty<Path> fileProperty() {
        return file;
    }

    public ObjectProperty<SheetKind> kindProperty() {
        return kind;
    }

    public ObjectProperty<SheetTable> previewProperty() {
        return preview;
    }

    public ObservableList<ColumnChoice> columns() {
        return columns;
    }

    public ObservableList<ValueChoice> values() {
        return values;
    }

    public ObservableList<RowProblem> problems() {
        return problems;
    }

    public ObservableList<ConflictChoice> conflicts() {
        return conflicts;
    }

    /** The character encoding a CSV file was read in, in a sentence; empty for a workbook or no file. */
    public StringProperty encodingProperty() {
        return encoding;
    }

    public StringProperty summaryProperty() {
        return summary;
    }

    /** Empty, or the sentence saying how many records were merged against the exchange log. */
    public javafx.beans.property.ReadOnlyStringProperty mergeNoteProperty() {
        return mergeNote;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public BooleanProperty canImportProperty() {
        return canImport;
    }
}
