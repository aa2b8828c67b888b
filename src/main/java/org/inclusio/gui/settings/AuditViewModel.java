package org.inclusio.gui.settings;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.inclusio.gui.dialog.DialogService;
import org.inclusio.logic.audit.AuditAction;
import org.inclusio.logic.audit.AuditExport;
import org.inclusio.logic.audit.AuditFilter;
import org.inclusio.logic.audit.AuditRecord;
import org.inclusio.logic.audit.AuditTrail;
import org.inclusio.logic.audit.AuditVerification;
import org.inclusio.logic.i18n.Localization;
import org.inclusio.logic.task.BackgroundTask;
import org.inclusio.logic.task.TaskExecutor;

/**
 * The audit trail in Settings: the entries of a period and action, newest first; a check of the
 * chain told in plain words; and an export of the whole trail to CSV or JSON.
 */
public final class AuditViewModel {

    /** At most this many entries are listed at once. */
    static final int LIMIT = 5000;

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);

    private final AuditTrail trail;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Localization l10n;
    private final ZoneId zone;

    private final ObservableList<AuditRecord> entries = FXCollections.observableArrayList();
    private final ObservableList<AuditAction> actions = FXCollections.observableArrayList();
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final ObjectProperty<AuditAction> action = new SimpleObjectProperty<>();
    private final StringProperty summary = new SimpleStringProperty("");
    private final StringProperty verification = new SimpleStringProperty("");
    private final ObjectProperty<Boolean> intact = new SimpleObjectProperty<>();
    private final BooleanProperty busy = new SimpleBooleanProperty();

    public AuditViewModel(AuditTrail trail, TaskExecutor executor, DialogService dialogs, Localization l10n,
            ZoneId zone) {
        this.trail = trail;
        this.executor = executor;
        this.dialogs = dialogs;
        this.l10n = l10n;
        this.zone = zone;
        actions.add(null);
        actions.addAll(Arrays.asList(AuditAction.values()));
    }

    /** Reads the entries the filters select. */
    public void load() {
        LocalDate first = from.get();
        LocalDate last = to.get();
        if (first != null && last != null && last.isBefore(first)) {
            entries.clear();
            summary.set(l10n.text("settings.audit.periodBackwards"));
            return;
        }
        AuditFilter filter = new AuditFilter(first, last, action.get(), null, LIMIT);
        executor.execute(BackgroundTask.of(l10n.text("settings.audit.task.load"), task -> trail.list(filter))
                .onSuccess(found -> {
                    entries.setAll(found);
                    summary.set(found.size() >= LIMIT ? l10n.text("settings.audit.limited", LIMIT)
                            : l10n.text("settings.audit.count", found.size()));
                })
                .onFailure(dialogs::showUnexpectedError));
    }

    /** Checks the chain and says the outcome in plain words. */
    public void verify() {
        busy.set(true);
        executor.execute(BackgroundTask.of(l10n.text("settings.audit.task.verify"), task -> trail.verify())
                .onSuccess(result -> {
                    busy.set(false);
                    showVerification(result);
                })
                .onFailure(failure -> {
                    busy.set(false);
                    dialogs.showUnexpectedError(failure);
                }));
    }

    private void showVerification(AuditVerification result) {
        intact.set(result.isIntact());
        verification.set(result.describe(l10n));
    }

    /** Asks for a file and writes the whole trail there, CSV or JSON by its extension. */
    public void export() {
        dialogs.chooseSaveFile(l10n.text("settings.audit.exportTitle"), "audit-trail.csv", List.of("csv", "json"))
                .ifPresent(this::exportTo);
    }

    void exportTo(Path file) {
        AuditExport.Format format = AuditExport.Format.ofFile(file).orElse(AuditExport.Format.CSV);
        Path target = AuditExport.Format.ofFile(file).isPresent() ? file
                : file.resolveSibling(file.getFileName() + ".csv");
        String name = target.getFileName().toString();
        busy.set(true);
        executor.execute(BackgroundTask.<Long>of(l10n.text("settings.audit.task.export"), task -> {
            Path partial = target.resolveSibling(name + ".part");
            long written;
            try (OutputStream out = Files.newOutputStream(partial)) {
                written = new AuditExport(trail).write(format, out, name);
            } catch (Exception e) {
                Files.deleteIfExists(partial);
                throw e;
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
            return written;
        }).onSuccess(written -> {
            busy.set(false);
            dialogs.notify(l10n.text("settings.audit.exported", name));
            load();
        }).onFailure(failure -> {
            busy.set(false);
            dialogs.showError(l10n.text("settings.audit.exportTitle"), l10n.text("settings.audit.exportFailed", name,
                    failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage()));
        }));
    }

    /** When an entry happened, in this computer's time zone. */
    public String when(AuditRecord entry) {
        return WHEN.format(entry.occurredAt().atZone(zone));
    }

    /** Who: the name given at unlock, with the system user when it differs. */
    public String who(AuditRecord entry) {
        return entry.userName().equals(entry.osUser()) ? entry.userName()
                : l10n.text("settings.audit.who.both", entry.userName(), entry.osUser());
    }

    /** The action as the user reads it (a name from a newer version as it is). */
    public String actionLabel(AuditAction shown) {
        return shown == null ? l10n.text("settings.audit.allActions") : l10n.text("audit.action." + shown.name());
    }

    public String actionLabel(AuditRecord entry) {
        return AuditAction.ofName(entry.action()).map(this::actionLabel).orElse(entry.action());
    }

    /** The kind of record as the user reads it, e.g. "Group membership"; empty for store-wide events. */
    public String kindLabel(AuditRecord entry) {
        String kind = entry.subjectKind();
        if (kind == null) {
            return "";
        }
        String key = "audit.kind." + constantName(kind);
        return l10n.messages().containsKey(key) ? l10n.text(key) : kind;
    }

    /** The fields written, or the event's detail. */
    public String what(AuditRecord entry) {
        List<String> parts = new ArrayList<>();
        if (entry.fields() != null) {
            parts.add(entry.fields().replace(",", ", "));
        }
        if (entry.detail() != null) {
            parts.add(entry.detail());
        }
        return String.join(" \u2014 ", parts);
    }

    /** "GroupMembership" to "GROUP_MEMBERSHIP". */
    static String constantName(String kind) {
        return kind.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
    }

    public ObservableList<AuditRecord> entries() {
        return entries;
    }

    /** The actions to filter by; null stands for all. */
    public ObservableList<AuditAction> actions() {
        return actions;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public ObjectProperty<AuditAction> actionProperty() {
        return action;
    }

    /** How many entries are shown, or why none. */
    public StringProperty summaryProperty() {
        return summary;
    }

    /** The outcome of the last check, in plain words; empty before the first. */
    public StringProperty verificationProperty() {
        return verification;
    }

    /** True or false after a check; null before the first. */
    public ObjectProperty<Boolean> intactProperty() {
        return intact;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }
}
