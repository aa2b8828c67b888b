package org.inclusio.logic.analysis.rules.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.inclusio.logic.analysis.AnalysisFilter;
import org.inclusio.logic.analysis.rules.Finding;
import org.inclusio.logic.analysis.rules.Findings;
import org.inclusio.model.Activity;
import org.inclusio.model.Consent;
import org.inclusio.model.DisadvantagedGroup;
import org.inclusio.model.Person;
import org.inclusio.model.ProcessTeam;
import org.inclusio.model.ReferenceShare;
import org.inclusio.model.Severity;
import org.inclusio.model.TeamMembership;
import org.junit.jupiter.api.Test;

/** Rules comparing a team's lay members and participants with the population it serves. */
class PopulationRulesTest extends RuleTestSupport {

    @Test
    void noDataNoFindings() {
        assertThat(run(new AbsentGroupRule())).isEmpty();
        assertThat(run(new UnlikePopulationRule())).isEmpty();
    }

    /**
     * Team with reference shares low education 0.3 (2023) and 0.4 (2024), non-native speakers 0.2,
     * psychiatric condition 0.1, young people 0. Lay member L1 has low education; lay L2, a
     * non-native speaker, attended a team meeting on 1 March 2025; professional P1, also a non-native
     * speaker, attended too. Nobody has a psychiatric condition or is young.
     */
    private final class Population {
        final ProcessTeam team = data.team("Diabetes", null);
        final DisadvantagedGroup lowEducation = data.group("LOW_EDUCATION");
        final DisadvantagedGroup nonNative = data.group("NON_NATIVE_SPEAKERS");
        final DisadvantagedGroup psychiatric = data.group("PSYCHIATRIC_CONDITION");
        final DisadvantagedGroup young = data.group("YOUNG_PEOPLE");
        final ReferenceShare psychiatricShare;
        final ReferenceShare nonNativeShare;
        final Person l1 = data.lay();
        final Person l2 = data.lay();
        final Person p1 = data.professional();
        final Consent l2Consent;

        Population() {
            data.reference(team, lowEducation, 0.3, 2023);
            data.reference(team, lowEducation, 0.4, 2024);
            nonNativeShare = data.reference(team, nonNative, 0.2, 2024);
            psychiatricShare = data.reference(team, psychiatric, 0.1, 2024);
            data.reference(team, young, 0.0, 2024);
            data.member(l1, lowEducation);
            l2Consent = data.member(l2, nonNative);
            data.member(p1, nonNative);
            data.seat(team, l1);
            data.seat(team, p1);
            Activity meeting = data.meeting(team, LocalDate.of(2025, 3, 1));
            data.attended(meeting, l2);
            data.attended(meeting, p1);
        }
    }

