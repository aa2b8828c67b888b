package org.inclusio.logic.common;

import java.util.UUID;

/**
 * A record offered in a pick list: its identity and the text the user sees.
 *
 * @param id    the record
 * @param label its name, title or code
 */
public record Choice(UUID id, String label) {

    /**
     * The choice with the given id in a list; a record no longer offered (say, taken out of use)
     * still shows, as "?", so the form keeps the reference instead of silently dropping it.
     */
    public static Choice find(java.util.List<Choice> choices, UUID id) {
        return id == null ? null : choices.stream().filter(choice -> choice.id().equals(id)).findFirst()
                .orElse(new Choice(id, "?"));
    }

    /** The id of a choice, or null for none. */
    public static UUID idOf(Choice choice) {
        return choice == null ? null : choice.id();
    }

    @Override
    public String toString() {
        return label;
    }
}
