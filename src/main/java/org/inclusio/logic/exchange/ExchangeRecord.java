package org.inclusio.logic.exchange;

import java.time.Instant;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * One record as the interchange format carries it: kind, id, stamp, creation time, trash flag, the
 * values of its fields (by field name; null when absent) and the ids of its many-to-many lists. The
 * {@code base} is the stamp the record had when the exporting store last received it, when known.
 */
public record ExchangeRecord(RecordKind kind, UUID id, Stamp stamp, Instant whenCreated, boolean deleted,
        Map<String, Object> values, Map<String, List<UUID>> links, Stamp base) {

    public ExchangeRecord {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(stamp, "stamp");
        Objects.requireNonNull(whenCreated, "whenCreated");
        values = Collections.unmodifiableMap(values);
        links = Collections.unmodifiableMap(links);
    }

    /** The value of a field, or null. */
    public Object value(String field) {
        return values.get(field);
    }

    /** The same record with another base. */
    public ExchangeRecord withBase(Stamp newBase) {
        return new ExchangeRecord(kind, id, stamp, whenCreated, deleted, values, links, newBase);
    }

    /** Whether both hold the same data, whatever their stamps and creation times say; lists compare as sets. */
    public boolean sameContentAs(ExchangeRecord other) {
        if (kind != other.kind || !id.equals(other.id) || deleted != other.deleted || !values.equals(other.values)) {
            return false;
        }
        for (Map.Entry<String, List<UUID>> link : links.entrySet()) {
            List<UUID> theirs = other.links.getOrDefault(link.getKey(), List.of());
            if (!new HashSet<>(link.getValue()).equals(new HashSet<>(theirs))) {
                return false;
            }
        }
        return true;
    }

    /** Whether stamp and creation time are the same as the other's. */
    public boolean sameStampAs(ExchangeRecord other) {
        return stamp.equals(other.stamp) && whenCreated.equals(other.whenCreated);
    }
}
