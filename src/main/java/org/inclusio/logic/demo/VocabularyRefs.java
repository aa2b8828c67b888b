package org.inclusio.logic.demo;

import io.ebean.Database;
import java.util.EnumMap;
import java.util.Map;
import org.inclusio.logic.store.Vocabulary;
import org.inclusio.logic.store.VocabularyService;
import org.inclusio.model.Accommodation;
import org.inclusio.model.Barrier;
import org.inclusio.model.BuiltInAccommodation;
import org.inclusio.model.BuiltInBarrier;
import org.inclusio.model.BuiltInGroup;
import org.inclusio.model.DisadvantagedGroup;
import org.inclusio.model.VocabularyEntry;

/**
 * The stored built-in groups, barriers and accommodations the demo refers to, looked up by code
 * once and handed out as references (foreign keys only).
 */
final class VocabularyRefs {

    private final Map<BuiltInGroup, DisadvantagedGroup> groups = new EnumMap<>(BuiltInGroup.class);
    private final Map<BuiltInBarrier, Barrier> barriers = new EnumMap<>(BuiltInBarrier.class);
    private final Map<BuiltInAccommodation, Accommodation> accommodations = new EnumMap<>(BuiltInAccommodation.class);

    VocabularyRefs(Database database, VocabularyService vocabulary) {
        for (BuiltInGroup group : BuiltInGroup.values()) {
            groups.put(group, reference(database, vocabulary, Vocabulary.GROUPS, group.name()));
        }
        for (BuiltInBarrier barrier : BuiltInBarrier.values()) {
            barriers.put(barrier, reference(database, vocabulary, Vocabulary.BARRIERS, barrier.name()));
        }
        for (BuiltInAccommodation accommodation : BuiltInAccommodation.values()) {
            accommodations.put(accommodation,
                    reference(database, vocabulary, Vocabulary.ACCOMMODATIONS, accommodation.name()));
        }
    }

    private static <T extends VocabularyEntry> T reference(Database database, VocabularyService vocabulary,
                                                           Vocabulary<T> kind, String code) {
        T stored = vocabulary.findByCode(kind, code)
                .orElseThrow(() -> new IllegalStateException("built-in " + kind + " " + code + " is not in the store"));
        return database.reference(kind.entityType(), stored.getId());
    }

    DisadvantagedGroup group(BuiltInGroup group) {
        return groups.get(group);
    }

    Barrier barrier(BuiltInBarrier barrier) {
        return barriers.get(barrier);
    }

    Accommodation accommodation(BuiltInAccommodation accommodation) {
        return accommodations.get(accommodation);
    }
}
