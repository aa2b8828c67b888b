package org.inclusio.gui.unlock;

/**
 * What the window's first screens ask of the store. Every method is slow (a stretched key, a copy of the
 * store) and is called off the FX thread; a refusal the user can act on is a {@link StoreRefusal}.
 */
public interface StoreGate {

    /** The store folder, or the server and database, as shown to the user. */
    String location();

    /** True for a store on a server: the user signs in with the server's password instead of a passphrase. */
    default boolean onServer() {
        return false;
    }

    /**
     * Opens the store with the secret, or, when it is open and the window is locked, checks that the secret
     * is right.
     */
    void unlock(EnteredSecret secret) throws StoreRefusal;

    /**
     * Opens the store with the secret as {@link #unlock(EnteredSecret)} does, telling when the secret has been
     * accepted and the store itself is being opened (the window then shows its frame meanwhile).
     *
     * @param opening called on the opening thread once the secret is accepted, only when the store is opened
     *                now (not when a locked window checks the secret again)
     */
    default void unlock(EnteredSecret secret, Runnable opening) throws StoreRefusal {
        unlock(secret);
    }

    /** Closes the store this window has just opened, when the user cancelled while it was being opened. */
    default void abandonOpening() {
    }

    /**
     * Puts the newest backup in place of a damaged store (the damaged file is kept beside it), then opens it
     * with the secret.
     */
    void restoreLatestBackup(EnteredSecret secret) throws StoreRefusal;

    /** Opens a store in clear from an earlier version as it is, without encrypting it (for now). */
    void openInClear() throws StoreRefusal;

    /** Makes a new encrypted store with the passphrase and opens it; returns its recovery key. */
    String create(char[] passphrase) throws StoreRefusal;

    /** Encrypts the store in clear from an earlier version with the passphrase and opens it; returns its recovery key. */
    String encrypt(char[] passphrase) throws StoreRefusal;
}
