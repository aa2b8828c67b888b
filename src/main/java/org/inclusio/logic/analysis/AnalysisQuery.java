package org.inclusio.logic.analysis;

import io.ebean.Database;
import org.inclusio.persistence.analytics.AggregateReader;
import io.ebean.RowMapper;
import io.ebean.SqlQuery;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A SQL aggregate query assembled from text and {@link SqlCondition}s, run through Ebean and mapped
 * row by row into small records. Used by the analysis packages; callers of the analyses never need
 * it.
 */
public final class AnalysisQuery {

    private final StringBuilder sql = new StringBuilder();
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    public static AnalysisQuery of(String text) {
        return new AnalysisQuery().append(text);
    }

    public AnalysisQuery append(String text) {
        sql.append(text);
        return this;
    }

    /** Appends the condition's SQL (in brackets) and takes over its parameters. */
    public AnalysisQuery append(SqlCondition condition) {
        condition.parameters().forEach(this::bind);
        sql.append('(').append(condition.sql()).append(')');
        return this;
    }

    /** Appends {@code " and "} followed by the condition. */
    public AnalysisQuery and(SqlCondition condition) {
        return append(" and ").append(condition);
    }

    public AnalysisQuery bind(String name, Object value) {
        Object previous = parameters.putIfAbsent(name, value);
        if (previous != null && !previous.equals(value)) {
            throw new IllegalArgumentException("parameter " + name + " bound to two values");
        }
        return this;
    }

    public String sql() {
        return sql.toString();
    }

    /** The parameters bound so far, by name. */
    public Map<String, Object> parameters() {
        return Map.copyOf(parameters);
    }

    /** Runs the query and maps each row. */
    public <T> List<T> list(Database database, RowMapper<T> mapper) {
        SqlQuery query = database.sqlQuery(sql.toString());
        parameters.forEach(query::setParameter);
        return query.mapTo(mapper).findList();
    }

    /** Runs the query where the analyses read their aggregates and maps each row. */
    public <T> List<T> list(AggregateReader reader, RowMapper<T> mapper) {
        return reader.list(sql.toString(), parameters, mapper);
    }

    /** Runs the query where the analyses read their aggregates and hands each mapped row to the consumer. */
    public <T> void forEach(AggregateReader reader, RowMapper<T> mapper, Consumer<T> consumer) {
        reader.forEach(sql.toString(), parameters, mapper, consumer);
    }

    /** Runs the query and hands each mapped row to the consumer as it is read, keeping none. */
    public <T> void forEach(Database database, RowMapper<T> mapper, Consumer<T> consumer) {
        SqlQuery query = database.sqlQuery(sql.toString());
        parameters.forEach(query::setParameter);
        query.mapTo(mapper).findEach(consumer);
    }
}
