package org.inclusio.reliability;

/** The moments a kill can meet the store in. */
enum Phase {
    /** The first open of a new folder creates the store's tables ({@code demo} on a new folder, killed early). */
    SETUP("set-up", "first set-up of a new store's tables"),
    /** A store written by this program is migrated to a newer schema (a test-only extra migration). */
    UPGRADE("upgrade", "schema upgrade of a store with records"),
    /** {@code demo} loads the example region into an empty store. */
    DEMO("example load", "example region loaded into an empty store"),
    /** {@code import} of an interchange file exported from an example store into an empty store. */
    IMPORT("import", "interchange file imported into an empty store"),
    /** {@code export} of a whole example store to an interchange file. */
    EXPORT("export", "whole example store exported to an interchange file");

    private final String label;
    private final String description;

    Phase(String label, String description) {
        this.label = label;
        this.description = description;
    }

    String label() {
        return label;
    }

    String description() {
        return description;
    }
}
