package org.inclusio.logic.exchange;

import org.inclusio.logic.i18n.Localization;

/** Builds the localised sentence for a problem found in a file at a place and, if known, a field. */
public final class ProblemText {

    private final Localization l10n;
    private final String fileName;

    public ProblemText(Localization l10n, String fileName) {
        this.l10n = l10n;
        this.fileName = fileName;
    }

    /** An exception for the problem, naming the file, the place and the field. */
    public ExchangeException at(Problem problem, String location, String field, Object detail) {
        String shown = detail instanceof JsonShape shape ? l10n.text("exchange.shape." + shape.name())
                : detail == null ? "" : String.valueOf(detail);
        String what = l10n.text("exchange.problem." + problem.name(), shown);
        String message;
        if (field != null) {
            message = l10n.text("exchange.where.field", fileName, location, field, what);
        } else if (location != null && !location.isEmpty()) {
            message = l10n.text("exchange.where.place", fileName, location, what);
        } else {
            message = l10n.text("exchange.where.file", fileName, what);
        }
        return new ExchangeException(problem, location, field, message);
    }

    /** An exception for a problem of an encrypted file, as one sentence naming the file. */
    public ExchangeException encrypted(Problem problem) {
        return new ExchangeException(problem, "", null, l10n.text("exchange.encrypted." + problem.name(), fileName));
    }

    /** The same for a reason the container gave. */
    ExchangeException encrypted(EncryptedContainer.ContainerException failure) {
        return encrypted(Problem.valueOf(failure.reason().name()));
    }

    /** "line 3, column 14" in the user's language. */
    public String position(long line, long column) {
        return l10n.text("exchange.where.lineColumn", line, column);
    }

    public String fileName() {
        return fileName;
    }
}
