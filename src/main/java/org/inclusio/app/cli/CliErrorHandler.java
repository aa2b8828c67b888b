package org.inclusio.app.cli;

import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.inclusio.app.StoreProblemMessages;
import org.inclusio.logic.ErrorReport;
import org.inclusio.logic.i18n.Localization;
import org.inclusio.persistence.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns a failing command into one plain sentence on standard error and a non-zero exit status;
 * the technical detail goes to the log only.
 */
final class CliErrorHandler implements IExecutionExceptionHandler {

    static final int STORE_PROBLEM = 3;
    static final int FAILED = 1;

    private static final Logger LOG = Logger.getLogger(CliErrorHandler.class.getName());

    @Override
    public int handleExecutionException(Exception failure, CommandLine commandLine, ParseResult parseResult) {
        Localization l10n = new Localization(Locale.getDefault());
        if (failure instanceof StoreException storeFailure) {
            commandLine.getErr().println(StoreProblemMessages.describe(storeFailure, l10n));
            return STORE_PROBLEM;
        }
        if (failure instanceof CommandFailure commandFailure) {
            commandLine.getErr().println(commandFailure.getMessage());
            return FAILED;
        }
        LOG.log(Level.SEVERE, ErrorReport.forLog(failure));
        commandLine.getErr().println(ErrorReport.forUser(failure, l10n));
        return FAILED;
    }
}
