package org.inclusio.logic.store;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.inclusio.model.Accommodation;
import org.inclusio.model.Barrier;
import org.inclusio.model.BuiltInAccommodation;
import org.inclusio.model.BuiltInBarrier;
import org.inclusio.model.BuiltInGroup;
import org.inclusio.model.DisadvantagedGroup;
import org.inclusio.model.Term;
import org.inclusio.model.VocabularyEntry;

/**
 * One of the three vocabularies a region can extend (disadvantaged groups, barriers,
 * accommodations): its entity type, its built-in terms, and the stable identity each built-in
 * entry gets, so stores created on different laptops agree on it and can be merged.
 *
 * @param <T> the entity that holds the vocabulary's entries
 */
public final class Vocabulary<T extends VocabularyEntry> {

    public static final Vocabulary<DisadvantagedGroup> GROUPS = new Vocabulary<>(
            "group", "disadvantaged_group", DisadvantagedGroup.class, DisadvantagedGroup::new, List.of(BuiltInGroup.values()));
    public static final Vocabulary<Barrier> BARRIERS = new Vocabulary<>(
            "barrier", "barrier", Barrier.class, Barrier::new, List.of(BuiltInBarrier.values()));
    public static final Vocabulary<Accommodation> ACCOMMODATIONS = new Vocabulary<>(
            "accommodation", "accommodation", Accommodation.class, Accommodation::new, List.of(BuiltInAccommodation.values()));

    private final String key;
    private final String table;
    private final Class<T> entityType;
    private final Supplier<T> factory;
    private final List<Term> builtIns;

    private Vocabulary(String key, String table, Class<T> entityType, Supplier<T> factory, List<Term> builtIns) {
        this.key = key;
        this.table = table;
        this.entityType = entityType;
        this.factory = factory;
        this.builtIns = builtIns;
    }

    /** All three vocabularies, in the order they are seeded. */
    public static List<Vocabulary<?>> all() {
        return List.of(GROUPS, BARRIERS, ACCOMMODATIONS);
    }

    /** The vocabulary an entry belongs to. */
    public static Vocabulary<?> of(VocabularyEntry entry) {
        Objects.requireNonNull(entry, "entry");
        for (Vocabulary<?> vocabulary : all()) {
            if (vocabulary.entityType.isInstance(entry)) {
                return vocabulary;
            }
        }
        throw new IllegalArgumentException("not a vocabulary entry type: " + entry.getClass().getName());
    }

    /** A short lower-case name used in stable identities and message keys: group, barrier, accommodation. */
    public String key() {
        return key;
    }

    /** The table that holds the vocabulary's entries. */
    public String table() {
        return table;
    }

    /** The vocabulary whose entries this table holds, if any. */
    public static Optional<Vocabulary<?>> ofTable(String table) {
        return all().stream().filter(vocabulary -> vocabulary.table.equals(table)).findFirst();
    }

    public Class<T> entityType() {
        return entityType;
    }

    /** The built-in terms; each becomes an entry whose code is the constant's name. */
    public List<Term> builtIns() {
        return builtIns;
    }

    /** The identity of the entry with this code: the same on every store. */
    public UUID stableId(String code) {
        return UUID.nameUUIDFromBytes(("inclusio:" + key + ":" + code).getBytes(UTF_8));
    }

    T newEntry() {
        return factory.get();
    }

    @Override
    public String toString() {
        return key;
    }
}
