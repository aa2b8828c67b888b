package org.inclusio.persistence;

/** What the user gives to open an encrypted store: the passphrase, or the recovery key shown at creation. */
public sealed interface StoreSecret {

    /** @param value the passphrase as typed; the caller may overwrite it afterwards */
    record Passphrase(char[] value) implements StoreSecret {
        @Override
        public String toString() {
            return "Passphrase[hidden]";
        }
    }

    /** @param value the recovery key as printed at creation (groups, case and spaces do not matter) */
    record RecoveryKey(String value) implements StoreSecret {
        @Override
        public String toString() {
            return "RecoveryKey[hidden]";
        }
    }

    static StoreSecret passphrase(char[] value) {
        return new Passphrase(value);
    }
}
