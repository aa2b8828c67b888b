package org.inclusio.logic.audit;

import org.inclusio.logic.i18n.Localization;

/**
 * The outcome of checking the audit trail's chain.
 *
 * @param entries    how many entries were checked
 * @param brokenSeq  the position of the first entry that does not fit the chain (for
 *                   {@link Problem#HEAD_MISMATCH}: the position the chain should end at), or 0 when intact
 * @param problem    what is wrong with it, or null when intact
 */
public record AuditVerification(long entries, long brokenSeq, Problem problem) {

    /** What breaks the chain. */
    public enum Problem {
        /** The entry's content no longer matches its hash: it was altered. */
        ALTERED,
        /** The entry does not follow the one before it: an entry before it was removed, or entries were reordered. */
        NOT_LINKED,
        /** Positions are missing before the entry: entries were removed. */
        MISSING,
        /** The chain ends elsewhere than its head says: entries were removed from its end, or added by hand. */
        HEAD_MISMATCH
    }

    public static AuditVerification intact(long entries) {
        return new AuditVerification(entries, 0, null);
    }

    public boolean isIntact() {
        return problem == null;
    }

    /** The outcome in one plain sentence. */
    public String describe(Localization l10n) {
        return isIntact() ? l10n.text("audit.verify.intact", entries)
                : l10n.text("audit.verify." + problem.name(), brokenSeq);
    }
}
