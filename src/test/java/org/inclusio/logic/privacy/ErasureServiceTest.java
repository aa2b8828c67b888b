package org.inclusio.logic.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ebean.Database;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.inclusio.logic.analysis.AnalysisFilter;
import org.inclusio.logic.analysis.Suppression;
import org.inclusio.logic.analysis.funnel.FunnelRow;
import org.inclusio.logic.analysis.funnel.ParticipationFunnel;
import org.inclusio.logic.analysis.matrix.MatrixCell;
import org.inclusio.logic.analysis.matrix.ModeLevelMatrixAnalysis;
import org.inclusio.logic.trash.TrashKind;
import org.inclusio.logic.trash.TrashService;
import org.inclusio.model.Level;
import org.inclusio.model.Mode;
import org.inclusio.persistence.Store;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Erasure on a real store: nothing of the person is left anywhere, and the analyses' totals hold. */
public class ErasureServiceTest {

    @TempDir
    Path dir;

    private Store store;
    private Database db;
    private PrivacyFixture region;
    private final List<String> logged = new ArrayList<>();

    @BeforeEach
    void open() {
        store = org.inclusio.testing.TestStores.open(dir);
        db = store.database();
        region = new PrivacyFixture(db);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private ErasureService erasure() {
        return new ErasureService(db, new PrivacyLog() {
            @Override
            public void erased() {
                logged.add("erased");
            }
        });
    }

    /** Every text value of every column of every table (found in the catalogue) that contains the value. */
    public static List<String> occurrences(Database db, String value) {
        List<String[]> columns = db.sqlQuery("select table_name, column_name from information_schema.columns"
                        + " where lower(table_schema) = lower(current_schema) and upper(data_type) in"
                        + " ('CHARACTER VARYING', 'VARCHAR', 'CHARACTER', 'CHARACTER LARGE OBJECT', 'CLOB')")
                .mapTo((rs, n) -> new String[] {rs.getString(1), rs.getString(2)}).findList();
        assertThat(columns).hasSizeGreaterThan(30);
        List<String> found = new ArrayList<>();
        for (String[] column : columns) {
            long hits = db.sqlQuery("select count(*) from \"" + column[0] + "\" where lower(\"" + column[1]
                            + "\") like :value")
                    .setParameter("value", "%" + value.toLowerCase(Locale.ROOT) + "%")
                    .mapToScalar(Long.class).findOne();
            if (hits > 0) {
                found.add(column[0] + "." + column[1]);
            }
        }
        return found;
    }

    @Test
    void theFixtureMentionsThePersonEverywhereBeforeErasure() {
        assertThat(occurrences(db, PrivacyFixture.CODE)).contains("PERSON.CODE", "ACTIVITY.NOTES",
                "PROPOSAL.OUTCOME_REASON", "EXCLUSION_FLAG.EVIDENCE");
        assertThat(occurrences(db, "Ingrid")).contains("PERSON_IDENTITY.FULL_NAME", "ACTIVITY.NOTES",
                "ACTIVITY.TOPICS_AVOIDED", "PROPOSAL.CONTENT", "PARTICIPATION.ABSENCE_REASON", "PERSON.ASSOCIATION");
    }

    @Test
    void noColumnOfAnyTableHoldsTheCodeNameOrContactAfterwards() {
        erasure().erase(PrivacyFixture.CODE);

        for (String value : PrivacyFixture.IDENTIFYING) {
            assertThat(occurrences(db, value)).as(value).isEmpty();
        }
        assertThat(logged).containsExactly("erased");
        // the others keep theirs
        assertThat(occurrences(db, "KL-2001")).containsExactly("PERSON.CODE");
        assertThat(occurrences(db, "Karl Lind")).containsExactly("PERSON_IDENTITY.FULL_NAME");
        // the rest of the text stays, with a marker where the person was
        assertThat(db.sqlQuery("select notes from activity where id = :id").setParameter("id", region.a1.getId())
                .mapToScalar(String.class).findOne())
                .isEqualTo("[erased] came with her daughter; [erased] asked for shorter meetings. Reach her at"
                        + " [erased].");
        assertThat(db.sqlQuery("select content from proposal where activity_id = :id")
                .setParameter("id", region.a1.getId()).mapToScalar(String.class).findOne())
                .isEqualTo("Evening meetings, as [erased] asked");
    }

    @Test
    void consentsMembershipsIdentityAndTrashAreGoneAndCountsStay() {
        erasure().erase(PrivacyFixture.CODE);

        Map<String, Object> person = db.sqlQuery("select code, role, association, deleted from person where id = :id")
                .setParameter("id", region.subject.getId())
                .mapTo((rs, n) -> Map.<String, Object>of("code", rs.getString(1), "role", rs.getString(2),
                        "association", String.valueOf(rs.getString(3)), "deleted", rs.getBoolean(4)))
                .findOne();
        assertThat((String) person.get("code")).matches("ERASED-[0-9a-f]{8}");
        assertThat(person).containsEntry("role", "PATIENT").containsEntry("association", "null")
                .containsEntry("deleted", false);
        for (String table : List.of("consent", "group_membership", "person_identity")) {
            assertThat(count("select count(*) from " + table + " where person_id = :id")).as(table).isZero();
        }
        // participations kept with their counts, without ratings, reasons or invitation details; none in the trash
        assertThat(db.sqlQuery("select a.held_on, x.attendance, x.speaking_turns, x.questions, x.heard_rating,"
                        + " x.absence_reason, x.invited_on, x.invitation_channel from participation x"
                        + " join activity a on a.id = x.activity_id where x.person_id = :id order by a.held_on")
                .setParameter("id", region.subject.getId())
                .mapTo((rs, n) -> rs.getString(1) + " " + rs.getString(2) + " " + rs.getInt(3) + " " + rs.getInt(4)
                        + " " + rs.getObject(5) + " " + rs.getString(6) + " " + rs.getObject(7) + " "
                        + rs.getString(8))
                .findList())
                .containsExactly("2025-02-01 ATTENDED 3 1 null null null null",
                        "2025-05-10 DECLINED 0 0 null null null null");
        assertThat(count("select count(*) from participation_barrier pb join participation x"
                + " on x.id = pb.participation_id where x.person_id = :id")).isEqualTo(1);
        assertThat(count("select count(*) from proposal where proposer_id = :id")).isEqualTo(1);
        assertThat(count("select count(*) from team_membership where person_id = :id and area_of_care is null"))
                .isEqualTo(1);
        assertThat(new TrashService(db).list()).singleElement()
                .satisfies(item -> assertThat(item.kind()).isEqualTo(TrashKind.ACTIVITY));
        assertThat(count("select count(*) from participation where activity_id = '" + region.a3.getId() + "'"
                + " and person_id = :id")).isZero();
    }

    @Test
    void theAnalysesTotalsAreUnchanged() {
        ModeLevelMatrixAnalysis matrix = new ModeLevelMatrixAnalysis(db);
        ParticipationFunnel funnel = new ParticipationFunnel(db, new Suppression(1));
        List<MatrixCell> before = matrix.compute(AnalysisFilter.all()).cells();
        FunnelRow funnelBefore = funnel.compute(AnalysisFilter.all()).get(0);
        // hand-counted: co-design/group holds A1 only (A3 is in the trash): 3 participants, 2 lay, 1.5 hours
        assertThat(before).filteredOn(c -> c.mode() == Mode.CO_DESIGN && c.level() == Level.GROUP).singleElement()
                .satisfies(c -> {
                    assertThat(c.activities()).isEqualTo(1);
                    assertThat(c.participants()).isEqualTo(3);
                    assertThat(c.layParticipants()).isEqualTo(2);
                    assertThat(c.groupsPresent()).isEqualTo(1);
                });

        erasure().erase(PrivacyFixture.CODE);

        List<MatrixCell> after = matrix.compute(AnalysisFilter.all()).cells();
        for (int i = 0; i < before.size(); i++) {
            MatrixCell was = before.get(i);
            MatrixCell is = after.get(i);
            assertThat(List.of(is.activities(), is.participants(), is.layParticipants()))
                    .as(was.mode() + " " + was.level())
                    .containsExactly(was.activities(), was.participants(), was.layParticipants());
            assertThat(is.personHours()).isEqualTo(was.personHours());
        }
        // the erased person's group membership no longer counts anywhere
        assertThat(after).filteredOn(c -> c.mode() == Mode.CO_DESIGN && c.level() == Level.GROUP).singleElement()
                .satisfies(c -> assertThat(c.groupsPresent()).isZero());
        FunnelRow funnelAfter = funnel.compute(AnalysisFilter.all()).get(0);
        assertThat(List.of(funnelAfter.invited(), funnelAfter.attended(), funnelAfter.spoke(), funnelAfter.proposed(),
                funnelAfter.adopted())).containsExactly(funnelBefore.invited(), funnelBefore.attended(),
                funnelBefore.spoke(), funnelBefore.proposed(), funnelBefore.adopted());
    }

    @Test
    void aPersonInTheTrashIsRemovedForGood() {
        new TrashService(db).moveToTrash(TrashKind.PERSON, region.subject.getId());

        erasure().erase(PrivacyFixture.CODE);

        assertThat(count("select count(*) from person where id = :id")).isZero();
        assertThat(count("select count(*) from participation where person_id = :id")).isZero();
        assertThat(count("select count(*) from team_membership where person_id = :id")).isZero();
        assertThat(new TrashService(db).list()).extracting(item -> item.kind()).containsExactly(TrashKind.ACTIVITY);
        for (String value : PrivacyFixture.IDENTIFYING) {
            assertThat(occurrences(db, value)).as(value).isEmpty();
        }
    }

    @Test
    void aFailureHalfwayLeavesEverythingAsItWas() {
        ErasureService failing = new ErasureService(db, new PrivacyLog() {
            @Override
            public void erased() {
                throw new IllegalStateException("audit trail unavailable");
            }
        });

        assertThatThrownBy(() -> failing.erase(PrivacyFixture.CODE)).isInstanceOf(IllegalStateException.class);

        assertThat(occurrences(db, PrivacyFixture.CODE)).contains("PERSON.CODE", "ACTIVITY.NOTES");
        assertThat(count("select count(*) from consent where person_id = :id")).isEqualTo(1);
        assertThat(count("select count(*) from person_identity where person_id = :id")).isEqualTo(1);
    }

    @Test
    void anUnknownCodeChangesNothing() {
        assertThatThrownBy(() -> erasure().erase("NO-SUCH")).isInstanceOf(PersonNotFoundException.class)
                .hasMessageNotContaining("NO-SUCH");
        assertThat(logged).isEmpty();
    }

    @Test
    void thePreviewCountsWhatWillGo() {
        assertThat(erasure().preview(region.subject.getId()))
                .isEqualTo(new ErasurePreview(true, 1, 1, 3, 1, 2));
    }

    private long count(String sql) {
        return db.sqlQuery(sql).setParameter("id", region.subject.getId()).mapToScalar(Long.class).findOne();
    }
}
