package org.inclusio.logic.exchange;

import java.util.List;
import java.util.UUID;

/**
 * The {@code exchange} member of an interchange file's header: the file's own id, the store that
 * wrote it, what it selected, and the files that store had last received from each store it exchanges
 * with. The importing store finds among these the files it sent itself, and so the state both last
 * shared, in its {@link ExchangeLog}.
 *
 * @param file the file's id
 * @param store the id of the store that wrote it
 * @param selection what the file holds, as "ALL", "TEAM id", "PERIOD from to" or "ACTIVITY id"
 * @param received the ids of the files the writing store had last received
 */
public record ExchangeHeader(UUID file, UUID store, String selection, List<UUID> received) {

    /** Files may name at most this many received files (the latest from each store). */
    static final int MAX_RECEIVED = 50;

    public ExchangeHeader {
        received = List.copyOf(received);
    }
}
