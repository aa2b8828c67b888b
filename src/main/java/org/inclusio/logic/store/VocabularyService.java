package org.inclusio.logic.store;

import io.ebean.Database;
import io.ebean.Transaction;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.inclusio.model.Accommodation;
import org.inclusio.model.Barrier;
import org.inclusio.model.DisadvantagedGroup;
import org.inclusio.model.Term;
import org.inclusio.model.VocabularyEntry;

/**
 * Keeps the three extendable vocabularies: seeds the built-in entries with stable identities,
 * lists entries, and lets a region add, rename, retire and reinstate its own. Each change runs in
 * a transaction of its own.
 */
public final class VocabularyService {

    /** Longest name the store holds. */
    public static final int MAX_NAME_LENGTH = 120;
    /** Longest description the store holds. */
    public static final int MAX_DESCRIPTION_LENGTH = 1000;

    private final Database database;
    private final VocabularyTexts texts;

    /** A service naming built-in entries in the language of this computer's default locale. */
    public VocabularyService(Database database) {
        this(database, VocabularyTexts.ofDefaultLocale());
    }

    /** A service naming built-in entries with {@code texts} (in lists, orderings and name checks). */
    public VocabularyService(Database database, VocabularyTexts texts) {
        this.database = Objects.requireNonNull(database, "database");
        this.texts = Objects.requireNonNull(texts, "texts");
    }

    /** How entries are named and described for the reader. */
    public VocabularyTexts texts() {
        return texts;
    }

    /**
     * Adds every built-in group, barrier and accommodation the store does not hold yet, by code
     * alone: their names and descriptions are the program's, shown in the reader's language.
     * Entries already there are left as they are, so a name the region changed stays, and running
     * it again changes nothing.
     *
     * @return how many entries were added
     */
    public int seedBuiltIns() {
        int added = 0;
        try (Transaction transaction = database.beginTransaction()) {
            for (Vocabulary<?> vocabulary : Vocabulary.all()) {
                added += seed(vocabulary);
            }
            transaction.commit();
        }
        return added;
    }

    private <T extends VocabularyEntry> int seed(Vocabulary<T> vocabulary) {
        Set<String> codes = new HashSet<>();
        Set<UUID> ids = new HashSet<>();
        for (T entry : database.find(vocabulary.entityType()).findList()) {
            codes.add(entry.getCode());
            ids.add(entry.getId());
        }
        int added = 0;
        for (Term term : vocabulary.builtIns()) {
            String code = term.name();
            UUID id = vocabulary.stableId(code);
            if (codes.contains(code) || ids.contains(id)) {
                continue;
            }
            T entry = vocabulary.newEntry();
            entry.setId(id);
            entry.setCode(code);
            entry.setBuiltIn(true);
            entry.setActive(true);
            database.insert(entry);
            added++;
        }
        return added;
    }

    private <T extends VocabularyEntry> List<T> byName(List<T> entries) {
        Comparator<T> byName = Comparator.comparing((T entry) -> texts.name(entry), String.CASE_INSENSITIVE_ORDER)
                .thenComparing(VocabularyEntry::getCode);
        entries.sort(byName);
        return entries;
    }

    /** The entries in use, by name. */
    public <T extends VocabularyEntry> List<T> active(Vocabulary<T> vocabulary) {
        return byName(database.find(vocabulary.entityType()).where().eq("active", true).findList());
    }

    /** Every entry, retired ones included, by name. */
    public <T extends VocabularyEntry> List<T> all(Vocabulary<T> vocabulary) {
        return byName(database.find(vocabulary.entityType()).findList());
    }

    /** The entry with this code, retired or not. */
    public <T extends VocabularyEntry> Optional<T> findByCode(Vocabulary<T> vocabulary, String code) {
        return database.find(vocabulary.entityType()).where().eq("code", code).findOneOrEmpty();
    }

    public List<DisadvantagedGroup> activeGroups() {
        return active(Vocabulary.GROUPS);
    }

