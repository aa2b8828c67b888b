package org.inclusio.persistence;

import org.inclusio.Launcher;

/**
 * Runs the program as {@link Launcher} does, with the store's files behind {@link FaultyFilePath}:
 * {@code -Dinclusio.faults.diskBudget=BYTES} makes writes fail as on a full disk once that many
 * bytes were written, {@code -Dinclusio.faults.readOnly=true} makes the store read-only.
 */
public final class FaultyLauncher {

    public static final String BUDGET_PROPERTY = "inclusio.faults.diskBudget";
    public static final String READ_ONLY_PROPERTY = "inclusio.faults.readOnly";

    private FaultyLauncher() {
    }

    public static void main(String[] args) {
        FaultyFilePath.install(Long.getLong(BUDGET_PROPERTY, Long.MAX_VALUE), Boolean.getBoolean(READ_ONLY_PROPERTY));
        Launcher.main(args);
    }
}
