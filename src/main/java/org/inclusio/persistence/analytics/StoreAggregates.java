package org.inclusio.persistence.analytics;

import java.util.function.Consumer;
import io.ebean.Database;
import io.ebean.RowMapper;
import io.ebean.SqlQuery;
import java.util.List;
import java.util.Map;

/** Aggregates read from the store's own database through Ebean. */
public final class StoreAggregates implements AggregateReader {

    private final Database database;

    public StoreAggregates(Database database) {
        this.database = database;
    }

    @Override
    public <T> List<T> list(String sql, Map<String, Object> parameters, RowMapper<T> mapper) {
        SqlQuery query = database.sqlQuery(sql);
        parameters.forEach(query::setParameter);
        return query.mapTo(mapper).findList();
    }

    @Override
    public <T> void forEach(String sql, Map<String, Object> parameters, RowMapper<T> mapper, Consumer<T> consumer) {
        SqlQuery query = database.sqlQuery(sql);
        parameters.forEach(query::setParameter);
        query.mapTo(mapper).findEach(consumer);
    }
}
