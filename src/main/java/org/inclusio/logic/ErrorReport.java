package org.inclusio.logic;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.sql.SQLException;
import org.inclusio.logic.i18n.Localization;
import org.inclusio.persistence.StoreException;

/**
 * Turns a failure into what the user reads (plain words, no stack trace) and what the log keeps
 * (classes and stack frames). Messages of database errors can quote stored values, which may be
 * special-category data, so the log leaves those messages out.
 */
public final class ErrorReport {

    private ErrorReport() {
    }

    /** The technical account for the log, free of stored values. */
    public static String forLog(Throwable failure) {
        StringWriter text = new StringWriter();
        PrintWriter out = new PrintWriter(text);
        Throwable current = failure;
        int depth = 0;
        while (current != null && depth++ < 10) {
            out.print(depth == 1 ? "" : "Caused by: ");
            out.print(current.getClass().getName());
            if (mayQuoteData(current)) {
                out.println(" (message withheld: it may quote stored data)");
            } else {
                out.println(": " + current.getMessage());
            }
            for (StackTraceElement frame : current.getStackTrace()) {
                out.println("\tat " + frame);
            }
            current = current.getCause();
        }
        out.flush();
        return text.toString();
    }

    /** A sentence for the user about an unexpected failure. */
    public static String forUser(Throwable failure, Localization l10n) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        if (failure instanceof StoreException || root instanceof SQLException
                || root instanceof java.io.IOException) {
            return l10n.text("error.unexpected.storage");
        }
        if (root instanceof OutOfMemoryError) {
            return l10n.text("error.unexpected.memory");
        }
        return l10n.text("error.unexpected.message");
    }

    private static boolean mayQuoteData(Throwable failure) {
        String type = failure.getClass().getName();
        return failure instanceof SQLException || type.startsWith("jakarta.persistence")
                || type.startsWith("io.ebean") || type.startsWith("org.h2") || type.startsWith("org.postgresql");
    }
}
