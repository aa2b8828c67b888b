package org.inclusio.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Locale;
import org.inclusio.gui.unlock.EnteredSecret;
import org.inclusio.gui.unlock.StoreRefusal;
import org.inclusio.logic.audit.AuditAction;
import org.inclusio.logic.audit.AuditFilter;
import org.inclusio.logic.audit.AuditRecord;
import org.inclusio.logic.audit.AuditTrail;
import org.inclusio.logic.i18n.Localization;
import org.inclusio.persistence.ServerAddress;
import org.inclusio.persistence.StoreFactory;
import org.inclusio.testing.TestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The window signs in to a store on a PostgreSQL server with the server's password, and checks it after a lock. */
class ServerWindowGateTest {

    @TempDir
    Path workFolder;

    private final Localization l10n = new Localization(Locale.ENGLISH);
    private ServerAddress database;
    private WindowStoreGate gate;

    @BeforeEach
    void newDatabase() {
        database = TestServer.newDatabase();
        gate = new WindowStoreGate(workFolder, database, new StoreFactory(), l10n);
    }

    @AfterEach
    void close() {
        // without a server the test was skipped before the gate was made
        if (gate != null && gate.services() != null) {
            gate.services().close();
        }
        TestServer.drop(database);
    }

    @Test
    void signsInChecksThePasswordAgainAfterALockAndMakesNoBackupsHere() throws Exception {
        assertThat(gate.onServer()).isTrue();
        assertThat(gate.location()).isEqualTo(database.displayName());

        assertThatThrownBy(() -> gate.unlock(password("wrong")))
                .isInstanceOf(StoreRefusal.class)
                .hasMessage(l10n.text("store.problem.loginFailed", database.displayName()));
        assertThat(gate.services()).isNull();

        gate.unlock(password(new String(TestServer.password())));
        assertThat(gate.services()).isNotNull();
        assertThat(gate.services().store().isServer()).isTrue();
        assertThat(gate.lockable()).isTrue();
        assertThat(gate.encrypted()).isFalse();

        // the window was locked: a wrong password is refused and noted, the right one opens it again
        assertThatThrownBy(() -> gate.unlock(password("still wrong")))
                .isInstanceOf(StoreRefusal.class)
                .hasMessage(l10n.text("store.problem.loginFailed", database.displayName()));
        gate.unlock(password(new String(TestServer.password())));
        assertThat(new AuditTrail(gate.services().store().database()).list(AuditFilter.all()).stream()
                .map(AuditRecord::action)).contains(AuditAction.UNLOCK_FAILED.name(), AuditAction.UNLOCK.name());
        assertThat(new AuditTrail(gate.services().store().database()).verify().isIntact()).isTrue();

        assertThatThrownBy(() -> new WindowBackups(gate, workFolder).backUpNow())
                .isInstanceOf(StoreRefusal.class).hasMessage(l10n.text("settings.backups.server"));
    }

    private static EnteredSecret password(String text) {
        return new EnteredSecret(text.toCharArray(), false);
    }
}
