package org.inclusio.logic.analysis.rules.builtin;

import org.inclusio.logic.analysis.rules.Findings;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.inclusio.logic.analysis.AnalysisFilter;
import org.inclusio.model.Accommodation;
import org.inclusio.model.Activity;
import org.inclusio.model.AttendanceStatus;
import org.inclusio.model.Barrier;
import org.inclusio.model.Level;
import org.inclusio.model.Mode;
import org.inclusio.model.Participation;
import org.inclusio.model.Person;
import org.inclusio.model.ProcessTeam;
import org.inclusio.model.RecruitmentRoute;
import org.junit.jupiter.api.Test;

/** Rules on who could come: repeated absence for one barrier, long meetings on unpaid time. */
class AttendanceRulesTest extends RuleTestSupport {

    @Test
    void noDataNoFindings() {
        assertThat(run(new RepeatedAbsenceRule())).isEmpty();
        assertThat(run(new LongUnpaidMeetingRule())).isEmpty();
    }

    /**
     * L1 stays away from A1 and A2 for language, nothing offered: flagged. L2 stays away twice for
     * two different barriers; L3 twice for language but was offered an interpreter the second time;
     * professional P1 twice for language: none of them flagged.
     */
    private final class Absences {
        final ProcessTeam team = data.team("Diabetes", null);
        final Barrier language = data.barrier("LANGUAGE");
        final Barrier transport = data.barrier("TRANSPORT");
        final Accommodation interpreter = data.accommodation("INTERPRETER");
        final Activity a1 = data.meeting(team, LocalDate.of(2025, 2, 1));
        final Activity a2 = data.meeting(team, LocalDate.of(2025, 3, 1));
        final Person l1 = data.lay();
        final Person l2 = data.lay();
        final Person l3 = data.lay();
        final Person p1 = data.professional();
        final Participation l1First = data.invited(a1, l1, AttendanceStatus.NO_SHOW, List.of(language), List.of());
        final Participation l1Second = data.invited(a2, l1, AttendanceStatus.DECLINED, List.of(language), List.of());

        Absences() {
            data.invited(a1, l2, AttendanceStatus.NO_SHOW, List.of(language), List.of());
            data.invited(a2, l2, AttendanceStatus.NO_SHOW, List.of(transport), List.of());
            data.invited(a1, l3, AttendanceStatus.DECLINED, List.of(language), List.of());
            data.invited(a2, l3, AttendanceStatus.DECLINED, List.of(language), List.of(interpreter));
            data.invited(a1, p1, AttendanceStatus.DECLINED, List.of(language), List.of());
            data.invited(a2, p1, AttendanceStatus.DECLINED, List.of(language), List.of());
        }
    }

    @Test
    void repeatedAbsenceForTheSameBarrierWithoutAccommodationIsFlagged() {
        Absences s = new Absences();

        assertThat(run(new RepeatedAbsenceRule())).singleElement().satisfies(f -> {
            assertThat(f.ruleCode()).isEqualTo("REPEATED_ABSENCE");
            assertThat(f.teamId()).isEqualTo(s.team.getId());
            assertThat(f.activityId()).isNull();
            assertThat(f.recordIds()).containsExactly(s.l1First.getId(), s.l1Second.getId());
            assertThat(Findings.english(f)).isEqualTo("1 lay person(s) were invited to at least 2 activities of the team"
                    + " and stayed away each time because of the same barrier (language), with no accommodation"
                    + " offered.");
        });
    }

    @Test
    void absencesOutsideThePeriodOrBelowTheMinimumAreNotFlagged() {
        new Absences();

        assertThat(run(new RepeatedAbsenceRule(),
                AnalysisFilter.all().withPeriod(LocalDate.of(2025, 2, 15), null))).isEmpty();
        parameters.set(new RepeatedAbsenceRule().descriptor(), RepeatedAbsenceRule.MIN_INVITATIONS, "3");
        assertThat(run(new RepeatedAbsenceRule())).isEmpty();
    }

    @Test
    void severalPeopleAndBarriersAreReportedTogetherPerTeam() {
        Absences s = new Absences();
        Person l4 = data.lay();
        Participation first = data.invited(s.a1, l4, AttendanceStatus.NO_SHOW, List.of(s.transport), List.of());
        Participation second = data.invited(s.a2, l4, AttendanceStatus.NO_SHOW, List.of(s.transport), List.of());

        assertThat(run(new RepeatedAbsenceRule())).singleElement().satisfies(f -> {
            assertThat(f.recordIds()).containsExactlyInAnyOrder(s.l1First.getId(), s.l1Second.getId(),
                    first.getId(), second.getId());
            assertThat(Findings.english(f)).startsWith("2 lay person(s) were invited to at least 2 activities")
                    .contains("(language, transport)");
        });
    }

    @Test
    void longMeetingWithUnpaidLayAttendeesIsFlagged() {
        ProcessTeam team = data.team("COPD", null);
        Accommodation payment = data.accommodation("PAYMENT");
        Activity dayLong = data.activity(team, LocalDate.of(2025, 4, 1), Mode.CO_DESIGN, Level.GROUP, 180);
        Person unpaid = data.lay();
        Participation unpaidAttendance = data.attended(dayLong, unpaid);
        data.attended(dayLong, data.lay(RecruitmentRoute.OPEN_CALL, true));
        data.invited(dayLong, data.lay(), AttendanceStatus.ATTENDED, List.of(), List.of(payment));
        data.attended(dayLong, data.professional());
        Activity twoHours = data.activity(team, LocalDate.of(2025, 4, 2), Mode.CO_DESIGN, Level.GROUP, 120);
        data.attended(twoHours, unpaid);
        Activity missed = data.activity(team, LocalDate.of(2025, 4, 3), Mode.CO_DESIGN, Level.GROUP, 240);
        data.invited(missed, unpaid, AttendanceStatus.NO_SHOW);

        assertThat(run(new LongUnpaidMeetingRule())).singleElement().satisfies(f -> {
            assertThat(f.ruleCode()).isEqualTo("LONG_UNPAID_MEETING");
            assertThat(f.teamId()).isEqualTo(team.getId());
            assertThat(f.activityId()).isEqualTo(dayLong.getId());
            assertThat(f.recordIds()).containsExactly(unpaidAttendance.getId());
            assertThat(Findings.english(f)).isEqualTo("The activity lasted 180 minutes (more than 120) and 1 lay"
                    + " attendee(s) took part unpaid.");
        });

        parameters.set(new LongUnpaidMeetingRule().descriptor(), LongUnpaidMeetingRule.MAX_MINUTES, "100");
        assertThat(run(new LongUnpaidMeetingRule())).hasSize(2);
    }
}