    public List<DisadvantagedGroup> allGroups() {
        return all(Vocabulary.GROUPS);
    }

    public List<Barrier> activeBarriers() {
        return active(Vocabulary.BARRIERS);
    }

    public List<Barrier> allBarriers() {
        return all(Vocabulary.BARRIERS);
    }

    public List<Accommodation> activeAccommodations() {
        return active(Vocabulary.ACCOMMODATIONS);
    }

    public List<Accommodation> allAccommodations() {
        return all(Vocabulary.ACCOMMODATIONS);
    }

    public DisadvantagedGroup addRegionalGroup(String name, String description) {
        return addRegional(Vocabulary.GROUPS, name, description);
    }

    public Barrier addRegionalBarrier(String name, String description) {
        return addRegional(Vocabulary.BARRIERS, name, description);
    }

    public Accommodation addRegionalAccommodation(String name, String description) {
        return addRegional(Vocabulary.ACCOMMODATIONS, name, description);
    }

    /**
     * Adds an entry of the region's own, active, with a code made from its name.
     *
     * @throws VocabularyException when the name is blank, too long or already used in this
     *                             vocabulary (ignoring case), or the description is too long
     */
    public <T extends VocabularyEntry> T addRegional(Vocabulary<T> vocabulary, String name, String description) {
        String cleanName = checkedName(name);
        String cleanDescription = checkedDescription(description);
        try (Transaction transaction = database.beginTransaction()) {
            refuseDuplicate(vocabulary, cleanName, null);
            T entry = vocabulary.newEntry();
            entry.setCode(RegionalCodes.forName(cleanName, code -> codeTaken(vocabulary, code)));
            entry.setName(cleanName);
            entry.setDescription(cleanDescription);
            entry.setBuiltIn(false);
            entry.setActive(true);
            database.insert(entry);
            transaction.commit();
            return entry;
        }
    }

    /**
     * Gives an entry, built-in or regional, a new name; its code and identity stay. A built-in
     * entry given the program's own name again keeps no stored name, so it follows the reader's
     * language once more.
     *
     * @return the entry as now stored
     * @throws VocabularyException when the name is blank, too long or used by another entry of
     *                             the vocabulary, or the entry no longer exists
     */
    public <T extends VocabularyEntry> T rename(T entry, String newName) {
        String cleanName = checkedName(newName);
        Vocabulary<T> vocabulary = vocabularyOf(entry);
        try (Transaction transaction = database.beginTransaction()) {
            T stored = stored(vocabulary, entry);
            refuseDuplicate(vocabulary, cleanName, stored.getId());
            stored.setName(ownName(vocabulary, stored, cleanName));
            database.update(stored);
            transaction.commit();
            return stored;
        }
    }

    /**
     * Gives the entry with this identity a new name and description; its code, identity and
     * built-in mark stay. Both are checked as for {@link #addRegional}. For a built-in entry, a text
     * equal to the program's own is not stored (the entry keeps following the reader's language);
     * a different one is the region's and is shown instead of the program's in every language.
     *
     * @return the entry as now stored
     * @throws VocabularyException when the name or description is not acceptable or the entry no
     *                             longer exists
     */
    public <T extends VocabularyEntry> T edit(Vocabulary<T> vocabulary, UUID id, String newName,
                                             String newDescription) {
        String cleanName = checkedName(newName);
        String cleanDescription = checkedDescription(newDescription);
        try (Transaction transaction = database.beginTransaction()) {
            T stored = stored(vocabulary, id, newName);
            refuseDuplicate(vocabulary, cleanName, stored.getId());
            stored.setName(ownName(vocabulary, stored, cleanName));
            stored.setDescription(stored.isBuiltIn()
                    && (cleanDescription == null || texts.isDefaultDescription(vocabulary, stored.getCode(),
                    cleanDescription)) ? null : cleanDescription);
            database.update(stored);
            transaction.commit();
            return stored;
        }
    }

