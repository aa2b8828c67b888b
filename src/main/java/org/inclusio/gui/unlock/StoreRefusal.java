package org.inclusio.gui.unlock;

/**
 * The store refused what was asked (a wrong passphrase, a damaged key file, a full disk): the message says
 * why in plain words, ready to be shown as it is.
 */
public final class StoreRefusal extends Exception {

    private static final long serialVersionUID = 1L;

    public StoreRefusal(String plainMessage) {
        super(plainMessage);
    }
}
