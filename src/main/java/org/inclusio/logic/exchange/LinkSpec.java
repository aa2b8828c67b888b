package org.inclusio.logic.exchange;

/**
 * A many-to-many list held by a record (e.g. the barriers observed at an activity): written in the
 * interchange format as an array of ids, stored in a join table.
 *
 * @param name         the JSON member name
 * @param table        the join table
 * @param ownerColumn  the join table's column naming the owning record
 * @param targetColumn the join table's column naming the listed record
 * @param target       the kind of the listed records
 */
public record LinkSpec(String name, String table, String ownerColumn, String targetColumn, RecordKind target) {
}
