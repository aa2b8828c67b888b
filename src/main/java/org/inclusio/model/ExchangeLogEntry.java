package org.inclusio.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * One interchange file this store sent or received: the file's own id, the store at the other end
 * when known, how many records of each kind it held, which files it was based on, and the stamps
 * (version and time of change) of the records both stores held the same after the exchange. The
 * next import from the same store merges against these stamps, without the earlier file at hand.
 * It keeps no names, codes or other values of the records.
 */
@Entity
@Table(name = "exchange_log")
public class ExchangeLogEntry extends BaseEntity {

    /** The id written into the file's header, or null for a file from a version that wrote none. */
    private UUID fileId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ExchangeDirection direction;

    /** The store that wrote a received file, or null when it is not known (and always for a sent one). */
    private UUID peerStore;

    @Column(nullable = false)
    private Instant exchangedAt;

    /** What the file held: the kind of selection, e.g. "ACTIVITY 1b4e...", "ALL". */
    @Column(nullable = false, length = 120)
    private String selection;

    /** Records per kind, as "section=count" joined by commas, in the order of the format. */
    @Column(nullable = false, length = 1000)
    private String counts;

    /** The files this file named as its base (the sender's last received files), joined by commas. */
    @Column(nullable = false, length = 2000)
    private String basedOn;

    /** The shared stamps, compressed (see the exchange log's reader in the logic layer). */
    @Lob
    @Column(nullable = false)
    private byte[] stamps;

    public UUID getFileId() {
        return fileId;
    }

    public void setFileId(UUID fileId) {
        this.fileId = fileId;
    }

    public ExchangeDirection getDirection() {
        return direction;
    }

    public void setDirection(ExchangeDirection direction) {
        this.direction = direction;
    }

    public UUID getPeerStore() {
        return peerStore;
    }

    public void setPeerStore(UUID peerStore) {
        this.peerStore = peerStore;
    }

    public Instant getExchangedAt() {
        return exchangedAt;
    }

    public void setExchangedAt(Instant exchangedAt) {
        this.exchangedAt = exchangedAt;
    }

    public String getSelection() {
        return selection;
    }

    public void setSelection(String selection) {
        this.selection = selection;
    }

    public String getCounts() {
        return counts;
    }

    public void setCounts(String counts) {
        this.counts = counts;
    }

    public String getBasedOn() {
        return basedOn;
    }

    public void setBasedOn(String basedOn) {
        this.basedOn = basedOn;
    }

    public byte[] getStamps() {
        return stamps;
    }

    public void setStamps(byte[] stamps) {
        this.stamps = stamps;
    }
}
