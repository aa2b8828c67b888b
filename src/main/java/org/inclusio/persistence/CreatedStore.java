package org.inclusio.persistence;

/**
 * A store just created (or encrypted) and open, with the recovery key that opens it when the passphrase is
 * forgotten. The recovery key is shown to the user once and kept nowhere in clear.
 */
public record CreatedStore(Store store, String recoveryKey) {
    @Override
    public String toString() {
        return "CreatedStore[" + store.settings() + "]";
    }
}
