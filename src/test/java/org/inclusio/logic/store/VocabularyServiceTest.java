package org.inclusio.logic.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ebean.Database;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.Locale;
import org.inclusio.logic.i18n.Localization;
import org.inclusio.logic.store.VocabularyException.Problem;
import org.inclusio.model.Accommodation;
import org.inclusio.model.Barrier;
import org.inclusio.model.DisadvantagedGroup;
import org.inclusio.model.BuiltInBarrier;
import org.inclusio.model.BuiltInGroup;
import org.inclusio.model.VocabularyEntry;
import org.inclusio.persistence.Store;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VocabularyServiceTest {

    private static final Localization L10N = new Localization(Locale.UK);

    @TempDir
    Path directory;

    private Store store;
    private Database db;
    private VocabularyService service;

    @BeforeEach
    void open() {
        store = org.inclusio.testing.TestStores.open(directory.resolve("a"));
        db = store.database();
        service = new VocabularyService(db, new VocabularyTexts(L10N));
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void seedsEveryBuiltInEntryByItsCodeAndStableIdentityWithoutStoringItsTexts() {
        int added = service.seedBuiltIns();

        assertThat(added).isEqualTo(10 + 8 + 10);
        assertThat(service.allGroups()).hasSize(10);
        assertThat(service.allBarriers()).hasSize(8);
        assertThat(service.allAccommodations()).hasSize(10);

        DisadvantagedGroup group = service.findByCode(Vocabulary.GROUPS, "NON_NATIVE_SPEAKERS").orElseThrow();
        assertThat(group.getId()).isEqualTo(UUID.fromString("8a637353-b795-3e41-8131-f2eda6892445"));
        assertThat(group.getName()).isNull();
        assertThat(group.getDescription()).isNull();
        assertThat(service.texts().name(group)).isEqualTo(L10N.label(BuiltInGroup.NON_NATIVE_SPEAKERS))
                .isEqualTo("Non-native speakers");
        assertThat(service.texts().description(group)).isEqualTo(L10N.help(BuiltInGroup.NON_NATIVE_SPEAKERS));
        assertThat(group.isBuiltIn()).isTrue();
        assertThat(group.isActive()).isTrue();
        assertThat(service.findByCode(Vocabulary.BARRIERS, "LANGUAGE").orElseThrow().getId())
                .isEqualTo(UUID.fromString("573a1a82-0aa0-38b5-bf34-adffc27e7f22"));
        assertThat(service.findByCode(Vocabulary.ACCOMMODATIONS, "INTERPRETER").orElseThrow().getId())
                .isEqualTo(UUID.fromString("ab191d24-6973-3cb0-a8e5-9f77917db3fc"));
    }

    @Test
    void twoStoresGiveTheSameBuiltInEntryTheSameIdentity() {
        service.seedBuiltIns();
        try (Store other = org.inclusio.testing.TestStores.open(directory.resolve("b"))) {
            VocabularyService otherService = new VocabularyService(other.database());
            otherService.seedBuiltIns();

            assertThat(ids(otherService.allBarriers())).isEqualTo(ids(service.allBarriers()));
            assertThat(ids(otherService.allGroups())).isEqualTo(ids(service.allGroups()));
            assertThat(ids(otherService.allAccommodations())).isEqualTo(ids(service.allAccommodations()));
        }
    }

    private static List<UUID> ids(List<? extends VocabularyEntry> entries) {
        return entries.stream().map(VocabularyEntry::getId).sorted().toList();
    }

    @Test
    void seedingAgainChangesNothingAndKeepsNamesTheRegionChanged() {
        service.seedBuiltIns();
        Barrier language = service.findByCode(Vocabulary.BARRIERS, "LANGUAGE").orElseThrow();
        service.rename(language, "Language of the meeting");

        int addedAgain = service.seedBuiltIns();

        assertThat(addedAgain).isZero();
        Barrier after = service.findByCode(Vocabulary.BARRIERS, "LANGUAGE").orElseThrow();
        assertThat(after.getName()).isEqualTo("Language of the meeting");
        assertThat(after.getVersion()).isEqualTo(2);
        Barrier transport = service.findByCode(Vocabulary.BARRIERS, "TRANSPORT").orElseThrow();
        assertThat(transport.getName()).isNull();
        assertThat(service.texts().name(transport)).isEqualTo("Transport");
        assertThat(transport.getVersion()).isEqualTo(1);
        assertThat(service.allBarriers()).hasSize(8);
    }

    @Test
    void aBuiltInEntryRenamedBackToTheProgramsNameFollowsTheLanguageAgain() {
        service.seedBuiltIns();
        Barrier language = service.findByCode(Vocabulary.BARRIERS, "LANGUAGE").orElseThrow();

        Barrier renamed = service.rename(language, "Language of the meeting");
        assertThat(renamed.getName()).isEqualTo("Language of the meeting");
        assertThat(service.texts().name(renamed)).isEqualTo("Language of the meeting");

        Barrier back = service.rename(renamed, " Language ");
        assertThat(back.getName()).isNull();
        assertThat(service.texts().name(back)).isEqualTo(L10N.label(BuiltInBarrier.LANGUAGE));
    }

    @Test
    void editingABuiltInEntryStoresOnlyTheTextsTheRegionChanged() {
        service.seedBuiltIns();
        Barrier stigma = service.findByCode(Vocabulary.BARRIERS, "STIGMA").orElseThrow();
        String help = L10N.help(BuiltInBarrier.STIGMA);

        Barrier sameTexts = service.edit(Vocabulary.BARRIERS, stigma.getId(), service.texts().name(stigma), help);
        assertThat(sameTexts.getName()).isNull();
        assertThat(sameTexts.getDescription()).isNull();

        Barrier ownDescription = service.edit(Vocabulary.BARRIERS, stigma.getId(), "Stigma or shame",
                "Fear of being seen at a psychiatric clinic.");
        assertThat(ownDescription.getName()).isNull();
        assertThat(ownDescription.getDescription()).isEqualTo("Fear of being seen at a psychiatric clinic.");
        assertThat(service.texts().description(ownDescription)).isEqualTo("Fear of being seen at a psychiatric clinic.");

        Barrier cleared = service.edit(Vocabulary.BARRIERS, stigma.getId(), "Stigma or shame", " ");
        assertThat(cleared.getDescription()).isNull();
        assertThat(service.texts().description(cleared)).isEqualTo(help);
    }

    @Test
    void addsRegionalEntriesWithCodesMadeFromTheirNames() {
        service.seedBuiltIns();

        DisadvantagedGroup sami = service.addRegionalGroup("  Sámi speakers (north) ", "Speakers of a Sámi language");
        DisadvantagedGroup sami2 = service.addRegionalGroup("Sami speakers, north", null);
        Barrier shifts = service.addRegionalBarrier("Shift work", " ");
        Accommodation childcare = service.addRegionalAccommodation("Childcare", "A crèche during the meeting");

        assertThat(sami.getCode()).isEqualTo("REGION_SAMI_SPEAKERS_NORTH");
        assertThat(sami.getName()).isEqualTo("Sámi speakers (north)");
        assertThat(sami.getDescription()).isEqualTo("Speakers of a Sámi language");
        assertThat(sami.isBuiltIn()).isFalse();
        assertThat(sami.isActive()).isTrue();
        assertThat(sami2.getCode()).isEqualTo("REGION_SAMI_SPEAKERS_NORTH_2");
        assertThat(shifts.getCode()).isEqualTo("REGION_SHIFT_WORK");
        assertThat(shifts.getDescription()).isNull();
        assertThat(childcare.getCode()).isEqualTo("REGION_CHILDCARE");
        assertThat(service.findByCode(Vocabulary.ACCOMMODATIONS, "REGION_CHILDCARE").orElseThrow().getName())
                .isEqualTo("Childcare");
        assertThat(service.allGroups()).hasSize(12);
    }

    @Test
    void aNameWithoutLettersOrDigitsStillGetsACode() {
        assertThat(service.addRegionalBarrier("–––", null).getCode()).isEqualTo("REGION_ENTRY");
        assertThat(service.addRegionalBarrier("***", null).getCode()).isEqualTo("REGION_ENTRY_2");
    }

    @Test
    void listsActiveAndAllEntriesByNameIgnoringCase() {
        DisadvantagedGroup zeta = service.addRegionalGroup("zeta group", null);
        service.addRegionalGroup("Alpha group", null);
        service.addRegionalGroup("beta group", null);

        service.setActive(zeta, false);

        assertThat(names(service.allGroups())).containsExactly("Alpha group", "beta group", "zeta group");
        assertThat(names(service.activeGroups())).containsExactly("Alpha group", "beta group");
    }

    private static List<String> names(List<? extends VocabularyEntry> entries) {
        return entries.stream().map(VocabularyEntry::getName).toList();
    }

    @Test
    void retiredEntriesCanBeReinstated() {
        service.seedBuiltIns();
        Accommodation meal = service.findByCode(Vocabulary.ACCOMMODATIONS, "MEAL").orElseThrow();

        Accommodation retired = service.setActive(meal, false);
        assertThat(retired.isActive()).isFalse();
        assertThat(service.activeAccommodations()).hasSize(9).extracting(Accommodation::getCode).doesNotContain("MEAL");
        assertThat(service.allAccommodations()).hasSize(10);

        Accommodation back = service.setActive(retired, true);
        assertThat(back.isActive()).isTrue();
        assertThat(service.activeAccommodations()).hasSize(10);
    }

    @Test
    void renameKeepsCodeAndIdentity() {
        Barrier shifts = service.addRegionalBarrier("Shift work", null);

        Barrier renamed = service.rename(shifts, "Night shifts");

        assertThat(renamed.getId()).isEqualTo(shifts.getId());
        assertThat(renamed.getCode()).isEqualTo("REGION_SHIFT_WORK");
        assertThat(service.findByCode(Vocabulary.BARRIERS, "REGION_SHIFT_WORK").orElseThrow().getName())
                .isEqualTo("Night shifts");
        assertThat(service.rename(renamed, "NIGHT SHIFTS").getName()).isEqualTo("NIGHT SHIFTS");
    }

    @Test
    void refusesBlankNames() {
        assertThatThrownBy(() -> service.addRegionalGroup("   ", null))
                .isInstanceOfSatisfying(VocabularyException.class, e -> {
                    assertThat(e.problem()).isEqualTo(Problem.BLANK_NAME);
                    assertThat(e.messageKey()).isEqualTo("vocabulary.error.BLANK_NAME");
                })
                .hasMessage("The name must not be blank.");
        Barrier shifts = service.addRegionalBarrier("Shift work", null);
        assertThatThrownBy(() -> service.rename(shifts, null))
                .isInstanceOfSatisfying(VocabularyException.class,
                        e -> assertThat(e.problem()).isEqualTo(Problem.BLANK_NAME));
        assertThat(service.allGroups()).isEmpty();
    }

    @Test
    void refusesDuplicateNamesIgnoringCaseIncludingBuiltInOnes() {
        service.seedBuiltIns();
        service.addRegionalGroup("Shift workers", null);

        assertThatThrownBy(() -> service.addRegionalGroup("SHIFT WORKERS", null))
                .isInstanceOfSatisfying(VocabularyException.class, e -> {
                    assertThat(e.problem()).isEqualTo(Problem.DUPLICATE_NAME);
                    assertThat(e.arguments()).containsExactly("SHIFT WORKERS");
                })
                .hasMessage("A group named 'SHIFT WORKERS' already exists (names are compared ignoring case).");
        assertThatThrownBy(() -> service.addRegionalBarrier("LANGUAGE", null))
                .isInstanceOfSatisfying(VocabularyException.class,
                        e -> assertThat(e.problem()).isEqualTo(Problem.DUPLICATE_NAME));
        Barrier transport = service.findByCode(Vocabulary.BARRIERS, "TRANSPORT").orElseThrow();
        assertThatThrownBy(() -> service.rename(transport, "language"))
                .isInstanceOfSatisfying(VocabularyException.class,
                        e -> assertThat(e.problem()).isEqualTo(Problem.DUPLICATE_NAME));
        // the same name in another vocabulary is fine
        assertThat(service.addRegionalAccommodation("Shift workers", null).getCode()).isEqualTo("REGION_SHIFT_WORKERS");
        assertThat(service.allGroups()).hasSize(11);
    }

    @Test
    void refusesNamesAndDescriptionsThatAreTooLong() {
        String name121 = "n".repeat(121);
        assertThatThrownBy(() -> service.addRegionalAccommodation(name121, null))
                .isInstanceOfSatisfying(VocabularyException.class, e -> {
                    assertThat(e.problem()).isEqualTo(Problem.NAME_TOO_LONG);
                    assertThat(e.arguments()).containsExactly(121, 120);
                })
                .hasMessage("The name has 121 characters; at most 120 are allowed.");
        assertThatThrownBy(() -> service.addRegionalAccommodation("Childcare", "d".repeat(1001)))
                .isInstanceOfSatisfying(VocabularyException.class,
                        e -> assertThat(e.problem()).isEqualTo(Problem.DESCRIPTION_TOO_LONG))
                .hasMessage("The description has 1001 characters; at most 1000 are allowed.");

        Accommodation longest = service.addRegionalAccommodation("n".repeat(120), "d".repeat(1000));
        assertThat(longest.getCode()).isEqualTo("REGION_" + "N".repeat(48));
    }

    @Test
    void refusesToChangeAnEntryThatIsNotInTheStore() {
        DisadvantagedGroup never = new DisadvantagedGroup();
        never.setId(UUID.fromString("00000000-0000-0000-0000-000000000001"));
        never.setName("Ghost group");

        assertThatThrownBy(() -> service.rename(never, "Other"))
                .isInstanceOfSatisfying(VocabularyException.class,
                        e -> assertThat(e.problem()).isEqualTo(Problem.NOT_FOUND))
                .hasMessage("The group 'Ghost group' is not in the store.");
        assertThatThrownBy(() -> service.setActive(never, false))
                .isInstanceOfSatisfying(VocabularyException.class,
                        e -> assertThat(e.problem()).isEqualTo(Problem.NOT_FOUND));
    }
}
