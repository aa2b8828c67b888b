package org.inclusio.logic.analysis.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.ebean.Database;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.inclusio.logic.analysis.ActivityScope;
import org.inclusio.logic.analysis.AnalysisFilter;
import org.inclusio.logic.analysis.AnalysisFixture;
import org.inclusio.model.Accommodation;
import org.inclusio.model.Activity;
import org.inclusio.model.AttendanceStatus;
import org.inclusio.model.Level;
import org.inclusio.model.Mode;
import org.inclusio.model.Participation;
import org.inclusio.model.Person;
import org.inclusio.model.ProcessTeam;
import org.inclusio.model.RecruitmentRoute;
import org.inclusio.persistence.Store;
import org.inclusio.persistence.analytics.AggregateReader;
import org.inclusio.persistence.analytics.AnalyticsReplica;
import org.inclusio.persistence.analytics.StoreAggregates;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The meetings a detection run judges carry their lay attendances in the order of the attendances'
 * ids, as the databases sort identifiers (by their bytes, unsigned), whether the figures come from the
 * store or from its column copy, and whatever order the attendances were read in.
 */
class MeetingScanTest {

    /** Identifiers on both sides of the sign bit, which a signed comparison would put in another order. */
    private static final List<UUID> IDS = List.of(
            UUID.fromString("ffffffff-0000-4000-8000-000000000001"),
            UUID.fromString("00000000-0000-4000-8000-000000000002"),
            UUID.fromString("80000000-0000-4000-8000-000000000003"),
            UUID.fromString("7fffffff-ffff-4fff-bfff-ffffffffffff"),
            UUID.fromString("00000000-0000-4000-ffff-000000000004"),
            UUID.fromString("00000000-0000-4000-0000-000000000005"),
            UUID.fromString("c0000000-0000-4000-8000-000000000006"));

    @TempDir
    Path dir;

    private Store store;
    private Database db;
    private AnalysisFixture data;
    private AnalyticsReplica replica;

    @BeforeEach
    void open() {
        org.junit.jupiter.api.Assumptions.assumeFalse(org.inclusio.testing.TestServer.storesOnServer());
        store = org.inclusio.testing.TestStores.open(dir);
        db = store.database();
        data = new AnalysisFixture(db);
        replica = new AnalyticsReplica(store::jdbcConnection, new StoreAggregates(db));
    }

    @AfterEach
    void close() {
        if (replica != null) {
            replica.close();
        }
        if (store != null) {
            store.close();
        }
    }

    @Test
    void layAttendancesComeInTheDatabasesOrderOfTheirIdsFromTheStoreAndFromTheCopy() {
        ProcessTeam team = data.team("Team", data.organisation("Organisation"));
        Accommodation payment = data.accommodation("PAYMENT");
        Activity longMeeting = data.activity(team, LocalDate.of(2025, 3, 1), Mode.CO_DESIGN, Level.GROUP, 180);
        Activity shortMeeting = data.activity(team, LocalDate.of(2025, 3, 2), Mode.CO_DESIGN, Level.GROUP, 60);
        for (int i = 0; i < IDS.size(); i++) {
            Person person = i % 3 == 0 ? data.lay(RecruitmentRoute.OPEN_CALL, true) : data.lay();
            Participation participation = new Participation();
            participation.setId(IDS.get(i));
            participation.setActivity(longMeeting);
            participation.setPerson(person);
            participation.setInvited(true);
            participation.setAttendance(AttendanceStatus.ATTENDED);
            participation.setSpeakingTurns(i + 1);
            if (i % 2 == 0) {
                participation.setHeardRating(1 + i % 5);
            }
            if (i == 4) {
                participation.setAccommodationsOffered(List.of(payment));
            }
            db.save(participation);
            data.attended(shortMeeting, person, i);
        }
        data.attended(longMeeting, data.professional(), 30);

        List<UUID> byBytes = new ArrayList<>(IDS);
        byBytes.sort((a, b) -> a.toString().compareTo(b.toString()));
        assertThat(byBytes).as("the bytes' order is not Java's order of UUIDs")
                .isNotEqualTo(IDS.stream().sorted().toList());

        Map<UUID, Meeting> fromStore = meetings(new StoreAggregates(db));
        Map<UUID, Meeting> fromCopy = meetings(replica);
        assertThat(fromCopy).isEqualTo(fromStore);
        assertThat(List.copyOf(fromStore.keySet())).as("in the order they were held")
                .containsExactly(longMeeting.getId(), shortMeeting.getId());

        Meeting meeting = fromStore.get(longMeeting.getId());
        assertThat(meeting.layAttendances()).isEqualTo(byBytes)
                .isEqualTo(ordered("select pa.id from participation pa where pa.activity_id = :activity"
                        + " and pa.person_id in (select id from person where role <> 'PROFESSIONAL')", longMeeting));
        assertThat(meeting.rated()).isEqualTo(ordered("select pa.id from participation pa"
                + " where pa.activity_id = :activity and pa.heard_rating is not null"
                + " and pa.person_id in (select id from person where role <> 'PROFESSIONAL')", longMeeting))
                .hasSize(4);
        assertThat(meeting.unpaid()).isEqualTo(byBytes.stream()
                .filter(id -> IDS.indexOf(id) % 3 != 0 && IDS.indexOf(id) != 4).toList());
        assertThat(meeting.attendees()).isEqualTo(IDS.size() + 1);
        assertThat(meeting.turns()).isEqualTo(28 + 30);
        assertThat(meeting.layTurns()).isEqualTo(28);
        assertThat(meeting.ratings()).isEqualTo(4);
        assertThat(meeting.ratingTotal()).isEqualTo(1 + 3 + 5 + 2);
    }

    @Test
    void aRunReadsTheCopyOnceAndSeesChangesAtTheNextRun() {
        ProcessTeam team = data.team("Team", data.organisation("Organisation"));
        Activity first = data.meeting(team, LocalDate.of(2025, 3, 1));
        data.attended(first, data.lay(), 2);
        assertThat(meetings(replica)).hasSize(1);
        long copies = replica.copies();

        int seenInside = replica.readingOnce(() -> {
            int before = meetings(replica).size();
            Activity second = data.meeting(team, LocalDate.of(2025, 3, 2));
            data.attended(second, data.lay(), 3);
            assertThat(meetings(new StoreAggregates(db))).as("the store has it at once").hasSize(2);
            assertThat(meetings(replica).size()).as("the run keeps the state it began with").isEqualTo(before);
            return before;
        });
        assertThat(seenInside).isEqualTo(1);
        assertThat(replica.copies()).as("nothing copied during the run").isEqualTo(copies);
        assertThat(meetings(replica)).as("the next query sees the change").hasSize(2)
                .isEqualTo(meetings(new StoreAggregates(db)));
    }

    private Map<UUID, Meeting> meetings(AggregateReader reader) {
        Map<UUID, Meeting> meetings = new LinkedHashMap<>();
        MeetingScan.forEach(reader, ActivityScope.of(AnalysisFilter.all()),
                meeting -> meetings.put(meeting.activityId(), meeting));
        return meetings;
    }

    /** The ids the query selects, sorted by the store. */
    private List<UUID> ordered(String sql, Activity activity) {
        return db.sqlQuery(sql + " order by pa.id").setParameter("activity", activity.getId())
                .mapTo((rs, row) -> rs.getObject(1, UUID.class)).findList();
    }
}
