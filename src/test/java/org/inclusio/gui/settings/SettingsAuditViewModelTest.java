package org.inclusio.gui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import org.inclusio.app.AppServices;
import org.inclusio.gui.dialog.RecordingDialogService;
import org.inclusio.logic.audit.Actor;
import org.inclusio.logic.audit.AuditAction;
import org.inclusio.logic.audit.AuditRecord;
import org.inclusio.logic.audit.AuditTrail;
import org.inclusio.logic.i18n.Localization;
import org.inclusio.logic.task.CallingThreadTaskExecutor;
import org.inclusio.model.Organisation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The audit trail tab as a plain object on a real store. */
class SettingsAuditViewModelTest {

    @TempDir
    Path directory;

    private AppServices services;
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private AuditViewModel viewModel;

    @BeforeEach
    void open() {
        Localization l10n = new Localization(Locale.ENGLISH);
        services = org.inclusio.testing.TestStores.services(directory.resolve("store"), l10n);
        viewModel = new AuditViewModel(new AuditTrail(services.store().database()),
                new CallingThreadTaskExecutor(dialogs.unexpected::add), dialogs, l10n, ZoneOffset.UTC);
        Actor.setUserName("Equality officer");
        Organisation organisation = new Organisation();
        organisation.setName("Hospital");
        services.store().database().save(organisation);
        new AuditTrail(services.store().database()).record(AuditAction.BACKUP, null, null, "backup to store.zip");
    }

    @AfterEach
    void close() {
        Actor.setUserName(null);
        services.close();
    }

    @Test
    void listsTheNewestFirstInPlainWords() {
        viewModel.load();

        assertThat(viewModel.entries()).isNotEmpty();
        AuditRecord backup = viewModel.entries().get(0);
        assertThat(viewModel.actionLabel(backup)).isEqualTo("Backed up");
        assertThat(viewModel.what(backup)).isEqualTo("backup to store.zip");
        assertThat(viewModel.who(backup)).isEqualTo("Equality officer (" + System.getProperty("user.name") + ")");
        AuditRecord created = viewModel.entries().get(1);
        assertThat(viewModel.actionLabel(created)).isEqualTo("Created");
        assertThat(viewModel.kindLabel(created)).isEqualTo("Organisation");
        assertThat(viewModel.what(created)).contains("name");
        assertThat(viewModel.summaryProperty().get()).endsWith("entries shown, newest first.");
        assertThat(AuditViewModel.constantName("GroupMembership")).isEqualTo("GROUP_MEMBERSHIP");
        assertThat(dialogs.unexpected).isEmpty();
    }

    @Test
    void filtersByActionAndPeriodAndRefusesABackwardsPeriod() {
        viewModel.actionProperty().set(AuditAction.BACKUP);
        viewModel.load();
        assertThat(viewModel.entries()).extracting(AuditRecord::action).containsExactly("BACKUP");
        assertThat(viewModel.summaryProperty().get()).isEqualTo("One entry shown, newest first.");

        viewModel.actionProperty().set(null);
        viewModel.fromProperty().set(LocalDate.now(ZoneOffset.UTC).plusDays(1));
        viewModel.load();
        assertThat(viewModel.entries()).isEmpty();

        viewModel.toProperty().set(LocalDate.now(ZoneOffset.UTC).minusDays(3));
        viewModel.load();
        assertThat(viewModel.entries()).isEmpty();
        assertThat(viewModel.summaryProperty().get()).isEqualTo(
                "The last day is before the first day; no entries are shown.");
        assertThat(viewModel.actions().get(0)).isNull();
        assertThat(viewModel.actionLabel((AuditAction) null)).isEqualTo("All actions");
    }

    @Test
    void verifySaysInPlainWordsWhetherTheTrailIsIntact() {
        viewModel.verify();
        assertThat(viewModel.intactProperty().get()).isTrue();
        assertThat(viewModel.verificationProperty().get()).startsWith("The audit trail is intact:");

        services.store().database().sqlUpdate("delete from audit_entry where seq = 1").execute();
        viewModel.verify();
        assertThat(viewModel.intactProperty().get()).isFalse();
        assertThat(viewModel.verificationProperty().get()).isEqualTo(
                "Entries before entry 2 are missing: they were removed.");
        assertThat(dialogs.unexpected).isEmpty();
    }

    @Test
    void exportWritesTheTrailAndRecordsTheExport() throws Exception {
        dialogs.fileAnswer = directory.resolve("trail.json");
        viewModel.export();

        assertThat(dialogs.notices).containsExactly("The audit trail was written to trail.json.");
        assertThat(Files.readString(directory.resolve("trail.json"), StandardCharsets.UTF_8))
                .contains("\"entries\"", "backup to store.zip", "audit trail export to trail.json");
        assertThat(viewModel.entries().get(0).action()).isEqualTo("EXPORT");

        dialogs.fileAnswer = directory.resolve("missing-folder").resolve("trail.csv");
        viewModel.export();
        assertThat(dialogs.errors).hasSize(1).first().asString().startsWith("The audit trail could not be written to trail.csv");
        assertThat(dialogs.unexpected).isEmpty();
    }
}