    /** Retires or reinstates the entry with this identity; see {@link #setActive(VocabularyEntry, boolean)}. */
    public <T extends VocabularyEntry> T setActive(Vocabulary<T> vocabulary, UUID id, boolean active) {
        try (Transaction transaction = database.beginTransaction()) {
            T stored = stored(vocabulary, id, String.valueOf(id));
            if (stored.isActive() != active) {
                stored.setActive(active);
                database.update(stored);
            }
            transaction.commit();
            return stored;
        }
    }

    /**
     * Retires an entry (no longer offered for new records; old records keep it) or brings it back.
     *
     * @return the entry as now stored
     */
    public <T extends VocabularyEntry> T setActive(T entry, boolean active) {
        Vocabulary<T> vocabulary = vocabularyOf(entry);
        try (Transaction transaction = database.beginTransaction()) {
            T stored = stored(vocabulary, entry);
            if (stored.isActive() != active) {
                stored.setActive(active);
                database.update(stored);
            }
            transaction.commit();
            return stored;
        }
    }

    /** The name to store: none for a built-in entry given the program's own name. */
    private String ownName(Vocabulary<?> vocabulary, VocabularyEntry stored, String cleanName) {
        return stored.isBuiltIn() && texts.isDefaultName(vocabulary, stored.getCode(), cleanName) ? null : cleanName;
    }

    @SuppressWarnings("unchecked")
    private static <T extends VocabularyEntry> Vocabulary<T> vocabularyOf(T entry) {
        return (Vocabulary<T>) Vocabulary.of(entry);
    }

    private <T extends VocabularyEntry> T stored(Vocabulary<T> vocabulary, T entry) {
        return stored(vocabulary, entry.getId(), texts.name(entry));
    }

    private <T extends VocabularyEntry> T stored(Vocabulary<T> vocabulary, UUID id, String name) {
        T stored = id == null ? null : database.find(vocabulary.entityType(), id);
        if (stored == null) {
            throw new VocabularyException(VocabularyException.Problem.NOT_FOUND,
                    "The " + vocabulary.key() + " '" + name + "' is not in the store.", name);
        }
        return stored;
    }

    private <T extends VocabularyEntry> void refuseDuplicate(Vocabulary<T> vocabulary, String name, UUID exceptId) {
        // built-in entries are named at display time, so names are compared as the reader sees them
        boolean taken = database.find(vocabulary.entityType()).findList().stream()
                .filter(entry -> !entry.getId().equals(exceptId))
                .anyMatch(entry -> texts.name(entry).equalsIgnoreCase(name));
        if (taken) {
            throw new VocabularyException(VocabularyException.Problem.DUPLICATE_NAME,
                    "A " + vocabulary.key() + " named '" + name + "' already exists (names are compared ignoring case).",
                    name);
        }
    }

    private <T extends VocabularyEntry> boolean codeTaken(Vocabulary<T> vocabulary, String code) {
        return database.find(vocabulary.entityType()).where().eq("code", code).exists();
    }

    private static String checkedName(String name) {
        if (name == null || name.isBlank()) {
            throw new VocabularyException(VocabularyException.Problem.BLANK_NAME, "The name must not be blank.");
        }
        String clean = name.strip();
        if (clean.length() > MAX_NAME_LENGTH) {
            throw new VocabularyException(VocabularyException.Problem.NAME_TOO_LONG,
                    "The name has " + clean.length() + " characters; at most " + MAX_NAME_LENGTH + " are allowed.",
                    clean.length(), MAX_NAME_LENGTH);
        }
        return clean;
    }

    private static String checkedDescription(String description) {
        if (description == null || description.isBlank()) {
            return null;
        }
        String clean = description.strip();
        if (clean.length() > MAX_DESCRIPTION_LENGTH) {
            throw new VocabularyException(VocabularyException.Problem.DESCRIPTION_TOO_LONG,
                    "The description has " + clean.length() + " characters; at most " + MAX_DESCRIPTION_LENGTH
                            + " are allowed.",
                    clean.length(), MAX_DESCRIPTION_LENGTH);
        }
        return clean;
    }
}
