package org.inclusio.benchmark;

import javafx.application.Application;

/**
 * Starts {@link BareWindowApp} from a class that is not an {@code Application}, so that a runtime with JavaFX on
 * its class path (an installed image's runtime) can start it as its main class: the baseline of
 * {@code installer/measure-startup.sh}.
 */
public final class BareWindowMain {

    private BareWindowMain() {
    }

    public static void main(String[] args) {
        Application.launch(BareWindowApp.class, args);
    }
}
