package org.inclusio.persistence;

import java.nio.file.Path;

/** Test helper run as a separate process: opens a store, says so, and waits to be killed. */
public final class HoldStoreOpen {

    private HoldStoreOpen() {
    }

    public static void main(String[] args) throws InterruptedException {
        Store store = org.inclusio.testing.TestStores.open(Path.of(args[0]));
        System.out.println("OPEN");
        System.out.flush();
        Thread.sleep(60_000);
        store.close();
    }
}
