package org.inclusio.logic.flag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ebean.Database;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.inclusio.logic.activity.ActivityDraft;
import org.inclusio.logic.activity.ActivityService;
import org.inclusio.logic.edit.EditConflictException;
import org.inclusio.logic.edit.FieldProblem;
import org.inclusio.logic.edit.ValidationException;
import org.inclusio.logic.i18n.Localization;
import org.inclusio.logic.store.Vocabulary;
import org.inclusio.logic.store.VocabularyService;
import org.inclusio.model.Activity;
import org.inclusio.model.DisadvantagedGroup;
import org.inclusio.model.ExclusionFlag;
import org.inclusio.model.ExclusionKind;
import org.inclusio.model.FlagOrigin;
import org.inclusio.model.FlagStatus;
import org.inclusio.model.Severity;
import org.inclusio.persistence.Store;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FlagServiceTest {

    private static final LocalDate DAY = LocalDate.of(2024, 3, 14);

    @TempDir
    Path dir;

    private Store store;
    private Database db;
    private FlagService flags;
    private UUID activityId;
    private DisadvantagedGroup group;

    @BeforeEach
    void open() {
        Localization l10n = new Localization(Locale.ENGLISH);
        store = org.inclusio.testing.TestStores.open(dir);
        db = store.database();
        flags = new FlagService(db, l10n);
        VocabularyService vocabulary = new VocabularyService(db);
        group = vocabulary.addRegional(Vocabulary.GROUPS, "Night-shift workers", null);
        ActivityDraft blank = ActivityDraft.blank(DAY);
        ActivityDraft titled = new ActivityDraft(null, 0, "Diabetes day", DAY, null, 90, 0, "", blank.mode(),
                blank.level(), null, null, "", java.util.Set.of(), null, null, null, "", "", java.util.Set.of(),
                java.util.Set.of(), List.of(), List.of());
        activityId = new ActivityService(db, l10n).save(titled).id();
    }

    @AfterEach
    void close() {
        store.close();
    }

    private FlagDraft manual(String observation) {
        return new FlagDraft(null, 0, activityId, null, ExclusionKind.INTERNAL, group.getId(), null, observation,
                Severity.HIGH, FlagStatus.OPEN, "Interpreter next time", DAY, FlagOrigin.MANUAL);
    }

    @Test
    void savesAManualFlagAndReadsItBack() {
        FlagDraft saved = flags.save(manual("  Two patients never got the floor  "));

        assertThat(saved.id()).isNotNull();
        assertThat(saved.observation()).isEqualTo("Two patients never got the floor");
        assertThat(saved.groupName()).isEqualTo("Night-shift workers");
        assertThat(saved.origin()).isEqualTo(FlagOrigin.MANUAL);
        List<FlagDraft> listed = flags.forActivity(activityId);
        assertThat(listed).containsExactly(saved);
        assertThat(listed.get(0).kind()).isEqualTo(ExclusionKind.INTERNAL);
        assertThat(listed.get(0).severity()).isEqualTo(Severity.HIGH);
        assertThat(listed.get(0).mitigation()).isEqualTo("Interpreter next time");
        assertThat(listed.get(0).observedOn()).isEqualTo(DAY);
    }

    @Test
    void anEditMovesTheVersionOnAndAStaleFormIsRefused() {
        FlagDraft saved = flags.save(manual("Not invited"));
        FlagDraft edited = flags.save(withStatus(saved, FlagStatus.MITIGATED));
        assertThat(edited.status()).isEqualTo(FlagStatus.MITIGATED);
        assertThat(edited.version()).isEqualTo(saved.version() + 1);

        assertThatThrownBy(() -> flags.save(withStatus(saved, FlagStatus.RESOLVED)))
                .isInstanceOf(EditConflictException.class);
        assertThat(flags.load(saved.id()).orElseThrow().status()).isEqualTo(FlagStatus.MITIGATED);
        assertThatThrownBy(() -> flags.moveToTrash(saved.id(), saved.version()))
                .isInstanceOf(EditConflictException.class);
    }

    @Test
    void aBlankObservationAndAReviewStatusAreRefusedWithMessagesPerField() {
        FlagDraft bad = withStatus(manual("   "), FlagStatus.DISMISSED);

        assertThatThrownBy(() -> flags.save(bad)).isInstanceOfSatisfying(ValidationException.class, e ->
                assertThat(e.problems()).extracting(FieldProblem::field).containsExactly("observation", "status"));
        assertThat(flags.forActivity(activityId)).isEmpty();
    }

    @Test
    void automaticFlagsAreListedButNeitherSavedNorDeletedByHand() {
        ExclusionFlag automatic = new ExclusionFlag();
        automatic.setActivity(db.reference(Activity.class, activityId));
        automatic.setKind(ExclusionKind.EXTERNAL);
        automatic.setObservation("No one from the group attended");
        automatic.setOrigin(FlagOrigin.AUTOMATIC);
        automatic.setRuleCode("GROUP_ABSENT");
        db.save(automatic);

        FlagDraft listed = flags.forActivity(activityId).get(0);
        assertThat(listed.isAutomatic()).isTrue();
        assertThatThrownBy(() -> flags.save(withStatus(listed, FlagStatus.RESOLVED)))
                .isInstanceOf(FlagNotEditableException.class);
        FlagDraft disguised = new FlagDraft(listed.id(), listed.version(), activityId, null, listed.kind(), null,
                null, "changed", Severity.LOW, FlagStatus.RESOLVED, null, null, FlagOrigin.MANUAL);
        assertThatThrownBy(() -> flags.save(disguised)).isInstanceOf(FlagNotEditableException.class);
        assertThatThrownBy(() -> flags.moveToTrash(listed.id(), listed.version()))
                .isInstanceOf(FlagNotEditableException.class);
        assertThat(flags.load(listed.id()).orElseThrow().observation()).isEqualTo("No one from the group attended");
    }

    @Test
    void aRuleFlagIsNamedInTheReadersLanguageWhateverLanguageItWasStoredIn() {
        ExclusionFlag automatic = new ExclusionFlag();
        automatic.setActivity(db.reference(Activity.class, activityId));
        automatic.setKind(ExclusionKind.EXTERNAL);
        automatic.setObservation("Group without a place");
        automatic.setOrigin(FlagOrigin.AUTOMATIC);
        automatic.setRuleCode("ABSENT_GROUP");
        db.save(automatic);
        FlagDraft handWritten = flags.save(manual("No interpreter came"));

        FlagService swedish = new FlagService(db, new Localization(Locale.forLanguageTag("sv-SE")));
        assertThat(swedish.load(automatic.getId()).orElseThrow().observation()).isEqualTo("Grupp utan plats");
        assertThat(swedish.load(handWritten.id()).orElseThrow().observation()).isEqualTo("No interpreter came");
        assertThat(flags.load(automatic.getId()).orElseThrow().observation()).isEqualTo("Group without a place");
    }

    @Test
    void aFlagMovedToTheTrashLeavesTheList() {
        FlagDraft kept = flags.save(manual("Kept"));
        FlagDraft gone = flags.save(manual("Gone"));

        flags.moveToTrash(gone.id(), gone.version());

        assertThat(flags.forActivity(activityId)).extracting(FlagDraft::id).containsExactly(kept.id());
        assertThat(flags.load(gone.id())).isEmpty();
    }

    private static FlagDraft withStatus(FlagDraft d, FlagStatus status) {
        return new FlagDraft(d.id(), d.version(), d.activityId(), d.teamId(), d.kind(), d.groupId(), d.groupName(),
                d.observation(), d.severity(), status, d.mitigation(), d.observedOn(), d.origin());
    }
}
