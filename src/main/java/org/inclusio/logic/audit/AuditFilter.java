package org.inclusio.logic.audit;

import java.time.LocalDate;

/**
 * Which audit entries to list.
 *
 * @param from   the first day (inclusive, the computer's time zone), or null for no lower bound
 * @param to     the last day (inclusive), or null for no upper bound
 * @param action      only this action, or null for all
 * @param subjectKind only entries about this kind of record (e.g. "Person"), or null for all
 * @param limit       at most this many entries, the newest; zero or less for all
 */
public record AuditFilter(LocalDate from, LocalDate to, AuditAction action, String subjectKind, int limit) {

    /** Every entry. */
    public static AuditFilter all() {
        return new AuditFilter(null, null, null, null, 0);
    }
}
