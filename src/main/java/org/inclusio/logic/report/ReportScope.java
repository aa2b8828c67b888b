package org.inclusio.logic.report;

import java.util.Objects;
import java.util.UUID;

/**
 * What a report covers: the whole region, one organisation or one process team.
 *
 * @param kind which of the three
 * @param id   the organisation or team; null for the region
 * @param name the organisation's or team's name as entered; null for the region
 */
public record ReportScope(Kind kind, UUID id, String name) {

    /** The extent of a report. */
    public enum Kind {
        REGION,
        ORGANISATION,
        TEAM
    }

    public ReportScope {
        Objects.requireNonNull(kind);
        if ((kind == Kind.REGION) != (id == null)) {
            throw new IllegalArgumentException("only the region has no id");
        }
    }

    public static ReportScope region() {
        return new ReportScope(Kind.REGION, null, null);
    }

    public static ReportScope organisation(UUID id, String name) {
        return new ReportScope(Kind.ORGANISATION, id, name);
    }

    public static ReportScope team(UUID id, String name) {
        return new ReportScope(Kind.TEAM, id, name);
    }
}
