package org.inclusio.gui.settings;

import java.util.UUID;
import org.inclusio.model.VocabularyEntry;

/**
 * One entry of a vocabulary as the Settings table shows it.
 *
 * @param description may be null
 */
public record VocabularyRow(UUID id, String name, String description, boolean builtIn, boolean active) {

    static VocabularyRow of(VocabularyEntry entry) {
        return new VocabularyRow(entry.getId(), entry.getName(), entry.getDescription(), entry.isBuiltIn(),
                entry.isActive());
    }
}
