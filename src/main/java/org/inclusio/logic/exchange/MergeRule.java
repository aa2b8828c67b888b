package org.inclusio.logic.exchange;

/**
 * Decides what importing one record does to the store (see docs/interchange-format.md, "Merging").
 * A record is a conflict only when both sides changed it since they last shared it, or when that
 * cannot be told; then nothing is overwritten unless the user chose so.
 */
final class MergeRule {

    /** What importing a record does. */
    enum Decision {
        /** Not in the store: added. */
        ADD,
        /** Only the file changed it since it was shared: the store takes the file's state. */
        UPDATE,
        /** Same data on both sides: at most the stamp is aligned with the file's. */
        UNCHANGED,
        /** Only the store changed it since it was shared: the store keeps its state. */
        KEEP_LOCAL,
        /** Both changed it, or no shared state is known: the user decides. */
        CONFLICT
    }

    private MergeRule() {
    }

    static Decision decide(ExchangeRecord incoming, ExchangeRecord local) {
        if (local == null) {
            return Decision.ADD;
        }
        if (incoming.sameContentAs(local)) {
            return Decision.UNCHANGED;
        }
        Stamp base = incoming.base();
        if (base != null && base.equals(local.stamp())) {
            return Decision.UPDATE;
        }
        if (base != null && base.equals(incoming.stamp())) {
            return Decision.KEEP_LOCAL;
        }
        return Decision.CONFLICT;
    }
}
