package org.inclusio.app;

import java.nio.file.Files;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import org.inclusio.logic.i18n.Localization;
import org.inclusio.persistence.Backups;
import org.inclusio.persistence.StoreException;

/** Plain-language explanations of why a store could not be opened or written, for the window and the CLI. */
public final class StoreProblemMessages {

    private StoreProblemMessages() {
    }

    public static String describe(StoreException failure, Localization l10n) {
        String problem = problem(failure, l10n);
        return switch (failure.problem()) {
            case DAMAGED, KEY_DAMAGED, KEY_MISSING -> problem + " " + lastBackup(failure, l10n);
            default -> problem;
        };
    }

    /** The newest backup of the store, in a sentence, or that there is none. */
    private static String lastBackup(StoreException failure, Localization l10n) {
        if (failure.location() == null || !Files.isDirectory(failure.location())) {
            return "";
        }
        List<Backups.Entry> entries;
        try {
            entries = new Backups(failure.location()).list();
        } catch (RuntimeException e) {
            return l10n.text("store.problem.noBackup");
        }
        if (entries.isEmpty()) {
            return l10n.text("store.problem.noBackup");
        }
        Backups.Entry newest = entries.get(0);
        String made = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withZone(ZoneId.systemDefault())
                .format(newest.made());
        return l10n.text("store.problem.lastBackup", newest.file().getFileName(), made);
    }

    private static String problem(StoreException failure, Localization l10n) {
        String location = String.valueOf(failure.place());
        return switch (failure.problem()) {
            case IN_USE -> l10n.text("store.problem.inUse", location);
            case NEWER_VERSION -> l10n.text("store.problem.newerVersion", location);
            case UNREADABLE -> l10n.text("store.problem.unreadable", location);
            case MISSING -> l10n.text("store.problem.missing", location);
            case ALREADY_EXISTS -> l10n.text("store.problem.alreadyExists", location);
            case WRONG_PASSPHRASE -> l10n.text("store.problem.wrongPassphrase", location);
            case WRONG_RECOVERY_KEY -> l10n.text("store.problem.wrongRecoveryKey", location);
            case PASSPHRASE_NEEDED -> l10n.text("store.problem.passphraseNeeded", location);
            case KEY_MISSING -> l10n.text("store.problem.keyMissing", location);
            case KEY_DAMAGED -> l10n.text("store.problem.keyDamaged", location);
            case DAMAGED -> l10n.text("store.problem.damaged", location);
            case DISK_FULL -> l10n.text("store.problem.diskFull", location);
            case READ_ONLY -> l10n.text("store.problem.readOnly", location);
            case SERVER_UNREACHABLE -> l10n.text("store.problem.serverUnreachable", location);
            case LOGIN_FAILED -> l10n.text("store.problem.loginFailed", location);
            case NOT_PERMITTED -> l10n.text("store.problem.notPermitted", location);
            case NO_ACCOUNT -> l10n.text("store.problem.noAccount", location);
        };
    }
}
