package org.inclusio.logic.common;

import java.util.UUID;

/**
 * A record offered in a pick list: its identity and the text the user sees.
 *
 * @param id    the record
 * @param label its name, title or code
 */
public record Choice(UUID id, String label) {

    @Override
    public String toString() {
        return label;
    }
}
