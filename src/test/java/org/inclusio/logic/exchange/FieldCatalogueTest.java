package org.inclusio.logic.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import io.ebean.Database;
import io.ebeaninternal.api.SpiEbeanServer;
import io.ebeaninternal.server.deploy.BeanDescriptor;
import io.ebeaninternal.server.deploy.BeanProperty;
import io.ebeaninternal.server.deploy.BeanPropertyAssocMany;
import io.ebeaninternal.server.deploy.BeanPropertyAssocOne;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.inclusio.persistence.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The field catalogue ({@link RecordKind}, with the limits of {@code FieldLimits}) against Ebean's own
 * metadata of the entities: every persistent property of each exchanged entity is a field, a list or
 * part of the record's envelope, or is left out here on purpose with the reason; every field is a
 * column of its entity; and every text limit is the length of its column, so an editor, a file and the
 * store accept the same.
 */
class FieldCatalogueTest {

    /** Properties deliberately not carried as fields, "Entity.property", with the reason. */
    static final Map<String, String> EXCLUDED = Map.of(
            "Activity.participations", "carried as participations, which refer to their activity",
            "Activity.proposals", "carried as proposals, which refer to their activity",
            "Person.memberships", "carried as group memberships, which refer to their person",
            "Person.consents", "carried as consents, which refer to their person",
            "ProcessTeam.members", "carried as team memberships, which refer to their team",
            "ProcessTeam.referenceShares", "carried as reference shares, which refer to their team");

    /** What every record carries outside its fields. */
    static final Set<String> ENVELOPE = Set.of("id", "version", "whenCreated", "whenModified");

    @TempDir
    static Path dir;

    private static Store store;

    @BeforeAll
    static void open() {
        store = org.inclusio.testing.TestStores.open(dir);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static BeanDescriptor<?> descriptor(Database db, RecordKind kind) {
        return ((SpiEbeanServer) db).descriptors().stream()
                .filter(d -> d.baseTable() != null && d.baseTable().equalsIgnoreCase(kind.table()))
                .findFirst().orElseThrow(() -> new AssertionError("no entity is stored in " + kind.table()));
    }

    @Test
    void everyPersistentPropertyOfAnExchangedEntityIsInTheCatalogueOrLeftOutOnPurpose() {
        List<String> uncovered = new ArrayList<>();
        Set<String> excludedSeen = new HashSet<>();
        for (RecordKind kind : RecordKind.values()) {
            BeanDescriptor<?> entity = descriptor(store.database(), kind);
            Map<String, FieldSpec> byColumn = new HashMap<>();
            kind.fields().forEach(field -> byColumn.put(field.column(), field));
            Set<String> linkTables = new HashSet<>();
            kind.links().forEach(link -> linkTables.add(link.table()));
            for (BeanProperty property : entity.propertiesNonTransient()) {
                String name = entity.type().getSimpleName() + "." + property.name();
                if (EXCLUDED.containsKey(name)) {
                    excludedSeen.add(name);
                } else if (ENVELOPE.contains(property.name()) || property.isId() || property.isVersion()) {
                    continue;
                } else if (property.isSoftDelete()) {
                    assertThat(kind.softDeleted()).as(name + " is moved to the trash, so the records carry it").isTrue();
                } else if (property instanceof BeanPropertyAssocMany<?> many) {
                    if (!many.isManyToMany() || !linkTables.contains(many.intersectionTableJoin().getTable())) {
                        uncovered.add(name);
                    }
                } else if (!byColumn.containsKey(property.dbColumn())) {
                    uncovered.add(name + " (column " + property.dbColumn() + ")");
                }
            }
        }
        assertThat(uncovered).as("persistent properties neither in RecordKind nor in EXCLUDED").isEmpty();
        assertThat(excludedSeen).as("every exclusion names a property that exists").isEqualTo(EXCLUDED.keySet());
    }

    @Test
    void everyFieldIsAColumnOfItsEntityAndKeepsItsLimits() {
        for (RecordKind kind : RecordKind.values()) {
            BeanDescriptor<?> entity = descriptor(store.database(), kind);
            Map<String, BeanProperty> byColumn = new HashMap<>();
            for (BeanProperty property : entity.propertiesNonTransient()) {
                if (!(property instanceof BeanPropertyAssocMany<?>) && property.dbColumn() != null) {
                    byColumn.put(property.dbColumn().toLowerCase(Locale.ROOT), property);
                }
            }
            for (FieldSpec field : kind.fields()) {
                String where = kind.section() + "." + field.name();
                BeanProperty property = byColumn.get(field.column());
                assertThat(property).as(where + " is stored in column " + field.column()).isNotNull();
                switch (field.kind()) {
                    case TEXT -> assertThat(field.maxLength()).as(where + ": the limit is the column's length")
                            .isEqualTo(property.dbLength());
                    case REFERENCE -> {
                        assertThat(property).as(where + " refers to another record").isInstanceOf(BeanPropertyAssocOne.class);
                        assertThat(((BeanPropertyAssocOne<?>) property).targetDescriptor().baseTable())
                                .as(where + " refers to " + field.target().section())
                                .isEqualToIgnoringCase(field.target().table());
                    }
                    case INTEGER -> assertThat(property.type()).as(where + " holds whole numbers")
                            .isIn(int.class, Integer.class, long.class, Long.class);
                    case BOOLEAN -> assertThat(property.type()).as(where + " holds yes or no")
                            .isIn(boolean.class, Boolean.class);
                    case CHOICE -> assertThat(property.type().isEnum() || property.type() == String.class)
                            .as(where + " holds one of its choices").isTrue();
                    default -> { }
                }
                if (field.required() && field.kind() != FieldKind.REFERENCE && !property.type().isPrimitive()) {
                    assertThat(property.isNullable()).as(where + " is required, and so is its column").isFalse();
                }
            }
        }
    }
}
