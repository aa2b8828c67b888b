package org.inclusio.logic.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.ebean.Database;
import io.ebean.SqlRow;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.inclusio.logic.demo.DemoRegionLoader;
import org.inclusio.logic.demo.DemoScale;
import org.inclusio.logic.trash.TrashKind;
import org.inclusio.logic.trash.TrashService;
import org.inclusio.model.Activity;
import org.inclusio.model.ExclusionFlag;
import org.inclusio.model.ExclusionKind;
import org.inclusio.model.Level;
import org.inclusio.model.Mode;
import org.inclusio.model.Organisation;
import org.inclusio.model.Participation;
import org.inclusio.model.Person;
import org.inclusio.model.PersonRole;
import org.inclusio.model.ProcessTeam;
import org.inclusio.model.Proposal;
import org.inclusio.persistence.Store;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreInfoServiceTest {

    @TempDir
    Path directory;

    private Store store;
    private Database db;
    private StoreInfoService service;

    @BeforeEach
    void open() {
        store = org.inclusio.testing.TestStores.open(directory);
        db = store.database();
        service = new StoreInfoService(db);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void aNewStoreIsEmpty() {
        assertThat(service.counts()).isEqualTo(new StoreCounts(0, 0, 0, 0, 0, 0, 0));
        assertThat(service.registers()).isEqualTo(new RegisterCounts(0, 0, 0));
        assertThat(service.isEmpty()).isTrue();
    }

    @Test
    void organisationsAloneStillCountAsEmpty() {
        db.save(organisation("Organisation A"));

        assertThat(service.counts().organisations()).isEqualTo(1);
        assertThat(service.isEmpty()).isTrue();
    }

    @Test
    void anyPersonTeamOrActivityMakesTheStoreNonEmpty() {
        db.save(person("P-0001"));
        assertThat(service.isEmpty()).isFalse();
    }

    @Test
    void countsLeaveOutSoftDeletedRecordsAndWhatHangsOnDeletedActivitiesOrPeople() {
        Organisation kept = organisation("Organisation A");
        Organisation removed = organisation("Organisation B");
        db.saveAll(kept, removed);
        db.delete(removed);

        ProcessTeam team = new ProcessTeam();
        team.setName("Team");
        team.setOrganisation(kept);
        ProcessTeam removedTeam = new ProcessTeam();
        removedTeam.setName("Old team");
        db.saveAll(team, removedTeam);
        db.delete(removedTeam);

        Person first = person("P-0001");
        Person second = person("P-0002");
        Person gone = person("P-0003");
        db.saveAll(first, second, gone);

        Activity meeting = activity("Meeting", team);
        Activity cancelled = activity("Cancelled meeting", team);
        db.saveAll(meeting, cancelled);
        db.saveAll(participation(meeting, first), participation(meeting, second), participation(meeting, gone),
                participation(cancelled, first), participation(cancelled, gone));
        db.saveAll(proposal(meeting, first), proposal(meeting, second), proposal(cancelled, first));

        ExclusionFlag open = flag(meeting);
        ExclusionFlag withdrawn = flag(meeting);
        db.saveAll(open, withdrawn);

        db.delete(gone);
        db.delete(cancelled);
        db.delete(withdrawn);

        // 5 participations: 1 on a deleted activity, 1 of a deleted person, 1 of both (left out once);
        // 3 proposals: 1 on a deleted activity
        assertThat(service.counts()).isEqualTo(new StoreCounts(1, 1, 2, 1, 2, 2, 1));
        assertThat(service.registers()).as("the status bar's counts").isEqualTo(new RegisterCounts(1, 2, 1));
        assertThat(service.isEmpty()).isFalse();
    }

    @Test
    void countsAgreeWithAFullRecountAfterDeletingRestoringAndPurging() throws Exception {
        new DemoRegionLoader(Locale.ENGLISH, Clock.fixed(Instant.parse("2025-06-30T10:00:00Z"), ZoneOffset.UTC))
                .load(db, DemoScale.EXAMPLE, 11L, null);
        TrashService trash = new TrashService(db);
        List<UUID> activities = ids("select id from activity order by id");
        List<UUID> people = ids("select id from person order by id");
        List<UUID> teams = ids("select id from process_team order by id");
        List<UUID> flags = ids("select id from exclusion_flag order by id");
        assertThat(service.counts()).isEqualTo(recount());

        for (int i = 0; i < 10; i++) {
            trash.moveToTrash(TrashKind.ACTIVITY, activities.get(i * 7));
            trash.moveToTrash(TrashKind.PERSON, people.get(i * 5));
        }
        trash.moveToTrash(TrashKind.PROCESS_TEAM, teams.get(0));
        if (!flags.isEmpty()) {
            trash.moveToTrash(TrashKind.EXCLUSION_FLAG, flags.get(0));
        }
        assertThat(service.counts()).isEqualTo(recount());

        trash.restore(TrashKind.ACTIVITY, activities.get(0));
        trash.restore(TrashKind.PERSON, people.get(5));
        trash.purge(TrashKind.ACTIVITY, activities.get(7));
        assertThat(service.counts()).isEqualTo(recount());
        assertThat(service.registers()).isEqualTo(new RegisterCounts(recount().processTeams(), recount().people(),
                recount().activities()));
    }

    @Test
    void aStoreOfSchema19MarksWhatIsAlreadyInTheTrashWhenUpgraded() throws Exception {
        new DemoRegionLoader(Locale.ENGLISH, Clock.fixed(Instant.parse("2025-06-30T10:00:00Z"), ZoneOffset.UTC))
                .load(db, DemoScale.EXAMPLE, 11L, null);
        TrashService trash = new TrashService(db);
        List<UUID> activities = ids("select id from activity order by id");
        List<UUID> people = ids("select id from person order by id");
        for (int i = 0; i < 4; i++) {
            trash.moveToTrash(TrashKind.ACTIVITY, activities.get(i * 3));
            trash.moveToTrash(TrashKind.PERSON, people.get(i * 2));
        }
        StoreCounts before = recount();
        // back to schema 1.9: no trash marks, an index on each deleted mark
        for (String table : List.of("activity", "exclusion_flag", "organisation", "person", "process_team")) {
            db.sqlUpdate("drop index ix_" + table + "_in_trash").execute();
            db.sqlUpdate("alter table " + table + " drop column in_trash").execute();
            db.sqlUpdate("create index ix_" + table + "_deleted on " + table + " (deleted)").execute();
        }
        assertThat(db.sqlUpdate("delete from db_migration where mversion = '1.10'").execute()).isEqualTo(1);
        store.close();

        store = org.inclusio.testing.TestStores.open(directory);
        db = store.database();
        service = new StoreInfoService(db);
        assertThat(store.schemaVersion()).isEqualTo(org.inclusio.persistence.SchemaVersions.CURRENT);
        assertThat(service.counts()).isEqualTo(before).isEqualTo(recount());
        assertThat(db.sqlQuery("select count(*) as n from activity where in_trash = true").findOne().getLong("n"))
                .isEqualTo(4);
        assertThat(new TrashService(db).list()).hasSize(8);
    }

    @Test
    void whatIsInTheTrashIsFoundThroughAnIndexNotByReadingEveryRecord() {
        org.junit.jupiter.api.Assumptions.assumeFalse(store.isServer(), "H2's query plans");
        for (String table : List.of("activity", "person", "process_team", "organisation", "exclusion_flag")) {
            String plan = db.sqlQuery("explain select count(*) from " + table + " where in_trash = true")
                    .findOne().getString("plan");
            assertThat(plan).as(table).containsIgnoringCase("ix_" + table + "_in_trash");
        }
    }

    @Test
    void theRegistersFirstPageIsReadInDateOrderNotThroughEveryLiveRecord() {
        org.junit.jupiter.api.Assumptions.assumeFalse(store.isServer(), "H2's query plans");
        // an index on deleted made H2 read every live activity for "deleted = false" and sort them all (schema 1.9)
        String plan = db.sqlQuery("explain select a.id from activity a where a.deleted = false"
                + " order by a.held_on desc, a.id limit 50").findOne().getString("plan");
        assertThat(plan).containsIgnoringCase("ix_activity_held_on");
        assertThat(db.sqlQuery("select count(*) as n from information_schema.index_columns"
                + " where column_name = 'DELETED' and ordinal_position = 1").findOne().getLong("n")).isZero();
    }

    /** Every count recounted from the live rows themselves, joined as the registers and analyses see them. */
    private StoreCounts recount() {
        SqlRow row = db.sqlQuery("""
                select
                  (select count(*) from organisation where deleted = false) as organisations,
                  (select count(*) from process_team where deleted = false) as teams,
                  (select count(*) from person where deleted = false) as people,
                  (select count(*) from activity where deleted = false) as activities,
                  (select count(*) from participation p join activity a on a.id = p.activity_id
                     join person s on s.id = p.person_id where a.deleted = false and s.deleted = false) as participations,
                  (select count(*) from proposal r join activity a on a.id = r.activity_id
                     where a.deleted = false) as proposals,
                  (select count(*) from exclusion_flag where deleted = false) as flags
                """).findOne();
        return new StoreCounts(row.getLong("organisations"), row.getLong("teams"), row.getLong("people"),
                row.getLong("activities"), row.getLong("participations"), row.getLong("proposals"),
                row.getLong("flags"));
    }

    private List<UUID> ids(String sql) {
        return db.sqlQuery(sql).mapToScalar(UUID.class).findList();
    }

    private static Organisation organisation(String name) {
        Organisation organisation = new Organisation();
        organisation.setName(name);
        return organisation;
    }

    private static Person person(String code) {
        Person person = new Person();
        person.setCode(code);
        person.setRole(PersonRole.PATIENT);
        return person;
    }

    private static Activity activity(String title, ProcessTeam team) {
        Activity activity = new Activity();
        activity.setTitle(title);
        activity.setHeldOn(LocalDate.of(2025, 3, 14));
        activity.setMode(Mode.CO_DESIGN);
        activity.setLevel(Level.GROUP);
        activity.setTeam(team);
        return activity;
    }

    private static Participation participation(Activity activity, Person person) {
        Participation participation = new Participation();
        participation.setActivity(activity);
        participation.setPerson(person);
        return participation;
    }

    private static Proposal proposal(Activity activity, Person proposer) {
        Proposal proposal = new Proposal();
        proposal.setActivity(activity);
        proposal.setProposer(proposer);
        proposal.setContent("Shorter meetings");
        return proposal;
    }

    private static ExclusionFlag flag(Activity activity) {
        ExclusionFlag flag = new ExclusionFlag();
        flag.setActivity(activity);
        flag.setKind(ExclusionKind.EXTERNAL);
        flag.setObservation("Nobody from the area came");
        return flag;
    }
}
