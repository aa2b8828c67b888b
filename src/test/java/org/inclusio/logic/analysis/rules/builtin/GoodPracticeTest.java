package org.inclusio.logic.analysis.rules.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.inclusio.logic.analysis.rules.ExclusionRule;
import org.inclusio.model.Accommodation;
import org.inclusio.model.Activity;
import org.inclusio.model.AttendanceStatus;
import org.inclusio.model.Barrier;
import org.inclusio.model.DisadvantagedGroup;
import org.inclusio.model.ExpectedRole;
import org.inclusio.model.Level;
import org.inclusio.model.Mode;
import org.inclusio.model.Participation;
import org.inclusio.model.Person;
import org.inclusio.model.ProcessTeam;
import org.inclusio.model.ProposalOutcome;
import org.inclusio.model.RecruitmentRoute;
import org.junit.jupiter.api.Test;

/** A team that does what the sources recommend must not raise a single finding. */
class GoodPracticeTest extends RuleTestSupport {

    @Test
    void teamWithGoodPracticeRaisesNoFinding() {
        ProcessTeam team = data.team("Good practice", null);
        DisadvantagedGroup lowEducation = data.group("LOW_EDUCATION");
        DisadvantagedGroup nonNative = data.group("NON_NATIVE_SPEAKERS");
        data.reference(team, lowEducation, 0.3, 2024);
        data.reference(team, nonNative, 0.2, 2024);
        Person l1 = data.lay(RecruitmentRoute.OPEN_CALL, false);
        data.member(l1, lowEducation);
        Person l2 = data.lay(RecruitmentRoute.ASSOCIATION_NOMINATED, false);
        Person l3 = data.lay(RecruitmentRoute.RANDOM_SELECTION, true);
        data.member(l3, nonNative);
        for (Person lay : List.of(l1, l2, l3)) {
            data.seat(team, lay);
        }
        List<Person> staff = List.of(data.professional(), data.professional(), data.professional(),
                data.professional(), data.professional(), data.professional());
        staff.forEach(p -> data.seat(team, p));
        Barrier transport = data.barrier("TRANSPORT");
        Accommodation taxi = data.accommodation("TRANSPORT");
        Person invitedOnce = data.lay();

        for (int day = 1; day <= 5; day++) {
            Activity meeting = data.activity(team, LocalDate.of(2025, 5, day), Mode.CO_DESIGN, Level.GROUP, 90);
            meeting.setExpectedRole(day % 2 == 0 ? ExpectedRole.CHALLENGE : ExpectedRole.DEVELOP);
            data.db().save(meeting);
            for (Person person : List.of(l1, l2, l3, staff.get(0), staff.get(1))) {
                Participation attendance = data.attended(meeting, person, 3);
                attendance.setHeardRating(person.getRole().isLay() ? 4 : null);
                data.db().save(attendance);
            }
            data.invited(meeting, invitedOnce, AttendanceStatus.NO_SHOW, List.of(transport), List.of(taxi));
            if (day == 1) {
                data.proposal(meeting, l1, ProposalOutcome.ADOPTED);
                data.proposal(meeting, l2, ProposalOutcome.PARTLY_ADOPTED);
                data.proposal(meeting, l3, ProposalOutcome.REJECTED);
            }
        }
        Activity recent = data.meeting(team, LocalDate.of(2025, 6, 1));
        data.attended(recent, l2, 2);
        data.attended(recent, staff.get(2), 2);
        data.proposal(recent, l2, ProposalOutcome.PENDING);

        for (ExclusionRule rule : BuiltInRules.all()) {
            assertThat(run(rule)).as(rule.descriptor().code()).isEmpty();
        }
    }
}
