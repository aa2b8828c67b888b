package org.inclusio.logic.exchange.sheet;

/**
 * A value a source value can be mapped to: a vocabulary constant ({@code CO_DESIGN}) or, for a
 * process team or organisation, its id; with the label shown to the user.
 */
public record ValueOption(String code, String label) {
    @Override
    public String toString() {
        return label;
    }
}
