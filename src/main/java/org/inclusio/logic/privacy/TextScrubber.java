package org.inclusio.logic.privacy;

import io.ebean.Database;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replaces mentions of a person in free text with a neutral marker. A mention is a value (a code, a
 * name, an e-mail address, ...) standing as a whole word: "Ann" is replaced in "Ann asked" but not in
 * "Annual". The columns are found in the database's own catalogue, so a text column added later is
 * covered without a change here.
 */
final class TextScrubber {

    /** What a mention becomes. */
    static final String MARKER = "[erased]";

    /** Tables that hold no free text about people, or whose rows must not be rewritten. */
    private static final Set<String> SKIPPED_TABLES = Set.of("db_migration", "person_identity",
            // the audit trail holds no values; rewriting it would break its hash chain
            "audit_entry", "audit_chain_head");

    private final Database db;

    TextScrubber(Database db) {
        this.db = db;
    }

    /** A text column of a table with an {@code id} column. */
    record TextColumn(String table, String column) {
    }

    /** Every character column of every base table of the current schema that has an {@code id} column. */
    List<TextColumn> textColumns() {
        return db.sqlQuery("select lower(c.table_name), lower(c.column_name) from information_schema.columns c"
                        + " join information_schema.tables t on t.table_schema = c.table_schema"
                        + " and t.table_name = c.table_name"
                        + " where lower(c.table_schema) = lower(current_schema) and t.table_type = 'BASE TABLE'"
                        + " and upper(c.data_type) in ('CHARACTER VARYING', 'VARCHAR', 'CHARACTER', 'CHAR', 'TEXT',"
                        + " 'CHARACTER LARGE OBJECT', 'CLOB', 'VARCHAR_IGNORECASE')"
                        + " and exists (select 1 from information_schema.columns i where i.table_schema = c.table_schema"
                        + " and i.table_name = c.table_name and lower(i.column_name) = 'id')"
                        + " order by 1, 2")
                .mapTo((rs, n) -> new TextColumn(rs.getString(1), rs.getString(2)))
                .findList().stream()
                .filter(column -> !SKIPPED_TABLES.contains(column.table()))
                .toList();
    }

    /**
     * Replaces every whole-word mention of the values, ignoring case, in every text column of the store
     * except those listed as kept; returns how many fields changed.
     */
    int everywhere(Collection<String> values, Set<TextColumn> kept) {
        List<String> terms = usable(values);
        if (terms.isEmpty()) {
            return 0;
        }
        int changed = 0;
        for (TextColumn column : textColumns()) {
            if (!kept.contains(column)) {
                changed += scrub(column, "1 = 1", null, terms, true);
            }
        }
        return changed;
    }

    /**
     * Replaces whole-word mentions of the values, with their case as given, in one column, in the rows the
     * condition selects (which may use {@code :person}).
     */
    int inRows(TextColumn column, String condition, UUID person, Collection<String> values) {
        List<String> terms = usable(values);
        return terms.isEmpty() ? 0 : scrub(column, condition, person, terms, false);
    }

    private int scrub(TextColumn column, String condition, UUID person, List<String> terms, boolean ignoreCase) {
        StringBuilder sql = new StringBuilder("select id, ").append(column.column()).append(" from ")
                .append(column.table()).append(" where (").append(condition).append(") and (");
        for (int i = 0; i < terms.size(); i++) {
            sql.append(i == 0 ? "" : " or ").append("lower(").append(column.column()).append(") like :t").append(i)
                    .append(" escape '\\'");
        }
        sql.append(')');
        var query = db.sqlQuery(sql.toString());
        for (int i = 0; i < terms.size(); i++) {
            query.setParameter("t" + i, "%" + likeEscaped(terms.get(i).toLowerCase(Locale.ROOT)) + "%");
        }
        if (person != null) {
            query.setParameter("person", person);
        }
        record Row(Object id, String text) {
        }
        List<Row> rows = query.mapTo((rs, n) -> new Row(rs.getObject(1), rs.getString(2))).findList();
        Pattern pattern = pattern(terms, ignoreCase);
        int changed = 0;
        for (Row row : rows) {
            String replaced = replace(row.text(), pattern);
            if (!replaced.equals(row.text())) {
                db.sqlUpdate("update " + column.table() + " set " + column.column() + " = :text where id = :id")
                        .setParameter("text", replaced)
                        .setParameter("id", row.id())
                        .execute();
                changed++;
            }
        }
        return changed;
    }

    /** The text with every mention replaced by the marker. */
    static String replace(String text, Pattern pattern) {
        Matcher matcher = pattern.matcher(text);
        return matcher.replaceAll(Matcher.quoteReplacement(MARKER));
    }

    /** Matches any of the terms as a whole word; longer terms first, so a full name wins over its parts. */
    static Pattern pattern(List<String> terms, boolean ignoreCase) {
        List<String> sorted = new ArrayList<>(terms);
        sorted.sort((a, b) -> Integer.compare(b.length(), a.length()));
        StringBuilder alternatives = new StringBuilder();
        for (String term : sorted) {
            alternatives.append(alternatives.length() == 0 ? "" : "|").append(Pattern.quote(term));
        }
        String regex = "(?<![\\p{L}\\p{N}])(?:" + alternatives + ")(?![\\p{L}\\p{N}])";
        return Pattern.compile(regex, ignoreCase ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE : 0);
    }

    private static List<String> usable(Collection<String> values) {
        Set<String> terms = new LinkedHashSet<>();
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                terms.add(value.strip());
            }
        }
        return List.copyOf(terms);
    }

    private static String likeEscaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
