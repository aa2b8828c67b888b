package org.inclusio.logic.exchange.sheet;

/**
 * A value a source value can be mapped to: a vocabulary constant ({@code CO_DESIGN}) or, for a
 * process team, organisation or disadvantaged group, its id; with the label shown to the user.
 * {@code term} is the vocabulary code the suggester matches common words against: the constant
 * itself, or a stored group's code ({@code NON_NATIVE_SPEAKERS}); empty when there is none.
 */
public record ValueOption(String code, String label, String term) {

    /** An option whose code is its own vocabulary term. */
    public ValueOption(String code, String label) {
        this(code, label, code);
    }

    public ValueOption {
        term = term == null ? "" : term;
    }

    @Override
    public String toString() {
        return label;
    }
}
