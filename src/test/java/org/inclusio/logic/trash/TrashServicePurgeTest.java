package org.inclusio.logic.trash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ebean.Database;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.inclusio.logic.activity.ActivityDraft;
import org.inclusio.logic.activity.ActivityService;
import org.inclusio.logic.activity.ParticipationDraft;
import org.inclusio.logic.activity.ProposalDraft;
import org.inclusio.logic.i18n.Localization;
import org.inclusio.logic.store.VocabularyService;
import org.inclusio.model.Activity;
import org.inclusio.model.AttendanceStatus;
import org.inclusio.model.Barrier;
import org.inclusio.model.ExclusionFlag;
import org.inclusio.model.ExclusionKind;
import org.inclusio.model.Level;
import org.inclusio.model.Mode;
import org.inclusio.model.Person;
import org.inclusio.model.PersonRole;
import org.inclusio.model.ProposalOutcome;
import org.inclusio.persistence.Store;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrashServicePurgeTest {

    private static final LocalDate DAY = LocalDate.of(2024, 5, 2);

    @TempDir
    Path dir;

    private Store store;
    private Database db;
    private ActivityService activities;
    private TrashService trash;
    private UUID barrierId;

    @BeforeEach
    void open() {
        Localization l10n = new Localization(Locale.ENGLISH);
        store = org.inclusio.testing.TestStores.open(dir);
        db = store.database();
        activities = new ActivityService(db, l10n);
        trash = new TrashService(db);
        VocabularyService vocabulary = new VocabularyService(db);
        vocabulary.seedBuiltIns();
        barrierId = vocabulary.activeBarriers().get(0).getId();
    }

    @AfterEach
    void close() {
        store.close();
    }

    private UUID person(String code) {
        Person person = new Person();
        person.setCode(code);
        person.setRole(PersonRole.PATIENT);
        db.save(person);
        return person.getId();
    }

    private UUID activityWith(UUID personId, String code) {
        ParticipationDraft attended = new ParticipationDraft(personId, code, true, DAY, null, Set.of(),
                AttendanceStatus.ATTENDED, null, Set.of(barrierId), 3, 1, 4, 4);
        ProposalDraft proposal = new ProposalDraft(null, personId, code, "Evening meetings", ProposalOutcome.PENDING,
                null, null);
        ActivityDraft draft = new ActivityDraft(null, 0, "Lung health workshop", DAY, null, 60, 0, "", Mode.CO_DESIGN,
                Level.GROUP, null, null, "", Set.of(), null, null, null, "", "", Set.of(barrierId), Set.of(),
                List.of(attended), List.of(proposal));
        UUID id = activities.save(draft).id();
        ExclusionFlag flag = new ExclusionFlag();
        flag.setActivity(db.reference(Activity.class, id));
        flag.setKind(ExclusionKind.EXTERNAL);
        flag.setObservation("No interpreter");
        db.save(flag);
        return id;
    }

    private long rows(String table) {
        return db.sqlQuery("select count(*) from " + table).mapToScalar(Long.class).findOne();
    }

    @Test
    void purgingAnActivityRemovesItsParticipationsProposalsFlagsAndLinks() {
        UUID personId = person("P-0001");
        UUID activityId = activityWith(personId, "P-0001");
        assertThat(rows("participation_barrier")).isEqualTo(1);
        trash.moveToTrash(TrashKind.ACTIVITY, activityId);

        trash.purge(TrashKind.ACTIVITY, activityId);

        assertThat(rows("activity")).isZero();
        assertThat(rows("participation")).isZero();
        assertThat(rows("participation_barrier")).isZero();
        assertThat(rows("proposal")).isZero();
        assertThat(rows("exclusion_flag")).isZero();
        assertThat(rows("activity_barrier")).isZero();
        assertThat(rows("barrier")).isPositive();
        assertThat(rows("person")).isEqualTo(1);
        assertThat(trash.list()).isEmpty();
    }

    @Test
    void aPersonWhoStillHasParticipationsIsNotPurged() {
        UUID personId = person("P-0002");
        activityWith(personId, "P-0002");
        trash.moveToTrash(TrashKind.PERSON, personId);

        assertThatThrownBy(() -> trash.purge(TrashKind.PERSON, personId))
                .isInstanceOfSatisfying(PurgeRefusedException.class, e -> {
                    assertThat(e.reason()).isEqualTo(PurgeRefusedException.Reason.PERSON_HAS_PARTICIPATIONS);
                    assertThat(e.messageKey()).isEqualTo("trash.refused.PERSON_HAS_PARTICIPATIONS");
                    assertThat(e.arguments()).containsExactly("P-0002", 1L);
                });
        assertThat(trash.list()).extracting(TrashItem::id).containsExactly(personId);
        assertThat(rows("participation")).isEqualTo(1);
    }

    @Test
    void aPersonWithoutParticipationsIsPurgedAndRecordsOutsideTheTrashAreLeftAlone() {
        UUID inTrash = person("P-0003");
        UUID active = person("P-0004");
        trash.moveToTrash(TrashKind.PERSON, inTrash);

        trash.purge(TrashKind.PERSON, inTrash);
        trash.purge(TrashKind.PERSON, active);

        assertThat(db.sqlQuery("select code from person").mapToScalar(String.class).findList())
                .containsExactly("P-0004");
    }

    @Test
    void purgingAPersonAfterTheirActivityIsPurgedSucceeds() {
        UUID personId = person("P-0005");
        UUID activityId = activityWith(personId, "P-0005");
        trash.moveToTrash(TrashKind.ACTIVITY, activityId);
        trash.moveToTrash(TrashKind.PERSON, personId);
        assertThat(trash.list()).hasSize(2);

        trash.purge(TrashKind.ACTIVITY, activityId);
        trash.purge(TrashKind.PERSON, personId);

        assertThat(rows("person")).isZero();
        assertThat(trash.list()).isEmpty();
    }
}
