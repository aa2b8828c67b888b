package org.inclusio.gui.workshop;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import org.inclusio.gui.dialog.DialogService;
import org.inclusio.logic.exchange.ExportOptions;
import org.inclusio.logic.exchange.ExportPassphrase;
import org.inclusio.logic.exchange.ExportTarget;
import org.inclusio.logic.exchange.InterchangeExporter;
import org.inclusio.logic.exchange.InterchangeFileName;
import org.inclusio.logic.exchange.RecordKind;
import org.inclusio.logic.exchange.Selection;
import org.inclusio.logic.exchange.TempFiles;
import org.inclusio.logic.i18n.Localization;
import org.inclusio.logic.task.BackgroundTask;
import org.inclusio.logic.task.TaskExecutor;

/**
 * "Pack for the office": writes one workshop (the activity with its participations, proposals, the
 * people who took part, walk-ins included, under their codes, and their consents and memberships) as
 * an encrypted interchange file for the office to import. Names and contact details stay out; the
 * file is encrypted all the same, with a passphrase typed twice. The store logs the file as sent,
 * so the office's import merges against what the two stores last shared.
 */
public final class WorkshopPacking {

    private final InterchangeExporter exporter;
    private final TempFiles temporary;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Localization l10n;
    private final BooleanProperty busy = new SimpleBooleanProperty(false);

    public WorkshopPacking(InterchangeExporter exporter, TempFiles temporary, TaskExecutor executor,
                           DialogService dialogs, Localization l10n) {
        this.exporter = exporter;
        this.temporary = temporary;
        this.executor = executor;
        this.dialogs = dialogs;
        this.l10n = l10n;
    }

    /** Asks where to write and for a passphrase, then packs the workshop in the background; the user learns the outcome. */
    public void pack(UUID activityId, LocalDate heldOn) {
        if (activityId == null || busy.get()) {
            return;
        }
        String title = l10n.text("workshop.pack.title");
        Optional<Path> chosen = dialogs.chooseSaveFile(title,
                l10n.text("workshop.pack.fileName", heldOn == null ? "" : heldOn.toString()) + "."
                        + InterchangeFileName.EXTENSION, InterchangeFileName.EXTENSION);
        if (chosen.isEmpty()) {
            return;
        }
        Optional<char[]> passphrase = dialogs.askNewPassphrase(title,
                l10n.text("workshop.pack.passphrase", ExportPassphrase.MINIMUM_LENGTH),
                (first, second) -> ExportPassphrase.check(first, second)
                        .map(problem -> ExportPassphrase.message(problem, l10n)));
        if (passphrase.isEmpty() || ExportPassphrase.check(passphrase.get(), null).isPresent()) {
            passphrase.ifPresent(secret -> Arrays.fill(secret, '\0'));
            return;
        }
        char[] secret = passphrase.get();
        Path file = chosen.get();
        busy.set(true);
        executor.execute(BackgroundTask.<Map<RecordKind, Long>>of(l10n.text("workshop.pack.task"), task -> {
            try (ExportTarget target = temporary.beginExport(file)) {
                Map<RecordKind, Long> written = exporter.export(Selection.activity(activityId),
                        new ExportOptions(false, null, secret, null), target.stream(), task);
                target.commit();
                return written;
            } finally {
                Arrays.fill(secret, '\0');
            }
        }).onSuccess(written -> {
            busy.set(false);
            long people = written.getOrDefault(RecordKind.PERSON, 0L);
            long participations = written.getOrDefault(RecordKind.PARTICIPATION, 0L);
            dialogs.notify(l10n.text("workshop.pack.done", file.getFileName().toString(), participations, people));
        }).onFailure(failure -> {
            busy.set(false);
            dialogs.showError(title, l10n.text("workshop.pack.failed", file.getFileName().toString()));
        }).onCancelled(() -> busy.set(false)));
    }

    /** True while a pack is being written. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }
}
