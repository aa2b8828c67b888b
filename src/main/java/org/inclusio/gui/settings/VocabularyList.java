package org.inclusio.gui.settings;

import org.inclusio.logic.store.Vocabulary;
import org.inclusio.model.VocabularyEntry;

/** The three lists a region extends in Settings, in the order the selector offers them. */
public enum VocabularyList {
    GROUPS(Vocabulary.GROUPS),
    BARRIERS(Vocabulary.BARRIERS),
    ACCOMMODATIONS(Vocabulary.ACCOMMODATIONS);

    private final Vocabulary<? extends VocabularyEntry> vocabulary;

    VocabularyList(Vocabulary<? extends VocabularyEntry> vocabulary) {
        this.vocabulary = vocabulary;
    }

    public Vocabulary<? extends VocabularyEntry> vocabulary() {
        return vocabulary;
    }

    /** The key of the list's name in the messages bundle. */
    public String labelKey() {
        return "settings.vocabulary." + name();
    }
}
