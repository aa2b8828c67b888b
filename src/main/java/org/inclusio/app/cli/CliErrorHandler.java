package org.inclusio.app.cli;

import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.inclusio.app.StoreProblemMessages;
import org.inclusio.logic.ErrorReport;
import org.inclusio.logic.i18n.Localization;
import org.inclusio.persistence.StoreException;
import org.inclusio.persistence.StoreFaults;
import org.inclusio.persistence.StoreProblem;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns a failing command into one plain sentence on standard error and a non-zero exit status;
 * the technical detail goes to the log only.
 */
final class CliErrorHandler implements IExecutionExceptionHandler {

    /** The failure with the store's folder as its place when it came without one. */
    private static StoreException located(StoreException failure, CommandLine commandLine) {
        if (failure.place() != null) {
            return failure;
        }
        return new StoreException(failure.problem(), storeDirectory(commandLine), "no location", failure);
    }

    private static java.nio.file.Path storeDirectory(CommandLine commandLine) {
        Object root = commandLine.getCommandSpec().root().userObject();
        return root instanceof InclusioCommand command ? command.storeDirectory() : null;
    }

    private static final Logger LOG = Logger.getLogger(CliErrorHandler.class.getName());

    @Override
    public int handleExecutionException(Exception failure, CommandLine commandLine, ParseResult parseResult) {
        Localization l10n = new Localization(Locale.getDefault());
        if (failure instanceof StoreException storeFailure && storeFailure.problem() != StoreProblem.UNREADABLE) {
            LOG.log(Level.WARNING, "Store problem: " + storeFailure.problem());
            org.inclusio.app.StoreOpening.failedUnlock(located(storeFailure, commandLine));
            commandLine.getErr().println(StoreProblemMessages.describe(located(storeFailure, commandLine), l10n));
            return ExitStatus.of(storeFailure.problem()).code();
        }
        // a failure of the store that the layer below could not name (a library lost its cause): ask the disk
        StoreException store = StoreFaults.asStoreException(failure, storeDirectory(commandLine));
        if (store != null) {
            LOG.log(Level.WARNING, "Store problem: " + store.problem() + "\n" + ErrorReport.forLog(failure));
            commandLine.getErr().println(StoreProblemMessages.describe(store, l10n));
            return ExitStatus.of(store.problem()).code();
        }
        if (failure instanceof CommandFailure commandFailure) {
            commandLine.getErr().println(commandFailure.getMessage());
            return commandFailure.status().code();
        }
        LOG.log(Level.SEVERE, ErrorReport.forLog(failure));
        commandLine.getErr().println(ErrorReport.forUser(failure, l10n));
        return ExitStatus.FAILED.code();
    }
}
