package org.inclusio.logic.exchange;

import io.ebean.Database;
import io.ebean.Transaction;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.InflaterInputStream;
import org.inclusio.model.ExchangeDirection;
import org.inclusio.model.ExchangeLogEntry;
import org.inclusio.model.StoreSetting;

/**
 * The store's log of the interchange files it sent and received. Each entry keeps the stamps of the
 * records both stores held the same after the exchange (never their values), so that an import
 * from a store this one exchanged with before merges against the state they last shared: a record
 * changed only on one side is taken or kept without a conflict, without the earlier file at hand.
 */
public final class ExchangeLog {

    /** The store setting that holds this store's own id, made at its first exchange. */
    public static final String STORE_ID = "exchange.storeId";

    private final Database db;

    public ExchangeLog(Database db) {
        this.db = db;
    }

    /** One entry as shown to the user: no stamps. */
    public record Entry(UUID file, ExchangeDirection direction, UUID peerStore, Instant exchangedAt, String selection,
            Map<String, Long> counts, List<UUID> basedOn) {
    }

    /** This store's id, made and kept in the transaction when the store has none yet. */
    UUID storeId(Transaction transaction) {
        StoreSetting setting = db.find(StoreSetting.class).usingTransaction(transaction).where()
                .eq("name", STORE_ID).findOne();
        if (setting != null) {
            try {
                return UUID.fromString(setting.getSetting().trim());
            } catch (IllegalArgumentException unusable) {
                // a damaged id is replaced: the other stores then only miss the shared state of earlier exchanges
            }
        } else {
            setting = new StoreSetting();
            setting.setName(STORE_ID);
        }
        UUID id = UUID.randomUUID();
        setting.setSetting(id.toString());
        db.save(setting, transaction);
        return id;
    }

    /** The latest file received from each other store, newest first, at most {@link ExchangeHeader#MAX_RECEIVED}. */
    List<UUID> lastReceived(Transaction transaction) {
        Map<UUID, UUID> latestByStore = new LinkedHashMap<>();
        for (ExchangeLogEntry entry : entries(transaction, ExchangeDirection.RECEIVED, true)) {
            if (entry.getPeerStore() != null && entry.getFileId() != null) {
                latestByStore.putIfAbsent(entry.getPeerStore(), entry.getFileId());
            }
        }
        return latestByStore.values().stream().limit(ExchangeHeader.MAX_RECEIVED).toList();
    }

    /**
     * The stamps this store last shared with the store that wrote the header: those of the files it
     * sent that the other store names as received, and those of the files it received from that store,
     * the later exchange winning. Empty for a file without a header or from a store never met.
     */
    Map<UUID, Stamp> sharedWith(ExchangeHeader header, Transaction transaction) {
        Map<UUID, Stamp> shared = new HashMap<>();
        if (header == null) {
            return shared;
        }
        Set<UUID> named = Set.copyOf(header.received());
        for (ExchangeLogEntry entry : entries(transaction, null, false)) {
            boolean sentToThem = entry.getDirection() == ExchangeDirection.SENT && entry.getFileId() != null
                    && named.contains(entry.getFileId());
            boolean fromThem = entry.getDirection() == ExchangeDirection.RECEIVED
                    && Objects.equals(entry.getPeerStore(), header.store()) && header.store() != null;
            if (sentToThem || fromThem) {
                shared.putAll(decode(entry.getStamps()));
            }
        }
        return shared;
    }

    /** Adds an entry in the transaction. */
    void record(Transaction transaction, ExchangeDirection direction, UUID file, UUID peerStore, Instant at,
            String selection, Map<RecordKind, Long> counts, Collection<UUID> basedOn, Map<UUID, Stamp> stamps) {
        ExchangeLogEntry entry = new ExchangeLogEntry();
        entry.setFileId(file);
        entry.setDirection(direction);
        entry.setPeerStore(peerStore);
        entry.setExchangedAt(at);
        entry.setSelection(selection.length() > 120 ? selection.substring(0, 120) : selection);
        entry.setCounts(counts.entrySet().stream().map(e -> e.getKey().section() + "=" + e.getValue())
                .collect(Collectors.joining(",")));
        entry.setBasedOn(basedOn.stream().limit(ExchangeHeader.MAX_RECEIVED).map(UUID::toString)
                .collect(Collectors.joining(",")));
        entry.setStamps(encode(stamps));
        db.save(entry, transaction);
    }

    /** Every entry, newest first. */
    public List<Entry> entries() {
        try (Transaction transaction = db.beginTransaction()) {
            List<Entry> shown = new ArrayList<>();
            for (ExchangeLogEntry entry : entries(transaction, null, true)) {
                Map<String, Long> counts = new LinkedHashMap<>();
                for (String part : entry.getCounts().split(",")) {
                    int equals = part.indexOf('=');
                    if (equals > 0) {
                        counts.put(part.substring(0, equals), Long.parseLong(part.substring(equals + 1)));
                    }
                }
                List<UUID> basedOn = entry.getBasedOn().isEmpty() ? List.of()
                        : Arrays.stream(entry.getBasedOn().split(",")).map(UUID::fromString).toList();
                shown.add(new Entry(entry.getFileId(), entry.getDirection(), entry.getPeerStore(),
                        entry.getExchangedAt(), entry.getSelection(), counts, basedOn));
            }
            return shown;
        }
    }

    private List<ExchangeLogEntry> entries(Transaction transaction, ExchangeDirection direction, boolean newestFirst) {
        var query = db.find(ExchangeLogEntry.class).usingTransaction(transaction).where();
        if (direction != null) {
            query = query.eq("direction", direction);
        }
        String order = newestFirst ? "whenCreated desc" : "whenCreated asc";
        return query.orderBy(order).findList();
    }

    /** The stamps, compressed: per record its id, version and time of change to the nanosecond. */
    static byte[] encode(Map<UUID, Stamp> stamps) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(new DeflaterOutputStream(bytes))) {
            out.writeInt(stamps.size());
            for (Map.Entry<UUID, Stamp> stamp : stamps.entrySet()) {
                out.writeLong(stamp.getKey().getMostSignificantBits());
                out.writeLong(stamp.getKey().getLeastSignificantBits());
                out.writeLong(stamp.getValue().version());
                out.writeLong(stamp.getValue().whenModified().getEpochSecond());
                out.writeInt(stamp.getValue().whenModified().getNano());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static Map<UUID, Stamp> decode(byte[] encoded) {
        Map<UUID, Stamp> stamps = new HashMap<>();
        try (DataInputStream in = new DataInputStream(new InflaterInputStream(new ByteArrayInputStream(encoded)))) {
            int count = in.readInt();
            for (int i = 0; i < count; i++) {
                UUID id = new UUID(in.readLong(), in.readLong());
                long version = in.readLong();
                Instant modified = Instant.ofEpochSecond(in.readLong(), in.readInt());
                stamps.put(id, new Stamp(version, modified));
            }
        } catch (IOException e) {
            // a damaged entry shares nothing: records it held then come up as conflicts, never silently merged
            return Map.of();
        }
        return stamps;
    }
}
