package org.inclusio.gui.settings;

import java.time.Duration;
import org.inclusio.gui.unlock.StoreRefusal;

/** Gives the open store a new passphrase (slow: the key is stretched twice); called off the FX thread. */
@FunctionalInterface
public interface PassphraseChanger {

    /** @return how long the change took */
    Duration change(char[] current, char[] next) throws StoreRefusal;
}
