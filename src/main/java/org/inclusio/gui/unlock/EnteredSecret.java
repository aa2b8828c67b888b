package org.inclusio.gui.unlock;

import java.util.Arrays;

/**
 * What the user typed to unlock: the passphrase, or the recovery key shown when the store was made.
 *
 * @param value       the characters as typed; {@link #wipe()} overwrites them once used
 * @param recoveryKey true for the recovery key
 */
public record EnteredSecret(char[] value, boolean recoveryKey) {

    public void wipe() {
        Arrays.fill(value, '\0');
    }

    @Override
    public String toString() {
        return "EnteredSecret[hidden]";
    }
}
