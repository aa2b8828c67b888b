package org.inclusio.logic.store;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.inclusio.logic.i18n.Localization;
import org.inclusio.model.Term;
import org.inclusio.model.VocabularyEntry;

/**
 * The name and description of a vocabulary entry as a reader sees them. A built-in entry is
 * stored by its code; its texts come from the program's terms in this localisation's language,
 * unless the region renamed or re-described it (then the stored text wins). A region's own entry
 * shows what it was given.
 */
public final class VocabularyTexts {

    /** The language built-in entries were named in when the store still held their texts. */
    private static final Localization ORIGINAL = new Localization(Locale.ROOT);

    private final Localization l10n;

    public VocabularyTexts(Localization l10n) {
        this.l10n = Objects.requireNonNull(l10n, "l10n");
    }

    /** Texts in the language of this computer's default locale, for readers given no localisation. */
    public static VocabularyTexts ofDefaultLocale() {
        return new VocabularyTexts(new Localization(Locale.getDefault()));
    }

    public Localization localization() {
        return l10n;
    }

    /** The name to show for the entry. */
    public String name(VocabularyEntry entry) {
        return name(Vocabulary.of(entry), entry.getCode(), entry.isBuiltIn(), entry.getName());
    }

    /** The description to show for the entry; empty when it has none. */
    public String description(VocabularyEntry entry) {
        return description(Vocabulary.of(entry), entry.getCode(), entry.isBuiltIn(), entry.getDescription());
    }

    /**
     * The name to show for an entry read as columns.
     *
     * @param storedName the {@code name} column: the region's own name, or null for a built-in entry
     *                   it did not rename
     */
    public String name(Vocabulary<?> vocabulary, String code, boolean builtIn, String storedName) {
        if (hasText(storedName) || !builtIn) {
            return storedName == null ? "" : storedName;
        }
        return term(vocabulary, code).map(l10n::label).orElse(code == null ? "" : code);
    }

    /** The description to show for an entry read as columns; empty when it has none. */
    public String description(Vocabulary<?> vocabulary, String code, boolean builtIn, String storedDescription) {
        if (hasText(storedDescription) || !builtIn) {
            return storedDescription == null ? "" : storedDescription;
        }
        return term(vocabulary, code).map(l10n::help).map(VocabularyTexts::fitDescription).orElse("");
    }

    /**
     * True when {@code name} is only the program's own name of the built-in entry with this code, in
     * this language or in the language built-in entries were once stored in: storing it would add
     * nothing but a translation.
     */
    public boolean isDefaultName(Vocabulary<?> vocabulary, String code, String name) {
        Optional<Term> term = term(vocabulary, code);
        if (term.isEmpty() || name == null) {
            return false;
        }
        String clean = name.strip();
        return clean.equals(l10n.label(term.get()).strip()) || clean.equals(ORIGINAL.label(term.get()).strip());
    }

    /** Like {@link #isDefaultName}, for a description (also in the shortened form the store once kept). */
    public boolean isDefaultDescription(Vocabulary<?> vocabulary, String code, String description) {
        Optional<Term> term = term(vocabulary, code);
        if (term.isEmpty() || description == null) {
            return false;
        }
        String clean = description.strip();
        return clean.equals(fitDescription(l10n.help(term.get())))
                || clean.equals(fitDescription(ORIGINAL.help(term.get())));
    }

    /** The built-in term with this code, when the vocabulary has one. */
    public static Optional<Term> term(Vocabulary<?> vocabulary, String code) {
        if (code == null) {
            return Optional.empty();
        }
        return vocabulary.builtIns().stream().filter(term -> term.name().equals(code)).findFirst();
    }

    private static String fitDescription(String text) {
        String clean = text.strip();
        return clean.length() > VocabularyService.MAX_DESCRIPTION_LENGTH
                ? clean.substring(0, VocabularyService.MAX_DESCRIPTION_LENGTH).strip() : clean;
    }

    private static boolean hasText(String text) {
        return text != null && !text.isBlank();
    }
}
