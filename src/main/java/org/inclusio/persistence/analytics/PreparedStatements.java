package org.inclusio.persistence.analytics;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Statements prepared on the column store, kept by their text for the next query with the same text:
 * the column store plans a statement when it is prepared, and planning the queries of a detection run
 * took about a fifth of the run. A statement is taken out while it runs, so a query started while
 * another with the same text is still being read gets a statement of its own. At most {@link #LIMIT}
 * are kept, the least recently used closed first. Not thread-safe: its owner runs one query at a time.
 */
final class PreparedStatements {

    static final int LIMIT = 64;

    private final Map<String, PreparedStatement> idle = new LinkedHashMap<>(16, 0.75f, true);
    /** Raised by {@link #clear()}: a statement taken out before it is closed when given back. */
    private long generation;
    private final Map<PreparedStatement, Long> takenIn = new IdentityHashMap<>();

    /** A statement for the text: the one kept, or a new one. */
    PreparedStatement take(Connection connection, String sql) throws SQLException {
        PreparedStatement statement = idle.remove(sql);
        if (statement == null) {
            statement = connection.prepareStatement(sql);
        }
        takenIn.put(statement, generation);
        return statement;
    }

    /**
     * Gives a statement back after its query: kept for the next query with the same text when it ran
     * through and nothing was cleared meanwhile, closed otherwise.
     */
    void giveBack(String sql, PreparedStatement statement, boolean reusable) {
        Long taken = takenIn.remove(statement);
        if (reusable && taken != null && taken == generation && !idle.containsKey(sql)) {
            try {
                statement.clearParameters();
            } catch (SQLException e) {
                close(statement);
                return;
            }
            idle.put(sql, statement);
            if (idle.size() > LIMIT) {
                var eldest = idle.entrySet().iterator().next();
                idle.remove(eldest.getKey());
                close(eldest.getValue());
            }
        } else {
            close(statement);
        }
    }

    private static void close(PreparedStatement statement) {
        try {
            statement.close();
        } catch (SQLException e) {
            // closed with the connection at the latest
        }
    }

    /** Closes every statement kept (a table was copied again, or the column store closes). */
    void clear() {
        generation++;
        List<PreparedStatement> kept = new ArrayList<>(idle.values());
        idle.clear();
        kept.forEach(PreparedStatements::close);
    }

    /** How many statements are kept now. */
    int size() {
        return idle.size();
    }
}
