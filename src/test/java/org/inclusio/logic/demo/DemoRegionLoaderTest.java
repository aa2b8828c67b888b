package org.inclusio.logic.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.ebean.Database;
import io.ebean.SqlRow;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.inclusio.logic.store.StoreCounts;
import org.inclusio.logic.store.StoreInfoService;
import org.inclusio.logic.task.BackgroundTask;
import org.inclusio.logic.task.CancelledException;
import org.inclusio.logic.task.ProgressListener;
import org.inclusio.persistence.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoRegionLoaderTest {

    private static final LocalDate REFERENCE = LocalDate.of(2025, 6, 30);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-30T10:00:00Z"), ZoneOffset.UTC);
    private static final long SEED = 20_250_630L;
    private static final String DIABETES = "Diabetes process team";
    private static final String COPD = "COPD process team";
    private static final String PSYCHIATRY = "Psychiatry process team";
    private static final String STROKE = "Stroke rehabilitation process team";
    private static final String HEART_FAILURE = "Heart failure process team";
    private static final String LAY = "s.role <> 'PROFESSIONAL'";

    @TempDir
    static Path directory;

    private Store example;
    private Database db;
    private DemoSummary exampleSummary;

    private static DemoRegionLoader loader() {
        return new DemoRegionLoader(Locale.ENGLISH, CLOCK);
    }

    private Store open(String name) {
        return org.inclusio.testing.TestStores.open(directory.resolve(name));
    }

    @BeforeAll
    void loadExample() throws CancelledException {
        example = open("example");
        db = example.database();
        exampleSummary = loader().load(db, DemoScale.EXAMPLE, SEED, null);
    }

    @AfterAll
    void closeExample() {
        example.close();
    }

    // ---- size and shape of the example ----

    @Test
    void exampleHasTheSizeOfTheExampleScale() {
        StoreCounts counts = new StoreInfoService(db).counts();

        assertThat(counts.organisations()).isEqualTo(3);
        assertThat(counts.processTeams()).isEqualTo(6);
        assertThat(counts.people()).isEqualTo(150);
        assertThat(counts.activities()).isEqualTo(120);
        assertThat(counts.participations()).isEqualTo(120 * 9);
        assertThat(counts.proposals()).isPositive();
        assertThat(counts.exclusionFlags()).isEqualTo(4);
        assertThat(exampleSummary).isEqualTo(new DemoSummary(3, 6, 150, 120, 1080, counts.proposals(), 4, REFERENCE));
        assertThat(names("select name from process_team order by name")).containsExactly(
                "Alcohol and drug dependency process team", COPD, DIABETES, HEART_FAILURE, PSYCHIATRY, STROKE);
        assertThat(names("select governance_model from organisation order by governance_model"))
                .containsExactly("COMMAND_AND_CONTROL", "DEMOCRATIC_MULTI_STAKEHOLDER", "STEWARDSHIP");
    }

    @Test
    void loadLeavesEveryCommitDurableAgain() {
        List<String> writeDelays = db.sqlQuery("select distinct setting_value from information_schema.settings"
                + " where setting_name = 'WRITE_DELAY'").mapToScalar(String.class).findList();

        assertThat(writeDelays).containsExactly("0");
    }

    @Test
    void activitiesFillTheYearBeforeTheReferenceDate() {
        SqlRow row = db.sqlQuery("select min(held_on) as first_day, max(held_on) as last_day from activity").findOne();

        assertThat(row.getDate("first_day").toLocalDate()).isAfterOrEqualTo(REFERENCE.minusDays(365)).isBefore(REFERENCE.minusDays(330));
        assertThat(row.getDate("last_day").toLocalDate()).isBeforeOrEqualTo(REFERENCE).isAfter(REFERENCE.minusDays(30));
        assertThat(count("select count(*) from activity where team_id is null")).isEqualTo(12);
    }

    @Test
    void everyTeamHasProfessionalsOfSeveralLevelsOfCareAndReferenceShares() {
        List<SqlRow> rows = db.sqlQuery("""
                select t.name, count(distinct m.care_level) as levels, count(distinct m.profession) as professions,
                  (select count(*) from reference_share r where r.team_id = t.id and r.population_year = 2024
                     and r.source is not null and r.share > 0 and r.share < 1) as shares
                from process_team t join team_membership m on m.team_id = t.id
                where m.profession is not null group by t.id, t.name""").findList();

        assertThat(rows).hasSize(6).allSatisfy(row -> {
            assertThat(row.getInteger("levels")).isGreaterThanOrEqualTo(3);
            assertThat(row.getInteger("professions")).isGreaterThanOrEqualTo(5);
            assertThat(row.getInteger("shares")).isGreaterThanOrEqualTo(3);
        });
        assertThat(count("select count(*) from team_membership m join person s on s.id = m.person_id where " + LAY
                + " and m.profession is not null")).isZero();
    }

    @Test
    void codesArePseudonymousAndIdentitiesObviouslyFictional() {
        List<String> codes = names("select code from person order by code");
        assertThat(codes).allMatch(code -> code.matches("P-\\d{4}|S-\\d{3}"));
        assertThat(codes).startsWith("P-0001", "P-0002").contains("S-001").endsWith("S-040");
        // 7 + 6 + 6 + 7 + 5 + 6 team professionals and one facilitator for each of the 3 organisations
        assertThat(codes).filteredOn(code -> code.startsWith("S-")).hasSize(40);
        assertThat(count("select count(*) from person where code like 'S-%' and role <> 'PROFESSIONAL'")).isZero();
        assertThat(count("select count(*) from person where code like 'P-%' and role = 'PROFESSIONAL'")).isZero();

        List<String> fictionalSurnames = Arrays.asList(
                ResourceBundle.getBundle(DemoTexts.BUNDLE, Locale.ENGLISH).getString("names.last").split("\\|"));
        List<SqlRow> identities = db.sqlQuery("""
                select i.full_name, i.email, s.role from person_identity i join person s on s.id = i.person_id
                """).findList();
        assertThat(identities).hasSizeGreaterThan(14).allSatisfy(row -> {
            assertThat(row.getString("role")).isNotEqualTo("PROFESSIONAL");
            assertThat(fictionalSurnames).contains(row.getString("full_name").substring(
                    row.getString("full_name").indexOf(' ') + 1));
            assertThat(row.getString("email")).endsWith("@example.invalid");
        });
    }

    @Test
    void groupMembershipsExistOnlyUnderAConsentInForce() {
        assertThat(count("select count(*) from group_membership")).isGreaterThan(30);
        assertThat(count("""
                select count(*) from group_membership g join consent c on c.id = g.consent_id
                where c.person_id <> g.person_id or c.withdrawn_on is not null or c.given_on > current_date""")).isZero();
        assertThat(count("""
                select count(*) from group_membership g join person s on s.id = g.person_id
                where s.role = 'PROFESSIONAL'""")).isZero();
    }

    // ---- the patterns ----

    @Test
    void oneTeamHasExactlyOneLayMemberWhoIsHandPicked() {
        List<String> tokenTeams = names("""
                select t.name from process_team t
                where (select count(*) from team_membership m join person s on s.id = m.person_id
                       where m.team_id = t.id and %s) = 1
                  and exists (select 1 from team_membership m join person s on s.id = m.person_id
                       where m.team_id = t.id and %s and s.recruitment_route = 'HAND_PICKED'
                         and s.education = 'UNIVERSITY')""".formatted(LAY, LAY));

        assertThat(tokenTeams).containsExactly(DIABETES);
    }

    @Test
    void aGroupWithAShareOfTheTeamsPopulationIsNeverPresent() {
        List<SqlRow> missing = neverPresentGroups();

        assertThat(missing).extracting(row -> row.getString("team"), row -> row.getString("grp"))
                .contains(tuple(PSYCHIATRY, "NON_NATIVE_SPEAKERS"));
        assertThat(missing).extracting(row -> row.getString("team")).doesNotContain(HEART_FAILURE);
        // not even invited
        assertThat(count("""
                select count(*) from participation p join activity a on a.id = p.activity_id
                join process_team t on t.id = a.team_id
                join group_membership g on g.person_id = p.person_id
                join disadvantaged_group d on d.id = g.group_id
                where t.name = 'Psychiatry process team' and d.code = 'NON_NATIVE_SPEAKERS'""")).isZero();
    }

    private List<SqlRow> neverPresentGroups() {
        return db.sqlQuery("""
                select t.name as team, d.code as grp from reference_share r
                join process_team t on t.id = r.team_id join disadvantaged_group d on d.id = r.group_id
                where r.share > 0 and not exists (
                  select 1 from group_membership g where g.group_id = r.group_id and (
                    g.person_id in (select m.person_id from team_membership m where m.team_id = r.team_id)
                    or g.person_id in (select p.person_id from participation p join activity a on a.id = p.activity_id
                                       where a.team_id = r.team_id and p.attendance = 'ATTENDED')))""").findList();
    }

    @Test
    void professionalsTakeAtLeastSeventyPercentOfTheTurnsInTheDiabetesTeamButNotInTheGoodOne() {
        List<SqlRow> rows = db.sqlQuery("""
                select t.name as team,
                  sum(case when s.role = 'PROFESSIONAL' then p.speaking_turns else 0 end) as professional_turns,
                  sum(p.speaking_turns) as turns
                from participation p join activity a on a.id = p.activity_id
                join process_team t on t.id = a.team_id join person s on s.id = p.person_id
                group by t.name""").findList();

        assertThat(professionalShare(rows, DIABETES)).isGreaterThanOrEqualTo(0.7);
        assertThat(professionalShare(rows, HEART_FAILURE)).isLessThan(0.7);
    }

    private static double professionalShare(List<SqlRow> rows, String team) {
        SqlRow row = rows.stream().filter(r -> r.getString("team").equals(team)).findFirst().orElseThrow();
        return row.getDouble("professional_turns") / row.getDouble("turns");
    }

    @Test
    void layProposalsInTheCopdTeamArePendingForMoreThanSixMonthsOrRejected() {
        List<String> staleTeams = names("""
                select distinct t.name from proposal r join activity a on a.id = r.activity_id
                join process_team t on t.id = a.team_id join person s on s.id = r.proposer_id
                where %s and r.outcome = 'PENDING' and a.held_on < date '2024-12-30'""".formatted(LAY));
        List<SqlRow> copd = db.sqlQuery("""
                select r.outcome, count(*) as n from proposal r join activity a on a.id = r.activity_id
                join process_team t on t.id = a.team_id join person s on s.id = r.proposer_id
                where %s and t.name = 'COPD process team' group by r.outcome""".formatted(LAY)).findList();

        assertThat(staleTeams).containsExactly(COPD);
        assertThat(copd).extracting(row -> row.getString("outcome")).containsOnly("PENDING", "REJECTED")
                .contains("PENDING", "REJECTED");
    }

    @Test
    void noCollectiveActivitiesInCoDesignOrCoDelivery() {
        List<String> cells = names("select distinct mode || '/' || level from activity order by 1");

        assertThat(cells).containsExactly(
                "CO_ASSESSMENT/COLLECTIVE", "CO_ASSESSMENT/GROUP", "CO_ASSESSMENT/INDIVIDUAL",
                "CO_COMMISSIONING/COLLECTIVE", "CO_COMMISSIONING/GROUP", "CO_COMMISSIONING/INDIVIDUAL",
                "CO_DELIVERY/GROUP", "CO_DELIVERY/INDIVIDUAL",
                "CO_DESIGN/GROUP", "CO_DESIGN/INDIVIDUAL");
        assertThat(count("select count(*) from activity where level = 'COLLECTIVE'"
                + " and mode in ('CO_DESIGN', 'CO_DELIVERY')")).isZero();
    }

    @Test
    void aPersonIsInvitedRepeatedlyButAbsentEachTimeWithALanguageBarrierAndNoAccommodation() {
        List<SqlRow> rows = repeatedAbsences("");

        assertThat(rows).extracting(row -> row.getString("barrier"), row -> row.getString("team"))
                .contains(tuple("LANGUAGE", STROKE));
        SqlRow language = rows.stream().filter(row -> row.getString("barrier").equals("LANGUAGE")).findFirst()
                .orElseThrow();
        assertThat(language.getInteger("times")).isEqualTo(ParticipantPicker.ABSENTEE_INVITATIONS);
        assertThat(count("select count(*) from participation p join person s on s.id = p.person_id where s.code = '"
                + language.getString("code") + "'")).isEqualTo(ParticipantPicker.ABSENTEE_INVITATIONS);
        assertThat(count("""
                select count(*) from group_membership g join person s on s.id = g.person_id
                join disadvantaged_group d on d.id = g.group_id
                where d.code = 'NON_NATIVE_SPEAKERS' and s.code = '%s'""".formatted(language.getString("code"))))
                .isEqualTo(1);
        assertThat(repeatedAbsences("and t.name = 'Heart failure process team'")).isEmpty();
    }

    private List<SqlRow> repeatedAbsences(String condition) {
        return db.sqlQuery("""
                select s.code as code, b.code as barrier, t.name as team, count(*) as times
                from participation p join person s on s.id = p.person_id
                join activity a on a.id = p.activity_id join process_team t on t.id = a.team_id
                join participation_barrier pb on pb.participation_id = p.id join barrier b on b.id = pb.barrier_id
                where p.invited = true and p.attendance in ('DECLINED', 'NO_SHOW')
                  and not exists (select 1 from participation_accommodation x where x.participation_id = p.id)
                  and not exists (select 1 from participation q where q.person_id = p.person_id
                                  and q.attendance = 'ATTENDED')
                  %s
                group by s.code, b.code, t.name having count(*) >= 3""".formatted(condition)).findList();
    }

    @Test
    void unpaidLayMembersSitThroughMeetingsOfFourHoursOrMore() {
        List<String> teams = names("""
                select distinct t.name from activity a join process_team t on t.id = a.team_id
                join participation p on p.activity_id = a.id join person s on s.id = p.person_id
                where a.duration_minutes >= 240 and p.attendance = 'ATTENDED' and %s and s.paid = false
                """.formatted(LAY));

        assertThat(teams).contains(COPD).doesNotContain(HEART_FAILURE);
    }

    @Test
    void someActivitiesExpectLayParticipantsOnlyToComment() {
        List<String> teams = names("""
                select distinct t.name from activity a join process_team t on t.id = a.team_id
                where a.expected_role = 'COMMENT' and a.level <> 'COLLECTIVE'""");

        assertThat(teams).contains(DIABETES).doesNotContain(HEART_FAILURE);
        assertThat(count("select count(*) from activity a join process_team t on t.id = a.team_id where t.name = '"
                + DIABETES + "' and a.mode = 'CO_DESIGN' and a.level = 'GROUP' and a.expected_role <> 'COMMENT'"))
                .isZero();
    }

    @Test
    void layParticipantsOfThePsychiatryTeamRateHavingBeenHeardTwoOrLower() {
        List<SqlRow> rows = db.sqlQuery("""
                select t.name as team, count(p.heard_rating) as ratings, min(p.heard_rating) as lowest,
                  max(p.heard_rating) as highest
                from participation p join activity a on a.id = p.activity_id
                join process_team t on t.id = a.team_id join person s on s.id = p.person_id
                where %s and p.heard_rating is not null group by t.name""".formatted(LAY)).findList();

        assertThat(rows).filteredOn(row -> row.getInteger("highest") <= 2)
                .extracting(row -> row.getString("team")).containsExactly(PSYCHIATRY);
        SqlRow psychiatry = rows.stream().filter(row -> row.getString("team").equals(PSYCHIATRY)).findFirst()
                .orElseThrow();
        assertThat(psychiatry.getInteger("ratings")).isGreaterThanOrEqualTo(10);
        SqlRow good = rows.stream().filter(row -> row.getString("team").equals(HEART_FAILURE)).findFirst()
                .orElseThrow();
        assertThat(good.getInteger("lowest")).isGreaterThanOrEqualTo(4);
        assertThat(count("select count(*) from participation where heard_rating < 1 or heard_rating > 5"
                + " or express_rating < 1 or express_rating > 5")).isZero();
    }

    @Test
    void theHeartFailureTeamShowsGoodPracticeAndNothingToFlag() {
        List<String> goodTeams = names("""
                select t.name from process_team t
                where (select count(*) from team_membership m join person s on s.id = m.person_id
                       where m.team_id = t.id and %s and s.paid = true
                         and s.recruitment_route in ('OPEN_CALL', 'ASSOCIATION_NOMINATED', 'DEMOGRAPHIC_QUOTA')) >= 3
                  and exists (select 1 from activity a join activity_accommodation x on x.activity_id = a.id
                       join accommodation c on c.id = x.accommodation_id
                       where a.team_id = t.id and c.code = 'INTERPRETER')
                  and exists (select 1 from participation p join activity a on a.id = p.activity_id
                       join participation_accommodation x on x.participation_id = p.id
                       join accommodation c on c.id = x.accommodation_id
                       where a.team_id = t.id and c.code = 'INTERPRETER')""".formatted(LAY));

        assertThat(goodTeams).containsExactly(HEART_FAILURE);
        assertThat(count("""
                select count(*) from exclusion_flag f left join activity a on a.id = f.activity_id
                join process_team t on t.id = coalesce(f.team_id, a.team_id)
                where t.name = 'Heart failure process team'""")).isZero();
        assertThat(count("""
                select count(*) from team_membership m join person s on s.id = m.person_id
                join process_team t on t.id = m.team_id
                where t.name = 'Heart failure process team' and %s and s.recruitment_route = 'HAND_PICKED'
                """.formatted(LAY))).isZero();
        assertThat(count("""
                select count(*) from proposal r join activity a on a.id = r.activity_id
                join process_team t on t.id = a.team_id join person s on s.id = r.proposer_id
                where t.name = 'Heart failure process team' and %s and r.outcome in ('ADOPTED', 'PARTLY_ADOPTED')
                """.formatted(LAY))).isGreaterThanOrEqualTo(3);
        assertThat(count("""
                select count(*) from activity a join process_team t on t.id = a.team_id
                where t.name = 'Heart failure process team' and (a.topics_avoided is not null
                  or a.duration_minutes >= 240 or a.expected_role = 'COMMENT')""")).isZero();
    }

    @Test
    void aFewTopicsAreAvoidedAndAFewFlagsRaisedByHand() {
        assertThat(count("select count(*) from activity where topics_avoided is not null")).isBetween(2L, 12L);
        List<SqlRow> flags = db.sqlQuery("""
                select t.name as team, f.kind as kind, f.origin as origin, f.activity_id as activity
                from exclusion_flag f join process_team t on t.id = f.team_id order by t.name""").findList();
        assertThat(flags).extracting(row -> row.getString("team"), row -> row.getString("kind"))
                .containsExactly(tuple("Alcohol and drug dependency process team", "EXTERNAL"),
                        tuple(COPD, "INTERNAL"), tuple(DIABETES, "EXTERNAL"), tuple(STROKE, "EXTERNAL"));
        assertThat(flags).extracting(row -> row.getString("origin")).containsOnly("MANUAL");
        assertThat(flags).filteredOn(row -> row.getString("team").equals(STROKE))
                .allSatisfy(row -> assertThat(row.get("activity")).isNotNull());
    }

    // ---- loading ----

    @Test
    void theSameSeedGivesTheSameRegionAndAnotherSeedAnotherOne() throws CancelledException {
        try (Store same = open("same"); Store other = open("other")) {
            loader().load(same.database(), DemoScale.EXAMPLE, SEED, null);
            loader().load(other.database(), DemoScale.EXAMPLE, SEED + 1, null);

            assertThat(new StoreInfoService(same.database()).counts()).isEqualTo(new StoreInfoService(db).counts());
            assertThat(firstCodes(same.database())).isEqualTo(firstCodes(db)).first().asString()
                    .startsWith("P-0001|PATIENT|HAND_PICKED|UNIVERSITY");
            assertThat(fingerprint(same.database())).isEqualTo(fingerprint(db));
            assertThat(fingerprint(other.database())).isNotEqualTo(fingerprint(db));
        }
    }

    private static List<String> firstCodes(Database database) {
        return database.sqlQuery("""
                select s.code, s.role, s.recruitment_route, s.education from person s order by s.code limit 20""")
                .mapTo((row, n) -> row.getString(1) + "|" + row.getString(2) + "|" + row.getString(3) + "|"
                        + row.getString(4))
                .findList();
    }

    private static List<String> fingerprint(Database database) {
        List<String> rows = new ArrayList<>(database.sqlQuery("""
                select a.held_on, a.title, a.mode, a.level, a.duration_minutes,
                  (select count(*) from participation p where p.activity_id = a.id and p.attendance = 'ATTENDED'),
                  (select coalesce(sum(p.speaking_turns), 0) from participation p where p.activity_id = a.id),
                  (select count(*) from proposal r where r.activity_id = a.id)
                from activity a""")
                .mapTo((row, n) -> row.getString(1) + "|" + row.getString(2) + "|" + row.getString(3) + "|"
                        + row.getString(4) + "|" + row.getInt(5) + "|" + row.getInt(6) + "|" + row.getInt(7) + "|"
                        + row.getInt(8))
                .findList());
        rows.sort(null);
        return rows;
    }

    @Test
    void aCustomScaleLoadsWithExactlyTheCountsItAsksFor() throws CancelledException {
        DemoScale scale = DemoScale.of(200, 130, 6, 7);
        List<long[]> progress = new ArrayList<>();
        BackgroundTask<Void> task = BackgroundTask.of("demo", t -> null);
        task.setProgressListener(listener((done, total) -> progress.add(new long[] {done, total})));

        try (Store store = open("custom")) {
            DemoSummary summary = loader().load(store.database(), scale, 7L, task);

            StoreCounts counts = new StoreInfoService(store.database()).counts();
            assertThat(counts).isEqualTo(new StoreCounts(3, 6, 130, 200, 1400, summary.proposals(), 4));
            assertThat(summary.participations()).isEqualTo(1400);
        }
        assertThat(progress).isNotEmpty();
        assertThat(progress.get(progress.size() - 1)).containsExactly(330, 330);
    }

    @Test
    void aCancelledLoadLeavesNothingBehindBecauseItIsOneTransaction() {
        DemoScale scale = DemoScale.of(200, 130, 6, 7);
        BackgroundTask<Void> task = BackgroundTask.of("demo", t -> null);
        long[] lastSeen = new long[1];
        task.setProgressListener(listener((done, total) -> {
            lastSeen[0] = done;
            if (done >= 250) {
                task.cancel();
            }
        }));

        try (Store store = open("cancelled")) {
            assertThatThrownBy(() -> loader().load(store.database(), scale, 7L, task))
                    .isInstanceOf(CancelledException.class);

            assertThat(lastSeen[0]).isEqualTo(300);
            assertThat(new StoreInfoService(store.database()).counts()).isEqualTo(new StoreCounts(0, 0, 0, 0, 0, 0, 0));
            assertThat(count(store.database(), "select count(*) from reference_share")).isZero();
            assertThat(count(store.database(), "select count(*) from barrier where built_in = true")).isEqualTo(8);
        }
    }

    @Test
    void aScaleTheRegionCannotHoldIsRefusedAndLeavesTheStoreEmpty() {
        try (Store store = open("refused")) {
            DemoScale tooBusy = new DemoScale(1, 1, 21, 30, 20);
            assertThatThrownBy(() -> loader().load(store.database(), tooBusy, 1L, null))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("These 30 activities can have from")
                    .hasMessageEndingWith("participations with the people of the region, not 600.");
            assertThat(new StoreInfoService(store.database()).isEmpty()).isTrue();
        }
        assertThatThrownBy(() -> new DemoScale(3, 6, 100, 120, 9))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A demo region with 6 process teams and 3 organisations needs at least 123 people, not 100.");
        assertThatThrownBy(() -> new DemoScale(3, 6, 150, 120, 21))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Participations per activity must be from 3 to 20, not 21.");
    }

    @Test
    void refusesANonEmptyStoreUnlessAskedToAdd() throws CancelledException {
        DemoScale scale = DemoScale.of(60, 130, 6, 5);
        try (Store store = open("twice")) {
            Database database = store.database();
            loader().load(database, scale, 3L, null);

            assertThatThrownBy(() -> loader().load(database, scale, 3L, null))
                    .isInstanceOfSatisfying(StoreNotEmptyException.class,
                            e -> assertThat(e.arguments()).containsExactly(60L, 130L, 6L))
                    .hasMessage("The store already holds 60 activities, 130 people and 6 process teams;"
                            + " the example region is only loaded into an empty store.");

            loader().add(database, scale, 3L, null);

            StoreCounts counts = new StoreInfoService(database).counts();
            assertThat(counts.people()).isEqualTo(260);
            assertThat(counts.activities()).isEqualTo(120);
            assertThat(counts.organisations()).isEqualTo(6);
            assertThat(names(database, "select code from person order by code desc limit 1")).containsExactly("S-080");
            assertThat(names(database, "select name from organisation where name like '%(2)'")).hasSize(3);
            assertThat(count(database, "select count(*) from barrier")).isEqualTo(8);
        }
    }

    // ---- helpers ----

    private interface Progress {
        void progress(long done, long total);
    }

    private static ProgressListener listener(Progress progress) {
        return new ProgressListener() {
            @Override
            public void progress(long done, long total) {
                progress.progress(done, total);
            }

            @Override
            public void message(String message) {
            }
        };
    }

    private long count(String sql) {
        return count(db, sql);
    }

    private static long count(Database database, String sql) {
        return database.sqlQuery(sql).mapToScalar(Long.class).findOne();
    }

    private List<String> names(String sql) {
        return names(db, sql);
    }

    private static List<String> names(Database database, String sql) {
        return database.sqlQuery(sql).mapToScalar(String.class).findList();
    }
}
