package org.inclusio.gui.unlock;

/**
 * The store refused what was asked (a wrong passphrase, a damaged key file, a full disk): the message says
 * why in plain words, ready to be shown as it is.
 */
public final class StoreRefusal extends Exception {

    private static final long serialVersionUID = 1L;

    private final boolean backupOffered;

    public StoreRefusal(String plainMessage) {
        this(plainMessage, false);
    }

    /** @param backupOffered true when the store is damaged and a backup of it exists to restore */
    public StoreRefusal(String plainMessage, boolean backupOffered) {
        super(plainMessage);
        this.backupOffered = backupOffered;
    }

    /** True when restoring the last backup is the way out. */
    public boolean backupOffered() {
        return backupOffered;
    }
}
