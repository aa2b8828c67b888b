package org.inclusio.gui.settings;

import java.util.UUID;
import org.inclusio.logic.store.VocabularyTexts;
import org.inclusio.model.VocabularyEntry;

/**
 * One entry of a vocabulary as the Settings table shows it, a built-in entry named and described
 * in the reader's language unless the region gave it its own texts.
 *
 * @param description may be empty
 */
public record VocabularyRow(UUID id, String name, String description, boolean builtIn, boolean active) {

    static VocabularyRow of(VocabularyEntry entry, VocabularyTexts texts) {
        return new VocabularyRow(entry.getId(), texts.name(entry), texts.description(entry), entry.isBuiltIn(),
                entry.isActive());
    }
}
