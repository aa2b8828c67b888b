package org.inclusio.model;

/**
 * A value of one of the application's fixed vocabularies. Its visible label and the help text
 * that explains it live in the resource bundle under {@link #labelKey()} and {@link #helpKey()}.
 */
public interface Term {

    String name();

    default String bundlePrefix() {
        return getClass().getSimpleName() + "." + name();
    }

    default String labelKey() {
        return bundlePrefix() + ".label";
    }

    default String helpKey() {
        return bundlePrefix() + ".help";
    }
}
