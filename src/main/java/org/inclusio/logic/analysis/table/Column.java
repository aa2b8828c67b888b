package org.inclusio.logic.analysis.table;

/**
 * A column of an analysis table.
 *
 * @param id        stable name, used as the JSON field
 * @param headerKey message key of the header shown on screens and in CSV
 * @param numeric   whether the column holds figures (right-aligned)
 */
public record Column(String id, String headerKey, boolean numeric) {

    public static Column text(String id, String headerKey) {
        return new Column(id, headerKey, false);
    }

    public static Column figure(String id, String headerKey) {
        return new Column(id, headerKey, true);
    }
}
