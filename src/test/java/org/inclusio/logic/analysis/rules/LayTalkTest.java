package org.inclusio.logic.analysis.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.ebean.Database;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.inclusio.logic.analysis.ActivityScope;
import org.inclusio.logic.analysis.AnalysisFilter;
import org.inclusio.logic.demo.DemoRegionLoader;
import org.inclusio.logic.demo.DemoScale;
import org.inclusio.model.Activity;
import org.inclusio.persistence.Store;
import org.inclusio.persistence.analytics.StoreAggregates;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The lay totals per team a detection run takes from its meetings are the totals read from the
 * database, for every kind of filter: teams, activities without a team, activities where turns were
 * not counted, and a period without activities.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LayTalkTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-30T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    static Path directory;

    private Store store;
    private Database db;

    @BeforeAll
    void loadExample() throws Exception {
        store = org.inclusio.testing.TestStores.open(directory.resolve("example"));
        db = store.database();
        new DemoRegionLoader(Locale.ENGLISH, CLOCK).load(db, DemoScale.EXAMPLE, 20_250_630L, null);
    }

    @AfterAll
    void close() {
        if (store != null) {
            store.close();
        }
    }

    @Test
    void theMeetingsSumsPerTeamAreTheTotalsReadFromTheDatabase() {
        List<Activity> activities = db.find(Activity.class).where().eq("deleted", false).orderBy("id").findList();
        // what the comparison must cover: counted and uncounted turns, with and without a team
        Activity withoutTeam = activities.get(0);
        withoutTeam.setTeam(null);
        db.save(withoutTeam);
        for (Activity uncounted : activities.subList(1, 6)) {
            uncounted.setTalkCounted(false);
            db.save(uncounted);
        }
        UUID team = activities.stream().filter(activity -> activity.getTeam() != null).findFirst().orElseThrow()
                .getTeam().getId();

        List<AnalysisFilter> filters = List.of(AnalysisFilter.all(),
                AnalysisFilter.all().withPeriod(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 3, 31)),
                AnalysisFilter.all().withTeam(team),
                AnalysisFilter.all().withPeriod(LocalDate.of(2030, 1, 1), null));
        StoreAggregates aggregates = new StoreAggregates(db);
        for (AnalysisFilter filter : filters) {
            LayTalk read = new LayTalk(aggregates, filter);
            LayTalk summed = new LayTalk(aggregates, filter);
            LayTalk.TeamSums sums = new LayTalk.TeamSums();
            List<Meeting> meetings = new ArrayList<>();
            MeetingScan.forEach(aggregates, ActivityScope.of(filter), meeting -> {
                meetings.add(meeting);
                sums.add(meeting);
            });
            summed.knowByTeam(sums);
            assertThat(summed.byTeam()).as("filter %s", filter).isEqualTo(read.byTeam());
            if (filter == filters.get(0)) {
                assertThat(read.byTeam()).as("teams and the activities without one").containsKey(null)
                        .hasSizeGreaterThan(2);
                assertThat(meetings).as("meetings where turns were counted and where not")
                        .anyMatch(Meeting::talkCounted).anyMatch(meeting -> !meeting.talkCounted());
            }
        }
    }
}
