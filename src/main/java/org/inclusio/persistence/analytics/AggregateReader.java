package org.inclusio.persistence.analytics;

import java.util.function.Consumer;
import io.ebean.RowMapper;
import java.util.List;
import java.util.Map;

/**
 * Where the analyses read their aggregates: SQL with {@code :name} parameters over the store's tables,
 * mapped row by row. Implemented over the store itself ({@link StoreAggregates}) and over the in-memory
 * column store that mirrors it ({@link AnalyticsReplica}); both give the same rows for the same query.
 */
public interface AggregateReader {

    /** Runs the query with its named parameters and maps each row. */
    <T> List<T> list(String sql, Map<String, Object> parameters, RowMapper<T> mapper);

    /** Runs the query and hands each mapped row to the consumer as it is read, keeping none. */
    <T> void forEach(String sql, Map<String, Object> parameters, RowMapper<T> mapper, Consumer<T> consumer);

    /**
     * Runs work of many queries on this thread that should all read the same committed state: a reader
     * that keeps a copy of the store brings it up to date once, before the work, instead of before
     * each query. The store itself has nothing to do beforehand.
     */
    default <T, E extends Exception> T readingOnce(Reading<T, E> work) throws E {
        return work.read();
    }

    /** Work that reads through an {@link AggregateReader}. */
    @FunctionalInterface
    interface Reading<T, E extends Exception> {
        T read() throws E;
    }
}