    @Test
    void groupWithReferenceShareButNobodyPresentIsAbsent() {
        Population p = new Population();

        List<Finding> findings = run(new AbsentGroupRule());

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.ruleCode()).isEqualTo("ABSENT_GROUP");
            assertThat(f.severity()).isEqualTo(Severity.HIGH);
            assertThat(f.teamId()).isEqualTo(p.team.getId());
            assertThat(f.groupId()).isEqualTo(p.psychiatric.getId());
            assertThat(f.recordIds()).containsExactly(p.psychiatricShare.getId());
            assertThat(Findings.english(f)).isEqualTo("The group \"psychiatric condition\" makes up 10% of the population"
                    + " the team serves (2024), but no lay member of the team and no lay participant in its"
                    + " activities in the period belongs to it.");
        });
    }

    @Test
    void attendanceOutsideThePeriodDoesNotGiveAPlace() {
        Population p = new Population();

        List<Finding> findings = run(new AbsentGroupRule(),
                AnalysisFilter.all().withPeriod(LocalDate.of(2025, 4, 1), LocalDate.of(2025, 6, 30)));

        // L2 attended in March; professional P1 does not count; L1 sits on the team all along.
        assertThat(findings).extracting(Finding::groupId)
                .containsExactlyInAnyOrder(p.psychiatric.getId(), p.nonNative.getId());
        assertThat(findings).filteredOn(f -> f.groupId().equals(p.nonNative.getId()))
                .singleElement().satisfies(f -> assertThat(f.recordIds()).containsExactly(p.nonNativeShare.getId()));
    }

    @Test
    void withdrawnConsentStopsTheMembershipFromThatDay() {
        Population p = new Population();

        // withdrawn after the March meeting: L2 was there as a non-native speaker
        data.withdraw(p.l2Consent, LocalDate.of(2025, 5, 1));
        assertThat(run(new AbsentGroupRule())).extracting(Finding::groupId)
                .containsExactly(p.psychiatric.getId());

        // withdrawn on the day of the meeting: the membership no longer counts there
        data.withdraw(p.l2Consent, LocalDate.of(2025, 3, 1));
        assertThat(run(new AbsentGroupRule())).extracting(Finding::groupId)
                .containsExactlyInAnyOrder(p.psychiatric.getId(), p.nonNative.getId());
    }

    @Test
    void groupFilterReportsOnlyThatGroup() {
        Population p = new Population();

        assertThat(run(new AbsentGroupRule(), AnalysisFilter.all().withGroup(p.nonNative.getId()))).isEmpty();
        assertThat(run(new AbsentGroupRule(), AnalysisFilter.all().withGroup(p.psychiatric.getId())))
                .extracting(Finding::groupId).containsExactly(p.psychiatric.getId());
    }

    @Test
    void minimumReferenceShareIsAParameter() {
        new Population();
        parameters.set(new AbsentGroupRule().descriptor(), AbsentGroupRule.MIN_REFERENCE_SHARE, "0.1");

        // 0.1 is not above 0.1.
        assertThat(run(new AbsentGroupRule())).isEmpty();
    }

    @Test
    void layMembersFarLessOftenInAGroupThanThePopulationAreUnlike() {
        ProcessTeam team = data.team("COPD", null);
        DisadvantagedGroup lowEducation = data.group("LOW_EDUCATION");
        DisadvantagedGroup nonNative = data.group("NON_NATIVE_SPEAKERS");
        DisadvantagedGroup young = data.group("YOUNG_PEOPLE");
        data.reference(team, lowEducation, 0.6, 2024);
        data.reference(team, nonNative, 0.2, 2024);
        data.reference(team, young, 0.0, 2024);
        Person educated = data.lay();
        data.member(educated, nonNative);
        TeamMembership s1 = data.seat(team, educated);
        Person lowlyEducated = data.lay();
        data.member(lowlyEducated, lowEducation);
        TeamMembership s2 = data.seat(team, lowlyEducated);
        TeamMembership s3 = data.seat(team, data.lay());
        TeamMembership s4 = data.seat(team, data.lay());
        Person professional = data.professional();
        data.member(professional, lowEducation);
        data.seat(team, professional);

        // Low education: 1 of 4 lay members = 0.25 against 0.6, ratio 0.4167 < 0.5.
        // Non-native: 1 of 4 = 0.25 against 0.2, ratio 1.25. Young: reference share 0, not judged.
        assertThat(run(new UnlikePopulationRule())).singleElement().satisfies(f -> {
            assertThat(f.ruleCode()).isEqualTo("UNLIKE_POPULATION");
            assertThat(f.teamId()).isEqualTo(team.getId());
            assertThat(f.groupId()).isEqualTo(lowEducation.getId());
            assertThat(f.recordIds()).containsExactlyInAnyOrder(s1.getId(), s2.getId(), s3.getId(), s4.getId());
            assertThat(Findings.english(f)).isEqualTo("Lay members of the team have little education (compulsory school"
                    + " only, or belong to the group \"low education\") at 0.42 times the share of the population served"
                    + " with little education (60%); at least 0.5 times is expected.");
        });
    }

    @Test
    void teamWithTooFewLayMembersIsNotJudgedForLikeness() {
        // education is compared even for a single lay member; other groups are not
        ProcessTeam team = data.team("Heart", null);
        DisadvantagedGroup nonNative = data.group("NON_NATIVE_SPEAKERS");
        data.reference(team, nonNative, 0.6, 2024);
        data.seat(team, data.lay());

        assertThat(run(new UnlikePopulationRule())).isEmpty();

        data.seat(team, data.lay());
        // 0 of 2 against 0.6: ratio 0.
        assertThat(run(new UnlikePopulationRule())).singleElement().satisfies(f -> assertThat(Findings.english(f))
                .contains(" at 0 times its share "));
    }
}
